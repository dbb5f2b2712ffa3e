/**
 * How the comparison table writes its numbers, shared by the compare view and the design-review
 * export so a review document shows exactly the text the person saw on screen.
 */
import type { DeltaCell } from './compare-table';

/** A duration for people: 0.42 ms, 182 ms, 1.25 s, 2.5 min (the run panel's format; lib cannot import components). */
export function formatDuration(ms: number): string {
  if (!Number.isFinite(ms)) return '—';
  if (ms < 1) return `${Number(ms.toFixed(2))} ms`;
  if (ms < 1000) return `${Number(ms.toPrecision(3))} ms`;
  if (ms < 60_000) return `${Number((ms / 1000).toPrecision(3))} s`;
  return `${Number((ms / 60_000).toPrecision(3))} min`;
}

/** A metric value in its unit, with enough digits that a small difference does not read as 0. */
export function formatValue(v: number, unit: string): string {
  if (unit === 'ms') return formatDuration(v);
  const digits = unit === '%' ? 2 : Number.isInteger(v) || Math.abs(v) >= 100 ? 0 : Math.abs(v) >= 10 ? 1 : 2;
  const text = v.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: unit === '%' ? 2 : 0 });
  return unit === '%' ? `${text} %` : text;
}

export function formatSigned(v: number, unit: string): string {
  const abs = formatValue(Math.abs(v), unit);
  return v > 0 ? `+${abs}` : v < 0 ? `−${abs}` : '±0';
}

/** " (+12 %)" after a difference, or "" — a relative change of a percentage reads as a second, confusing percentage. */
export function formatRelative(d: DeltaCell, unit: string): string {
  if (unit === '%' || d.relative === undefined || !Number.isFinite(d.relative) || d.verdict === 'same') return '';
  return ` (${d.relative > 0 ? '+' : '−'}${Math.abs(d.relative * 100).toFixed(Math.abs(d.relative) < 0.1 ? 1 : 0)} %)`;
}

/** Within the seeds' noise: a difference that replications could not tell from 0. */
export const isNoise = (d: DeltaCell) => d.significant === false && d.verdict !== 'same';

/** The whole difference as one line of text: "−120 ms ± 30 ms (−40 %) ✱". */
export function formatDelta(d: DeltaCell, unit: string): string {
  const half = d.half !== undefined ? ` ± ${formatValue(d.half, unit)}` : '';
  const mark = d.significant === true ? ' ✱' : isNoise(d) ? ' (noise)' : '';
  return `${formatSigned(d.diff, unit)}${half}${formatRelative(d, unit)}${mark}`;
}
