/**
 * The parameter values of a sweep: N points from `from` to `to`, evenly spaced or on a log scale.
 * Always exactly N values (N clamped to 1..MAX_POINTS), never NaN. Values are rounded to 6
 * significant digits (integers for whole-number parameters) so they read well, and so the
 * scenario each point runs is the same in every JavaScript engine (log spacing uses the engine's
 * portable math for the same reason).
 */
import { exp, log } from '@/simulations/core/portable-math';

export const MAX_POINTS = 50;

export interface RangeSpec {
  from: number;
  to: number;
  points: number;
  scale: 'linear' | 'log';
  /** Whole-number parameter: values are rounded (neighbouring points may then coincide). */
  int?: boolean;
}

/** What stops a range from running, for the form; undefined when it can run. */
export function rangeProblem(r: RangeSpec): string | undefined {
  if (!Number.isFinite(r.from) || !Number.isFinite(r.to)) return 'from and to must be numbers';
  if (!Number.isInteger(r.points) || r.points < 2 || r.points > MAX_POINTS) return `points must be a whole number from 2 to ${MAX_POINTS}`;
  if (r.scale === 'log' && (r.from <= 0 || r.to <= 0)) return 'a log scale needs from and to above 0';
  return undefined;
}

/** A range that may run but reaches past the parameter's limits: those points will fail, and say why. */
export function rangeWarning(r: RangeSpec, limits: { min?: number; max?: number }): string | undefined {
  if (limits.min !== undefined && Math.min(r.from, r.to) < limits.min) return `The parameter's least value is ${limits.min}: points below it will fail.`;
  if (limits.max !== undefined && Math.max(r.from, r.to) > limits.max) return `The parameter's greatest value is ${limits.max}: points above it will fail.`;
  return undefined;
}

export function round6(v: number): number {
  if (v === 0 || !Number.isFinite(v)) return v;
  return Number(v.toPrecision(6));
}

/** Exactly `points` values (clamped to 1..MAX_POINTS); a log range with a bound ≤ 0 falls back to linear. */
export function sweepValues(r: RangeSpec): number[] {
  const n = Math.max(1, Math.min(MAX_POINTS, Number.isFinite(r.points) ? Math.floor(r.points) : 1));
  const from = Number.isFinite(r.from) ? r.from : 0;
  const to = Number.isFinite(r.to) ? r.to : from;
  const logScale = r.scale === 'log' && from > 0 && to > 0;
  const lo = Math.min(from, to);
  const hi = Math.max(from, to);
  const out: number[] = [];
  for (let i = 0; i < n; i++) {
    const t = n === 1 ? 0 : i / (n - 1);
    // Weighted ends rather than from + t·(to − from): that difference overflows for huge bounds.
    let v = logScale ? exp(log(from) + t * (log(to) - log(from))) : from * (1 - t) + to * t;
    if (i === n - 1 && n > 1) v = to; // the last point is the end of the range, not a rounding away from it
    v = Math.min(Math.max(round6(v), lo), hi);
    out.push(r.int ? Math.round(v) : v);
  }
  return out;
}
