/** Adding a node from the palette: by drop point or at the centre of the view, then selecting it. */
import { NODE_KINDS, type NodeKind } from '@/simulations/index';
import { addNode } from '@/lib/scenario-doc/commands';
import type { XY } from '@/lib/scenario-doc/types';
import type { DocumentStore } from '@/lib/stores/document-store';
import type { UiStore } from '@/lib/stores/ui-store';

/** The drag payload type: only our palette puts this on a drag, so the canvas ignores anything else. */
export const PALETTE_MIME = 'application/x-interplay-kind';

/** Half a node, so a new node lands centred on the point rather than hanging from it. */
const HALF = { x: 104, y: 40 };

export function isNodeKind(value: string): value is NodeKind {
  return Object.hasOwn(NODE_KINDS, value);
}

/** A node's box on the canvas (flow coordinates). */
export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

const MARGIN = 24;
const BOX = { width: 208, height: 120 };
// Rings around the wanted spot, nearest first: right and left before up and down (canvases are wide).
const STEPS = [[0, 0], [1, 0], [-1, 0], [0, 1], [0, -1], [1, 1], [-1, 1], [1, -1], [-1, -1], [2, 0], [-2, 0], [2, 1], [-2, 1], [0, 2], [2, -1], [-2, -1], [0, -2]];

/** The first spot near `at` where a new node would cover no existing one; `at` itself if none is free. */
function freeSpot(occupied: readonly Rect[], at: XY): XY {
  const free = (p: XY) =>
    occupied.every((o) => p.x + BOX.width + MARGIN <= o.x || o.x + o.width + MARGIN <= p.x || p.y + BOX.height + MARGIN <= o.y || o.y + o.height + MARGIN <= p.y);
  for (const [i, j] of STEPS) {
    const p = { x: at.x + i * (BOX.width + MARGIN * 2), y: at.y + j * (BOX.height + MARGIN) };
    if (free(p)) return p;
  }
  return at;
}

/**
 * `center` is the flow point the node should be centred on. A click-add passes the boxes of the
 * nodes already there and steps clear of them; a drop lands exactly where it was dropped.
 */
export function addNodeAt(doc: DocumentStore, ui: UiStore, kind: NodeKind, center: XY, occupied?: readonly Rect[]): string {
  const wanted = { x: Math.round(center.x - HALF.x), y: Math.round(center.y - HALF.y) };
  const at = occupied ? freeSpot(occupied, wanted) : wanted;
  let id = '';
  doc.getState().apply((cur) => {
    const r = addNode(cur, kind, at);
    id = r.id;
    return r.doc;
  });
  ui.getState().select([id], []);
  return id;
}
