/**
 * Samples client requests for tracing and keeps the recent finished traces.
 *
 * Sampling reads nothing random and schedules nothing, so a run's numbers are the same with
 * tracing on or off. An unsampled request costs one field check per hop (`req.trace`).
 * Memory is bounded: the last `keep` finished traces sit in a ring; a trace in progress lives
 * only as long as its request does.
 */
import type { Outcome, Request } from '../core/types';
import { Recording } from './recording';
import type { Trace, TraceSummary } from './types';

export interface TracerOptions {
  /** Requests traced at the start of each client's measured traffic (after the warm-up). */
  first?: number;
  /** Besides those, every request whose id is a multiple of this. */
  every?: number;
  /** Finished traces kept. */
  keep?: number;
}

export class Tracer {
  readonly first: number;
  readonly every: number;
  readonly keep: number;
  private readonly ring: Trace[] = [];
  /** Traces finished so far; the ring holds the last `keep` of them. */
  finished = 0;
  /** Traces begun and not yet finished (their requests are still out). */
  inProgress = 0;

  constructor(opts: TracerOptions = {}) {
    this.first = opts.first ?? 20;
    this.every = Math.max(1, Math.floor(opts.every ?? 50));
    this.keep = Math.max(1, Math.floor(opts.keep ?? 100));
  }

  /** Starts recording `req` (its root span opens now); the caller decided it is sampled. */
  begin(req: Request, client: string, now: number): Recording {
    this.inProgress++;
    const rec = new Recording(req.id, client, req.op, now);
    req.trace = rec;
    return rec;
  }

  /** The client has its answer: the root span ends and the trace joins the ring. */
  finish(rec: Recording, outcome: Outcome, degraded: boolean, now: number): void {
    const t = rec.trace;
    if (t.endMs !== undefined) return;
    this.inProgress--;
    t.endMs = now;
    t.outcome = outcome;
    if (degraded) t.degraded = true;
    rec.close(0, now, outcome, degraded ? 'degraded: a call with a fallback failed' : undefined);
    this.ring[this.finished % this.keep] = t;
    this.finished++;
  }

  /** A finished trace still in the ring. */
  get(id: number): Trace | undefined {
    for (const t of this.ring) if (t.id === id) return t;
    return undefined;
  }

  /** Finished traces kept in the ring, oldest first. */
  recent(): Trace[] {
    const n = Math.min(this.finished, this.keep);
    const out: Trace[] = [];
    for (let k = this.finished - n; k < this.finished; k++) out.push(this.ring[k % this.keep]);
    return out;
  }

  /** Summaries of the traces finished since `cursor` (at most `keep`, oldest first). */
  summariesSince(cursor: number): TraceSummary[] {
    const from = Math.max(cursor, this.finished - this.keep, 0);
    const out: TraceSummary[] = [];
    for (let k = from; k < this.finished; k++) out.push(summarize(this.ring[k % this.keep]));
    return out;
  }
}

export function summarize(t: Trace): TraceSummary {
  const s: TraceSummary = { id: t.id, client: t.client, op: t.op, startMs: t.startMs, durationMs: (t.endMs ?? t.startMs) - t.startMs, outcome: t.outcome ?? 'ok', spanCount: t.spans.length };
  if (t.degraded) s.degraded = true;
  return s;
}
