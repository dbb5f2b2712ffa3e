/** How the run's numbers are written for people: clock, rates, percentages. */

/** Simulated time as mm:ss.s (h:mm:ss.s past an hour). Tenths are floored so the clock never runs ahead. */
export function formatClock(ms: number): string {
  const tenths = Math.floor(Math.max(0, ms) / 100);
  const s = Math.floor(tenths / 10);
  const t = tenths % 10;
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const ss = String(s % 60).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${ss}.${t}` : `${String(m).padStart(2, '0')}:${ss}.${t}`;
}

/** A speed factor as people say it: 0.25×, 10×, 1.2k×. */
export function formatSpeed(x: number): string {
  if (!Number.isFinite(x)) return 'max';
  if (x >= 10_000) return `${Math.round(x / 1000)}k×`;
  if (x >= 1000) return `${(x / 1000).toFixed(1)}k×`;
  if (x >= 10) return `${Math.round(x)}×`;
  if (x >= 1) return `${Number(x.toFixed(1))}×`;
  return `${Number(x.toFixed(2))}×`;
}

/** A rate per second with sensible precision: 0.4/s, 12/s, 1.2k/s. */
export function formatRate(perSec: number): string {
  if (!(perSec > 0)) return '0/s';
  if (perSec >= 10_000) return `${Math.round(perSec / 1000)}k/s`;
  if (perSec >= 1000) return `${(perSec / 1000).toFixed(1)}k/s`;
  if (perSec >= 10) return `${Math.round(perSec)}/s`;
  return `${Number(perSec.toFixed(1))}/s`;
}

/** A share (0..1) as a percentage: whole numbers, but never "0 %" for a small non-zero share. */
export function formatPercent(share: number): string {
  if (!(share > 0)) return '0%';
  const p = share * 100;
  if (p < 1) return p < 0.1 ? '<0.1%' : `${p.toFixed(1)}%`;
  // 99.95 % is not "100 %": a success rate that rounds up hides the failures.
  if (p > 99 && p < 100) return `${(Math.floor(p * 10) / 10).toFixed(1)}%`;
  return `${Math.round(p)}%`;
}

/** A count that fits a badge: 999, 1.2k, 35k, 1.2M. */
export function formatCount(n: number): string {
  if (n < 1000) return String(Math.round(n));
  if (n < 10_000) return `${(n / 1000).toFixed(1)}k`;
  if (n < 1_000_000) return `${Math.round(n / 1000)}k`;
  return `${(n / 1_000_000).toFixed(1)}M`;
}

/** Milliseconds for axes and tooltips: 850 ms, 1.2 s, 2 min. */
export function formatMs(ms: number): string {
  if (!Number.isFinite(ms)) return '—';
  if (ms < 1) return `${Number(ms.toFixed(2))} ms`;
  if (ms < 1000) return `${Number(ms.toPrecision(3))} ms`;
  if (ms < 60_000) return `${Number((ms / 1000).toPrecision(3))} s`;
  return `${Number((ms / 60_000).toPrecision(3))} min`;
}
