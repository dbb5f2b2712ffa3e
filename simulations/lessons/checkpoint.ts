/**
 * When is a lesson step's checkpoint reached? The first incident its condition matches (breaker
 * change, dead letter, compensation, stale read), or — for a lag condition — the first time-series
 * window in which a consumer's worst consistency lag is over the threshold. The same function
 * serves the playground (run-store data) and the headless lesson test (engine snapshots).
 */
import type { Incident } from '../events/incidents';
import type { SeriesRows } from '../metrics/timeseries';
import { matchIncident, matchLag, type WatchCondition } from '../watch/condition';

/** One closed window of a consumer's consistency lag. */
export interface LagWindow {
  consumer: string;
  /** End of the window (simulated ms). */
  endMs: number;
  /** The worst lag of a write that reached the consumer in that window. */
  maxMs: number;
}

/** The column of a pattern node's series that says how old its copy is. */
export const STALENESS = 'stalenessMs';

export interface Reached {
  atMs: number;
  /** One line: the incident's explanation, or the lag that was seen. */
  text: string;
}

/** The first event at or after `sinceMs` that meets the condition, if any. */
export function findCheckpoint(c: WatchCondition, incidents: readonly Incident[], lags: readonly LagWindow[], sinceMs = 0): Reached | undefined {
  if (c.on === 'lag') {
    let best: LagWindow | undefined;
    for (const w of lags) if (w.endMs > sinceMs && matchLag(c, w.consumer, w.maxMs) && (!best || w.endMs < best.endMs)) best = w;
    return best && { atMs: best.endMs, text: `Consistency lag at ${best.consumer} reached ${Math.round(best.maxMs).toLocaleString('en')} ms (over ${c.overMs.toLocaleString('en')} ms)` };
  }
  const hit = incidents.find((i) => i.atMs >= sinceMs && matchIncident(c, i));
  return hit && { atMs: hit.atMs, text: hit.text };
}

/**
 * Lag windows from an engine snapshot's series (row-major): each consumer's `lag/<consumer>`
 * series, and the staleness gauge of a node that keeps one (a batch job, a file drop), under its
 * own id — for a batch copy the staleness badge is the lag a room watches.
 */
export function lagWindowsOfRows(series: Record<string, SeriesRows>): LagWindow[] {
  const out: LagWindow[] = [];
  for (const [key, rows] of Object.entries(series)) {
    const s = rows.columns.indexOf(STALENESS);
    if (s >= 0) rows.rows.forEach((r, i) => out.push({ consumer: key, endMs: rows.t[i], maxMs: r[s] }));
    if (!key.startsWith('lag/')) continue;
    const c = rows.columns.indexOf('max');
    const n = rows.columns.indexOf('count');
    if (c < 0) continue;
    rows.rows.forEach((r, i) => {
      if (n < 0 || r[n] > 0) out.push({ consumer: key.slice(4), endMs: rows.t[i], maxMs: r[c] });
    });
  }
  return out;
}
