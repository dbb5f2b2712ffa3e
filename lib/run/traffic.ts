/**
 * What a link carried in its latest window, as the labels and the traffic animation show it:
 * a rate and the share of each outcome. Computed once per snapshot, not per frame.
 */
import type { Snapshot } from '@/simulations/index';

type SeriesRows = Snapshot['series'][string];

export const OUTCOMES = ['ok', 'error', 'timeout', 'shortCircuited', 'rateLimited', 'rejected'] as const;
export type TrafficOutcome = (typeof OUTCOMES)[number];

export interface LinkTraffic extends Record<TrafficOutcome, number> {
  /** Calls (or messages) per second of simulated time over the latest window. */
  rps: number;
  /** Attempts that ended in the latest window (the shares' denominator). */
  ended: number;
  /** Cumulative over the run, all requests (warm-up included: it is what the animation showed). */
  shortCircuitedTotal: number;
  rateLimitedTotal: number;
  rejectedTotal: number;
}

/** Is this series a link's? (Link series are the only ones with a breaker column.) */
export function isLinkSeries(columns: readonly string[]): boolean {
  return columns[0] === 'calls' && columns.includes('breaker');
}

/**
 * Traffic of a link from the rows a snapshot brought (one or more windows): shares from the
 * latest window, totals accumulated over every row.
 */
export function trafficOf(rows: SeriesRows, windowMs: number, prev?: LinkTraffic): LinkTraffic {
  const { columns } = rows;
  const idx = (name: string) => columns.indexOf(name);
  const last = rows.rows[rows.rows.length - 1] ?? [];
  const col = (name: string) => last[idx(name)] ?? 0;
  const sum = (name: string) => {
    const c = idx(name);
    let s = 0;
    if (c >= 0) for (const r of rows.rows) s += r[c];
    return s;
  };
  const ok = col('ok');
  const failed = col('failed');
  const ended = ok + failed;
  const share = (n: number) => (ended > 0 ? n / ended : 0);
  const timeout = col('timeouts');
  const sc = col('shortCircuited');
  const rl = col('rateLimited');
  const rej = col('rejected');
  return {
    rps: windowMs > 0 ? (col('calls') * 1000) / windowMs : 0,
    ended,
    ok: share(ok),
    error: share(Math.max(0, failed - timeout - sc - rl - rej)),
    timeout: share(timeout),
    shortCircuited: share(sc),
    rateLimited: share(rl),
    rejected: share(rej),
    shortCircuitedTotal: (prev?.shortCircuitedTotal ?? 0) + sum('shortCircuited'),
    rateLimitedTotal: (prev?.rateLimitedTotal ?? 0) + sum('rateLimited'),
    rejectedTotal: (prev?.rejectedTotal ?? 0) + sum('rejected'),
  };
}

/** Share of the latest window's attempts that did not end well (0..1). */
export function errorShare(t: LinkTraffic): number {
  return t.ended > 0 ? 1 - t.ok : 0;
}
