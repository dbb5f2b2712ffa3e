/**
 * Where an arrow is drawn. An end attached to a note or a node points at the edge of its box (on the line between the
 * two ends' centres), one attached to a link at the link's middle; an end whose target is gone, or that was never
 * attached, at its own point. Pure, so the drawing and the tests agree.
 */
import type { ArrowEnd } from '@/simulations/scenario/annotations-schema';
import type { XY } from '../scenario-doc/types';

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** What an end's `ref` names on the canvas now: a box (a note or a node) or a point (a link's middle). */
export type Target = { box: Box } | { point: XY };
export type Locate = (ref: string) => Target | undefined;

export interface ArrowLine {
  from: XY;
  to: XY;
}

/** Room between the arrowhead and the box it points at. */
export const ARROW_GAP = 6;

function centreOf(e: ArrowEnd, t: Target | undefined): XY {
  if (!t) return { x: e.x, y: e.y };
  if ('point' in t) return t.point;
  return { x: t.box.x + t.box.width / 2, y: t.box.y + t.box.height / 2 };
}

/** The point where the ray from the box's centre toward `toward` leaves the box, pushed `gap` further out. */
export function exitPoint(box: Box, toward: XY, gap = 0): XY {
  const c = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
  const dx = toward.x - c.x;
  const dy = toward.y - c.y;
  const len = Math.hypot(dx, dy);
  if (len === 0) return c;
  const tx = dx === 0 ? Infinity : box.width / 2 / Math.abs(dx);
  const ty = dy === 0 ? Infinity : box.height / 2 / Math.abs(dy);
  const t = Math.min(tx, ty);
  if (t >= 1) return c; // `toward` is inside the box: point at the middle
  return { x: c.x + dx * t + (dx / len) * gap, y: c.y + dy * t + (dy / len) * gap };
}

export function arrowLine(from: ArrowEnd, to: ArrowEnd, locate: Locate): ArrowLine {
  const tf = from.ref ? locate(from.ref) : undefined;
  const tt = to.ref ? locate(to.ref) : undefined;
  const a = centreOf(from, tf);
  const b = centreOf(to, tt);
  return {
    from: tf && 'box' in tf ? exitPoint(tf.box, b) : a,
    to: tt && 'box' in tt ? exitPoint(tt.box, a, ARROW_GAP) : b,
  };
}
