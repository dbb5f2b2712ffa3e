/**
 * Service: a queueing station with `workers` servers and an optional waiting-room capacity.
 * Each request does its own work, then makes its synchronous calls (in sequence or in
 * parallel), fires its asynchronous ones, and answers. By default a worker stays occupied
 * while it waits on downstream calls (thread-per-request), which is how slow dependencies
 * exhaust a caller; `callsHoldWorker: false` models non-blocking I/O instead.
 */
import type { EventTarget } from '../core/kernel';
import type { Rng } from '../core/rng';
import { createSampler, type Sampler } from '../core/distributions';
import { NO_REPLY, type Outcome, type Replier, type Request, type SyncCallee } from '../core/types';
import type { FaultState } from '../faults/fault-state';
import { NodeStats } from '../metrics/node-stats';
import type { RunContext } from '../run/context';
import { fmtMs, NO_SPAN } from '../trace/recording';
import type { Outlet } from './outlet';
import type { ServiceParams } from './service.schema';

export { serviceSchema, type ServiceParams } from './service.schema';

/** One request at this service; it is also the replier of its sequential downstream calls. */
class Job implements Replier {
  holding = false;
  degraded = false;
  done = false;
  /** Parallel calls still out, or the index of the sequential call in progress. */
  pending = 0;
  chosen: Outlet[] = NONE;
  /** This visit's span and its work span, when the request is traced. */
  span = NO_SPAN;
  workSpan = NO_SPAN;

  constructor(
    readonly service: Service,
    readonly req: Request,
    readonly caller: Replier,
    readonly arrivedAt: number,
  ) {}

  reply(outcome: Outcome, degraded: boolean, now: number): void {
    this.service.sequenceAnswered(this, outcome, degraded, now);
  }
}

/** One of a request's parallel downstream calls. */
class ParallelCall implements Replier {
  constructor(
    readonly job: Job,
    readonly outlet: Outlet,
  ) {}

  reply(outcome: Outcome, degraded: boolean, now: number): void {
    this.job.service.joined(this.job, this.outlet, outcome, degraded, now);
  }
}

const NONE: Outlet[] = [];

const WORK_DONE = 0;

export class Service implements EventTarget, SyncCallee {
  readonly outlets: Outlet[] = [];
  readonly stats: NodeStats;
  private readonly line: Job[] = [];
  private head = 0;
  private busy = 0;
  private inFlight = 0;
  private readonly capacity: number;
  private readonly work: Sampler;
  private readonly byOp = new Map<string, Sampler>();
  private readonly errors: Rng;
  private readonly calls: Rng;
  private readonly fault: FaultState;
  private syncOutlets: Outlet[] = [];
  private asyncOutlets: Outlet[] = [];

  constructor(
    readonly id: string,
    readonly params: ServiceParams,
    private readonly ctx: RunContext,
  ) {
    this.stats = new NodeStats(params.workers, ctx.warmupMs);
    this.capacity = params.queueCapacity ?? Infinity;
    const workRng = ctx.stream(`${id}/work`);
    this.work = createSampler(params.serviceTime, workRng);
    for (const [op, d] of Object.entries(params.operations ?? {})) this.byOp.set(op, createSampler(d, workRng));
    this.errors = ctx.stream(`${id}/errors`);
    this.calls = ctx.stream(`${id}/calls`);
    this.fault = ctx.faults(id);
  }

  start(): void {
    this.syncOutlets = this.outlets.filter((o) => o.sync);
    this.asyncOutlets = this.outlets.filter((o) => !o.sync);
  }

  get queueDepth(): number {
    return this.line.length - this.head;
  }

  accept(req: Request, caller: Replier, now: number): void {
    this.stats.onArrival(req.counted);
    const rec = req.trace;
    const span = rec === undefined ? NO_SPAN : rec.open(rec.parent, this.id, 'service', this.id, now);
    if (this.fault.down || this.fault.takeFailFirst()) {
      // A down service answers at once (connection refused / 503), it does not queue.
      this.stats.onFinish(req.counted, false, 0);
      rec?.close(span, now, 'error', 'service down: refused at once');
      caller.reply('error', false, now);
      return;
    }
    const job = new Job(this, req, caller, now);
    job.span = span;
    if (this.busy < this.params.workers) this.begin(job, now);
    else if (this.queueDepth < this.capacity) this.line.push(job);
    else {
      this.stats.onReject(req.counted);
      rec?.close(span, now, 'rejected', `waiting room full (${this.queueDepth} waiting)`);
      caller.reply('rejected', false, now);
      return;
    }
    this.inFlight++;
  }

  onEvent(_kind: number, data: unknown, now: number): void {
    const job = data as Job;
    const errorRate = this.fault.errorRate(this.params.errorRate);
    if (errorRate > 0 && this.errors.next() < errorRate) {
      if (job.span >= 0) job.req.trace!.annotate(job.workSpan, 'error', 'its own work failed');
      return this.finish(job, 'error', now);
    }
    if (!this.params.callsHoldWorker) this.release(job, now);
    this.callDownstream(job, now);
  }

  private begin(job: Job, now: number): void {
    this.stats.busyChanging(this.busy, now);
    this.busy++;
    job.holding = true;
    this.stats.onStart(job.req.counted, now - job.arrivedAt);
    const sampler = this.byOp.size > 0 ? (this.byOp.get(job.req.op) ?? this.work) : this.work;
    const workMs = sampler() + this.fault.extraMs;
    if (job.span >= 0) this.traceBegin(job, now, workMs);
    this.ctx.kernel.schedule(now + workMs, this, WORK_DONE, job);
  }

  private traceBegin(job: Job, now: number, workMs: number): void {
    const rec = job.req.trace!;
    const waited = now - job.arrivedAt;
    if (waited > 0) rec.add(job.span, 'queue wait', 'wait', this.id, job.arrivedAt, now, `queue wait ${fmtMs(waited)}`);
    const slow = this.fault.extraMs > 0 ? `, ${fmtMs(this.fault.extraMs)} of it a slowdown fault` : '';
    job.workSpan = rec.add(job.span, 'work', 'work', this.id, now, now + workMs, `work ${fmtMs(workMs)}${slow}`);
  }

  private release(job: Job, now: number): void {
    if (!job.holding) return;
    job.holding = false;
    this.stats.busyChanging(this.busy, now);
    this.busy--;
    if (this.queueDepth > 0) {
      const next = this.line[this.head];
      this.line[this.head++] = undefined as unknown as Job;
      // Compact now and then so the array does not grow with the run.
      if (this.head > 1024 && this.head * 2 > this.line.length) {
        this.line.splice(0, this.head);
        this.head = 0;
      }
      this.begin(next, now);
    }
  }

  private callDownstream(job: Job, now: number): void {
    const outs = this.syncOutlets;
    if (outs.length === 0) return this.succeed(job, now);
    let chosen = outs;
    if (outs.some((o) => o.probability < 1)) chosen = outs.filter((o) => o.probability >= 1 || this.calls.next() < o.probability);
    if (chosen.length === 0) return this.succeed(job, now);
    job.chosen = chosen;
    if (this.params.callMode === 'parallel') {
      job.pending = chosen.length;
      for (const o of chosen) {
        if (job.span >= 0) job.req.trace!.parent = job.span;
        o.call(job.req, new ParallelCall(job, o), now);
      }
    } else {
      job.pending = 0;
      if (job.span >= 0) job.req.trace!.parent = job.span;
      chosen[0].call(job.req, job, now);
    }
  }

  /** Sequential calls: the next one starts when the previous answered. */
  sequenceAnswered(job: Job, outcome: Outcome, degraded: boolean, now: number): void {
    const o = job.chosen[job.pending];
    if (outcome !== 'ok' && !o.fallback) return this.finish(job, outcome, now);
    if (outcome !== 'ok' || degraded) job.degraded = true;
    if (++job.pending === job.chosen.length) return this.succeed(job, now);
    if (job.span >= 0) job.req.trace!.parent = job.span;
    job.chosen[job.pending].call(job.req, job, now);
  }

  /** Parallel calls: like Promise.all, the first failure that has no fallback fails the request. */
  joined(job: Job, o: Outlet, outcome: Outcome, degraded: boolean, now: number): void {
    if (job.done) return;
    if (outcome !== 'ok' && !o.fallback) return this.finish(job, outcome, now);
    if (outcome !== 'ok' || degraded) job.degraded = true;
    if (--job.pending === 0) this.succeed(job, now);
  }

  private succeed(job: Job, now: number): void {
    // The write is acknowledged: now its events go out (fire-and-forget, outbox style).
    for (const o of this.asyncOutlets) {
      if (o.probability >= 1 || this.calls.next() < o.probability) {
        if (job.span >= 0) job.req.trace!.parent = job.span;
        o.call(job.req, NO_REPLY, now);
      }
    }
    this.finish(job, 'ok', now);
  }

  private finish(job: Job, outcome: Outcome, now: number): void {
    if (job.done) return;
    job.done = true;
    this.inFlight--;
    this.stats.onFinish(job.req.counted, outcome === 'ok', now - job.arrivedAt);
    if (job.span >= 0) job.req.trace!.close(job.span, now, outcome, job.degraded ? 'degraded: a call with a fallback failed' : undefined);
    this.release(job, now);
    job.caller.reply(outcome, job.degraded, now);
  }

  window(now: number): number[] {
    return this.stats.window(now, this.queueDepth, this.busy, this.inFlight);
  }

  live(): { queueDepth: number; busy: number; inFlight: number; workers: number } {
    return { queueDepth: this.queueDepth, busy: this.busy, inFlight: this.inFlight, workers: this.params.workers };
  }
}
