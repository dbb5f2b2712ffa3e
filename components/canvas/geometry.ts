/**
 * Where a link's straight segment starts and ends. Edges draw it and the traffic layer moves its
 * dots along it, so both take it from here and the dots stay on the lines.
 */

/** The parts of a React Flow internal node this needs (an `InternalNode` fits). */
export interface PlacedNode {
  internals: { positionAbsolute: { x: number; y: number } };
  measured: { width?: number; height?: number };
}

export interface Segment {
  sx: number;
  sy: number;
  tx: number;
  ty: number;
}

/** Size assumed before React Flow has measured a node (matches the node components' min size). */
export const FALLBACK_SIZE = { width: 208, height: 80 };

/** Room left for the handle circles on a node's sides, so they do not cover the line's ends or its arrowhead. */
export const HANDLE_GAP = 8;

/** From the source's right handle to the target's left handle (both at mid-height), just outside the circles. */
export function edgeEndpoints(source: PlacedNode, target: PlacedNode): Segment {
  const s = source.internals.positionAbsolute;
  const t = target.internals.positionAbsolute;
  const sw = source.measured.width ?? FALLBACK_SIZE.width;
  const sh = source.measured.height ?? FALLBACK_SIZE.height;
  const th = target.measured.height ?? FALLBACK_SIZE.height;
  return { sx: s.x + sw + HANDLE_GAP, sy: s.y + sh / 2, tx: t.x - HANDLE_GAP, ty: t.y + th / 2 };
}

/** The point a fraction `f` (0..1) of the way along a segment. */
export function pointAt(seg: Segment, f: number): { x: number; y: number } {
  return { x: seg.sx + (seg.tx - seg.sx) * f, y: seg.sy + (seg.ty - seg.sy) * f };
}
