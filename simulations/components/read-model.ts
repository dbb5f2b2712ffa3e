/**
 * Read model / projection (CQRS): a view kept up to date from events and queried on its own. Events
 * arrive through subscribe (or consume) links and take `applyTime` each; the broker measures the
 * consistency lag from the write's acknowledgement at its origin to the moment it is applied here.
 * Any other call is a query (`GET /api/users/{id}`) of the aggregate of its key. A query answered
 * while the ledger of acknowledged writes (read-model-ledger.ts) holds a newer write of that
 * aggregate than the view has applied is a stale read: the caller was told "done", and the view
 * does not show it yet. Queries and applies do not wait for each other (a read store serves
 * reads while it is updated).
 */
import type { EventTarget } from '../core/kernel';
import type { Rng } from '../core/rng';
import { createSampler, type Sampler } from '../core/distributions';
import type { Replier, Request } from '../core/types';
import type { FaultState } from '../faults/fault-state';
import type { RunContext } from '../run/context';
import { NO_SPAN } from '../trace/recording';
import type { PatternKind, PatternNode, PatternReport } from './pattern-kind';
import { writeLedgerOf, type WriteLedger } from '../events/write-ledger';
import { staleReadIncident } from '../events/incident-texts';
import { readModelSchema, type ReadModelParams, readModelInfo } from './read-model.schema';

export { readModelSchema, type ReadModelParams } from './read-model.schema';

/** One event being applied or one query being answered. */
class Job {
  span = NO_SPAN;
  constructor(
    readonly req: Request,
    readonly caller: Replier,
  ) {}
}

const APPLIED = 0;
const ANSWERED = 1;

export class ReadModel implements PatternNode, EventTarget {
  readonly outlets = [];
  readonly seriesColumns = ['reads', 'staleReads', 'applied'] as const;
  /** Per aggregate type and key: origin time of the newest write applied to the view. */
  private readonly view = new Map<string, Map<number, number>>();
  private readonly ledger: WriteLedger;
  private readonly fault: FaultState;
  private readonly apply: Sampler;
  private readonly query: Sampler;
  private readonly errorRng: Rng;
  /** Counted (after warm-up) queries and events. */
  private readonly counts = { reads: 0, readsAnswered: 0, failedReads: 0, staleReads: 0, eventsApplied: 0, failedApplies: 0 };
  private readsInFlight = 0;
  private appliesInFlight = 0;
  private readsInFlightCounted = 0;
  private appliesInFlightCounted = 0;
  /** This window's and the last window's [reads answered, stale reads, events applied], for live numbers. */
  private w = [0, 0, 0];
  private prev = [0, 0, 0];
  /** Lag of the event applied last: how far behind the view is right now (a live figure). */
  private lastLagMs = 0;

  constructor(
    readonly id: string,
    readonly params: ReadModelParams,
    private readonly ctx: RunContext,
  ) {
    this.ledger = writeLedgerOf(ctx.shared);
    // From now on acknowledged writes are recorded: there is someone to compare them with.
    this.ledger.enabled = true;
    this.fault = ctx.faults(id);
    this.apply = createSampler(params.applyTime, ctx.stream(`${id}/apply`));
    this.query = createSampler(params.queryTime, ctx.stream(`${id}/query`));
    this.errorRng = ctx.stream(`${id}/errors`);
  }

  accept(req: Request, caller: Replier, now: number): void {
    const job = new Job(req, caller);
    const isEvent = req.event !== undefined;
    this.track(isEvent, req.counted, +1);
    if (!isEvent && req.counted) this.counts.reads++;
    const rec = req.trace;
    if (rec !== undefined) job.span = rec.open(rec.parent, this.id, 'service', this.id, now);
    // A view that is down answers at once; an event refused goes back to its subscription for later.
    if (this.fault.down || this.fault.takeFailFirst()) return this.finish(job, false, 'read model down: refused at once', now);
    const ms = (isEvent ? this.apply() : this.query()) + this.fault.extraMs;
    this.ctx.kernel.schedule(now + ms, this, isEvent ? APPLIED : ANSWERED, job);
  }

  onEvent(kind: number, data: unknown, now: number): void {
    const job = data as Job;
    const errorRate = this.fault.errorRate(0);
    if (this.fault.down || (errorRate > 0 && this.errorRng.next() < errorRate)) return this.finish(job, false, 'failed', now);
    if (kind === APPLIED) this.applied(job.req, now);
    this.finish(job, true, kind === ANSWERED ? this.answered(job.req, now) : undefined, now);
  }

  /** The event is in the view: its aggregate now reflects every write up to the event's origin. */
  private applied(req: Request, now: number): void {
    const e = req.event!;
    this.lastLagMs = now - req.originAt;
    let m = this.view.get(e.aggregateType);
    if (!m) this.view.set(e.aggregateType, (m = new Map()));
    const prev = m.get(req.key);
    if (prev === undefined || req.originAt > prev) m.set(req.key, req.originAt);
    if (req.counted) this.counts.eventsApplied++;
    this.w[2]++;
  }

  /** Checks the answer against the ledger; returns a trace note when it is stale. */
  private answered(req: Request, now: number): string | undefined {
    if (req.counted) this.counts.readsAnswered++;
    this.w[0]++;
    const stale = this.staleAggregate(req.key);
    if (stale === undefined) return undefined;
    if (req.counted) this.counts.staleReads++;
    this.ctx.incident(staleReadIncident(this.id, stale, this.lastLagMs, now));
    this.w[1]++;
    return `stale read: ${stale} has an acknowledged write the view has not applied yet`;
  }

  /** The aggregate of `key` whose latest acknowledged write the view lacks, if any. */
  private staleAggregate(key: number): string | undefined {
    const types = this.params.aggregateType !== undefined ? [this.params.aggregateType] : this.ledger.types();
    for (const t of types) {
      const written = this.ledger.latest(t, key);
      if (written === undefined) continue;
      const seen = this.view.get(t)?.get(key);
      if (seen === undefined || written > seen) return `${t}-${key}`;
    }
    return undefined;
  }

  private finish(job: Job, ok: boolean, note: string | undefined, now: number): void {
    const isEvent = job.req.event !== undefined;
    this.track(isEvent, job.req.counted, -1);
    if (!ok && job.req.counted) {
      if (isEvent) this.counts.failedApplies++;
      else this.counts.failedReads++;
    }
    if (job.span >= 0) job.req.trace!.close(job.span, now, ok ? 'ok' : 'error', note);
    job.caller.reply(ok ? 'ok' : 'error', false, now);
  }

  private track(isEvent: boolean, counted: boolean, d: number): void {
    if (isEvent) {
      this.appliesInFlight += d;
      if (counted) this.appliesInFlightCounted += d;
    } else {
      this.readsInFlight += d;
      if (counted) this.readsInFlightCounted += d;
    }
  }

  window(): number[] {
    const row = this.w;
    this.prev = row;
    this.w = [0, 0, 0];
    return row;
  }

  /** Stale share over the open and the last closed window (a live figure that does not jump to 0 at each window). */
  private recentStaleShare(): number {
    const reads = this.w[0] + this.prev[0];
    return reads === 0 ? 0 : (this.w[1] + this.prev[1]) / reads;
  }

  gauge() {
    return {
      queueDepth: 0,
      inFlight: this.readsInFlight + this.appliesInFlight,
      metrics: { staleShare: this.recentStaleShare(), staleReads: this.counts.staleReads, lagMs: this.lastLagMs, eventsApplied: this.counts.eventsApplied },
    };
  }

  report(): PatternReport {
    const c = this.counts;
    return {
      kind: 'readModel',
      values: {
        ...c,
        staleShare: c.readsAnswered === 0 ? 0 : c.staleReads / c.readsAnswered,
        readsInFlightAtEnd: this.readsInFlightCounted,
        appliesInFlightAtEnd: this.appliesInFlightCounted,
      },
      summaries: { lagMs: this.ctx.lag(this.id).summary() },
    };
  }
}

export const readModelKind: PatternKind<typeof readModelSchema> = {
  info: readModelInfo,
  schema: readModelSchema,
  create: (id, params, ctx) => new ReadModel(id, params, ctx),
};
