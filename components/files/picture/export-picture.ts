/**
 * The whole graph as a picture — every node, not just what the viewport shows — framed with a
 * margin, in the canvas's current theme, with the live badges as they are. Loaded on demand (the
 * File menu imports it on click): the /play route's first-load budget has no room for it.
 */
import type { ReactFlowInstance, Rect } from '@xyflow/react';
import { pngOf, svgOf, type PictureOptions } from './dom-picture';

const PADDING = 40;
/** Longest side in CSS pixels; a larger graph is drawn smaller. */
const MAX_SIDE = 4000;
/** Longest side of the PNG in device pixels (browsers refuse much larger canvases). */
const MAX_PNG_SIDE = 8192;
/** In the viewport but not part of the picture: a link being drawn, the selection box. */
const LEFT_OUT = ['react-flow__connectionline', 'react-flow__nodesselection', 'react-flow__selection'];

function union(a: Rect, b: Rect): Rect {
  const x = Math.min(a.x, b.x);
  const y = Math.min(a.y, b.y);
  return { x, y, width: Math.max(a.x + a.width, b.x + b.width) - x, height: Math.max(a.y + a.height, b.y + b.height) - y };
}

/** `canvas` is the element that holds the React Flow instance (the playground's canvas root). */
export async function exportPicture(flow: ReactFlowInstance, canvas: HTMLElement, format: 'png' | 'svg', title: string): Promise<Blob> {
  const viewport = canvas.querySelector<HTMLElement>('.react-flow__viewport');
  const nodes = flow.getNodes();
  if (!viewport || nodes.length === 0) throw new Error('the canvas has nothing to draw');

  let bounds = flow.getNodesBounds(nodes);
  // Link labels and badges can reach past the nodes.
  for (const el of Array.from(canvas.querySelectorAll('.react-flow__edgelabel-renderer > *'))) {
    const r = el.getBoundingClientRect();
    if (r.width === 0 && r.height === 0) continue;
    const a = flow.screenToFlowPosition({ x: r.left, y: r.top }, { snapToGrid: false });
    const b = flow.screenToFlowPosition({ x: r.right, y: r.bottom }, { snapToGrid: false });
    bounds = union(bounds, { x: a.x, y: a.y, width: b.x - a.x, height: b.y - a.y });
  }
  const zoom = Math.min(1, MAX_SIDE / (bounds.width + 2 * PADDING), MAX_SIDE / (bounds.height + 2 * PADDING));
  const width = Math.ceil((bounds.width + 2 * PADDING) * zoom);
  const height = Math.ceil((bounds.height + 2 * PADDING) * zoom);

  const pane = canvas.querySelector('.react-flow') ?? canvas;
  const background = getComputedStyle(pane).backgroundColor;
  const options: PictureOptions = {
    width,
    height,
    title,
    backgroundColor: background && background !== 'rgba(0, 0, 0, 0)' ? background : undefined,
    rootStyle: {
      position: 'absolute',
      left: '0',
      top: '0',
      width: `${width}px`,
      height: `${height}px`,
      'transform-origin': '0 0',
      transform: `translate(${(PADDING - bounds.x) * zoom}px, ${(PADDING - bounds.y) * zoom}px) scale(${zoom})`,
    },
    filter: (el) => !LEFT_OUT.some((c) => el.classList.contains(c)),
    // Arrowheads are defined once, outside the viewport, and referenced by url(#id).
    extras: Array.from(canvas.querySelectorAll('svg')).filter((s) => !viewport.contains(s) && s.querySelector('marker')),
  };
  if (format === 'svg') return new Blob([await svgOf(viewport, options)], { type: 'image/svg+xml' });
  return pngOf(viewport, { ...options, pixelRatio: Math.min(2, MAX_PNG_SIDE / width, MAX_PNG_SIDE / height) });
}
