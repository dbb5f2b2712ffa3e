/**
 * A preset's graph as a thumbnail: boxes where its nodes sit on the canvas, curves for its links
 * (synchronous calls solid, asynchronous ones dashed, as on the canvas), each box in its kind's
 * accent. Pure data for an inline SVG, so the gallery draws it on the server with no JavaScript.
 */
import { LINK_KINDS, NODE_KINDS, type LinkKind, type NodeKind, type ScenarioInput } from '@/simulations/index';

/** A node's box in canvas pixels (React Flow positions are its top-left corner; a node is 13rem wide). */
export const NODE_W = 208;
export const NODE_H = 84;
/** Room around the graph so boxes and arrowheads are not cut at the edge. */
const PAD = 24;
/** Where nodes without a position go: a row, one canvas step apart. */
const STEP_X = 300;

export interface PreviewNode {
  id: string;
  kind: string;
  x: number;
  y: number;
  w: number;
  h: number;
  accent: string;
}

export interface PreviewLink {
  id: string;
  /** SVG path from the source's right edge to the target's left edge. */
  d: string;
  dashed: boolean;
  /** Arrowhead polygon points at the target end. */
  arrow: string;
}

export interface Preview {
  viewBox: string;
  width: number;
  height: number;
  nodes: PreviewNode[];
  links: PreviewLink[];
}

const FALLBACK_ACCENT = '#64748b';
const round = (v: number) => Math.round(v * 10) / 10;

export function previewOf(scenario: Pick<ScenarioInput, 'nodes' | 'links'>): Preview {
  const nodes: PreviewNode[] = scenario.nodes.map((n, i) => ({
    id: n.id,
    kind: n.kind,
    x: n.position?.x ?? i * STEP_X,
    y: n.position?.y ?? 0,
    w: NODE_W,
    h: NODE_H,
    accent: NODE_KINDS[n.kind as NodeKind]?.accent ?? FALLBACK_ACCENT,
  }));
  const at = new Map(nodes.map((n) => [n.id, n]));
  const links: PreviewLink[] = [];
  for (const l of scenario.links ?? []) {
    const a = at.get(l.from);
    const b = at.get(l.to);
    if (!a || !b) continue; // a broken link is the validator's business, not the thumbnail's
    const x1 = a.x + a.w;
    const y1 = a.y + a.h / 2;
    const x2 = b.x;
    const y2 = b.y + b.h / 2;
    // Horizontal tangents at both ends, like React Flow's bezier edges.
    const bend = Math.max(40, Math.abs(x2 - x1) / 2);
    links.push({
      id: l.id,
      d: `M${round(x1)} ${round(y1)} C${round(x1 + bend)} ${round(y1)} ${round(x2 - bend)} ${round(y2)} ${round(x2)} ${round(y2)}`,
      dashed: !(LINK_KINDS[l.kind as LinkKind]?.sync ?? false),
      arrow: `${round(x2)},${round(y2)} ${round(x2 - 14)},${round(y2 - 8)} ${round(x2 - 14)},${round(y2 + 8)}`,
    });
  }
  if (nodes.length === 0) return { viewBox: `0 0 ${NODE_W} ${NODE_H}`, width: NODE_W, height: NODE_H, nodes, links };
  const minX = Math.min(...nodes.map((n) => n.x)) - PAD;
  const minY = Math.min(...nodes.map((n) => n.y)) - PAD;
  const maxX = Math.max(...nodes.map((n) => n.x + n.w)) + PAD;
  const maxY = Math.max(...nodes.map((n) => n.y + n.h)) + PAD;
  const width = round(maxX - minX);
  const height = round(maxY - minY);
  return { viewBox: `${round(minX)} ${round(minY)} ${width} ${height}`, width, height, nodes, links };
}
