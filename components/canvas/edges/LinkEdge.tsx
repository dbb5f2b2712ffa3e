'use client';
/**
 * A straight link between the source's right side and the target's left side (see geometry.ts),
 * with its kind written at the midpoint and the live badges under it.
 */
import { BaseEdge, EdgeLabelRenderer, getStraightPath, useInternalNode } from '@xyflow/react';
import type { LinkKind } from '@/simulations/index';
import type { DocLink } from '@/lib/scenario-doc/types';
import { LinkBadges } from '@/components/canvas/overlays/LinkBadges';
import { usePlayground } from '@/components/playground/PlaygroundProvider';
import { edgeEndpoints } from '../geometry';
import { LINK_TAG } from '../nodes/kind-style';
import { MARKER } from './Markers';

interface Props {
  id: string;
  source: string;
  target: string;
  link: DocLink;
  selected: boolean;
  sync: boolean;
}

export function LinkEdge({ id, source, target, link, selected, sync }: Props) {
  const { ui } = usePlayground();
  const from = useInternalNode(source);
  const to = useInternalNode(target);
  if (!from || !to) return null;
  const seg = edgeEndpoints(from, to);
  const [path, labelX, labelY] = getStraightPath({ sourceX: seg.sx, sourceY: seg.sy, targetX: seg.tx, targetY: seg.ty });
  const marker = sync ? (selected ? MARKER.syncSelected : MARKER.sync) : selected ? MARKER.asyncSelected : MARKER.async;
  const kind = link.kind as LinkKind;
  return (
    <>
      <BaseEdge
        id={id}
        path={path}
        markerEnd={`url(#${marker})`}
        interactionWidth={18}
        style={{ stroke: selected ? 'var(--ip-edge-selected)' : 'var(--ip-edge)', strokeWidth: selected ? 3 : 2, strokeDasharray: sync ? undefined : '8 5' }}
      />
      <EdgeLabelRenderer>
        <div className="nodrag nopan pointer-events-auto absolute" style={{ transform: `translate(${labelX}px, ${labelY}px)` }} data-link-id={id}>
          <button
            type="button"
            tabIndex={-1}
            onClick={(e) => {
              const s = ui.getState();
              ui.getState().select(e.shiftKey ? s.selectedNodes : [], e.shiftKey ? [...new Set([...s.selectedLinks, id])] : [id]);
            }}
            title={`${link.from} → ${link.to} (${kind}) — click to select`}
            className={`absolute -translate-x-1/2 -translate-y-1/2 whitespace-nowrap rounded-full border-2 bg-white px-1.5 text-[0.7rem] font-semibold leading-4 dark:bg-slate-900 ${
              sync ? 'border-solid' : 'border-dashed'
            } ${selected ? 'border-[#0072B2] text-[#0072B2] dark:text-sky-300' : 'border-slate-400 text-slate-700 dark:border-slate-500 dark:text-slate-200'}`}
          >
            {sync ? '⇄ ' : '→ '}
            {LINK_TAG[kind]}
          </button>
          <div className="absolute left-0 top-3 -translate-x-1/2">
            <LinkBadges linkId={id} kind={kind} />
          </div>
        </div>
      </EdgeLabelRenderer>
    </>
  );
}
