/**
 * Arrowheads shared by every edge, defined once. Sync links end in a filled triangle, async ones
 * in an open chevron, so the family reads from the shape as well as from the dash.
 */
export const MARKER = {
  sync: 'ip-arrow-sync',
  async: 'ip-arrow-async',
  syncSelected: 'ip-arrow-sync-selected',
  asyncSelected: 'ip-arrow-async-selected',
} as const;

function Marker({ id, closed, color }: { id: string; closed: boolean; color: string }) {
  return (
    <marker id={id} viewBox="-10 -6 12 12" refX="0" refY="0" markerWidth="14" markerHeight="14" markerUnits="userSpaceOnUse" orient="auto">
      {closed ? (
        <path d="M-9,-5 L0,0 L-9,5 Z" style={{ fill: color, stroke: color }} strokeLinejoin="round" />
      ) : (
        <path d="M-9,-5 L0,0 L-9,5" style={{ stroke: color }} fill="none" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" />
      )}
    </marker>
  );
}

export function Markers() {
  return (
    <svg aria-hidden="true" className="pointer-events-none absolute h-0 w-0 overflow-hidden">
      <defs>
        <Marker id={MARKER.sync} closed color="var(--ip-edge)" />
        <Marker id={MARKER.async} closed={false} color="var(--ip-edge)" />
        <Marker id={MARKER.syncSelected} closed color="var(--ip-edge-selected)" />
        <Marker id={MARKER.asyncSelected} closed={false} color="var(--ip-edge-selected)" />
      </defs>
    </svg>
  );
}
