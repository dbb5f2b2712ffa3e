/**
 * Saga participant (choreography): a service that knows its own part of a saga and the events
 * around it, and nobody's plan. A REST call into it starts a new saga here (the first participant,
 * e.g. Orders creating a pending order). An event delivered to it (subscribe from a topic) that is
 * its `triggerEvent` makes it do its step: on success it publishes `successEvent` — the next
 * participant's trigger — on failure `failureEvent`. An event listed in `compensateOn` makes it undo
 * its step, if it did it for that saga, and publish `compensatedEvent` — the trigger of the undo
 * before it. Every other event it receives is acknowledged and ignored.
 *
 * Its events go out on its publish links (the participant names them; a link's own eventType is
 * not used). A participant that is down refuses deliveries and the broker keeps them: its sagas
 * wait, they do not fail. An undo that fails (an error burst, fail-first) is retried by the
 * broker's redelivery; after `compensationRetries` retries the participant gives up and the saga is
 * stuck (keep the topic's maxReceives at 0 or above that, or the broker dead-letters the event
 * first). The saga's id is the correlation id its events carry; outcomes are kept in the run's
 * saga ledger (saga-ledger.ts) and reported by the participant where the sagas start.
 */
import type { EventTarget } from '../core/kernel';
import { createSampler, type Sampler } from '../core/distributions';
import type { Rng } from '../core/rng';
import { NO_REPLY, type Outcome, type Replier, type Request } from '../core/types';
import type { FaultState } from '../faults/fault-state';
import type { RunContext } from '../run/context';
import { NO_SPAN } from '../trace/recording';
import type { Outlet } from './outlet';
import type { PatternKind, PatternNode, PatternReport } from './pattern-kind';
import { routeEvent, sagaLedgerOf, type SagaLedger } from './saga-ledger';
import { SagaOutcomes } from './saga-outcomes';
import { PARTICIPANT_SERIES, ParticipantStats } from './saga-participant-stats';
import { sagaParticipantSchema, type SagaParticipantParams, sagaParticipantInfo } from './saga-participant.schema';

export { sagaParticipantSchema, type SagaParticipantParams } from './saga-participant.schema';

/** One step or undo of one saga here; also the replier of the step's REST calls. */
class Job implements Replier {
  /** Index of the REST call in progress. */
  call = 0;
  span = NO_SPAN;

  constructor(
    readonly participant: SagaParticipant,
    readonly req: Request,
    readonly replier: Replier,
    readonly saga: string,
    readonly undo: boolean,
  ) {}

  reply(outcome: Outcome, _degraded: boolean, now: number): void {
    this.participant.called(this, outcome, now);
  }
}

const WORK_DONE = 0;

export class SagaParticipant implements PatternNode, EventTarget {
  readonly outlets: Outlet[] = [];
  readonly seriesColumns = PARTICIPANT_SERIES;
  /** The sagas that start here (empty for the others). */
  readonly outcomes = new SagaOutcomes();
  private readonly ledger: SagaLedger;
  private readonly compensateOn: Set<string>;
  private readonly work: Sampler;
  private readonly undoWork: Sampler;
  private readonly errors: Rng;
  private readonly fault: FaultState;
  private syncOutlets: Outlet[] = [];
  private asyncOutlets: Outlet[] = [];
  /** Sagas with a step or undo in progress here, and failed undo tries per saga: both bounded by the sagas in progress. */
  private readonly working = new Set<string>();
  private readonly tries = new Map<string, number>();
  private busy = 0;
  readonly stats = new ParticipantStats();

  constructor(
    readonly id: string,
    readonly params: SagaParticipantParams,
    private readonly ctx: RunContext,
  ) {
    this.ledger = sagaLedgerOf(ctx);
    this.compensateOn = new Set((params.compensateOn ?? '').split(',').map((s) => s.trim()).filter((s) => s.length > 0));
    const workRng = ctx.stream(`${id}/work`);
    this.work = createSampler(params.serviceTime, workRng);
    this.undoWork = params.compensationTime ? createSampler(params.compensationTime, workRng) : this.work;
    this.errors = ctx.stream(`${id}/errors`);
    this.fault = ctx.faults(id);
  }

  start(): void {
    this.syncOutlets = this.outlets.filter((o) => o.sync);
    this.asyncOutlets = this.outlets.filter((o) => !o.sync);
  }

  accept(req: Request, replier: Replier, now: number): void {
    if (this.fault.down || this.fault.takeFailFirst()) {
      // Refused at once: a caller sees an error, a broker keeps the event and redelivers it.
      this.stats.count('refused', req.counted);
      return replier.reply('error', false, now);
    }
    if (req.event === undefined) {
      // A call, not an event: a new saga starts here, named as its events will name it.
      const saga = `req-${req.id}`;
      this.ledger.begin(saga, this.outcomes, now, req.counted);
      return this.begin(new Job(this, req, replier, saga, false), now);
    }
    const saga = String(req.event.metadata?.correlationId);
    let route = routeEvent(this.ledger.get(saga), req.event.type, this.id, this.params.triggerEvent, this.compensateOn);
    if (route !== 'ignore' && this.working.has(saga)) route = 'duplicate'; // redelivered while still at work on it
    if (route === 'step' || route === 'undo') return this.begin(new Job(this, req, replier, saga, route === 'undo'), now);
    // Not its event, or one it has acted on already: acknowledged and let pass.
    this.stats.count(route === 'ignore' ? 'ignored' : 'duplicates', req.counted);
    replier.reply('ok', false, now);
  }

  private begin(job: Job, now: number): void {
    this.busy++;
    this.working.add(job.saga);
    if (!job.undo) this.ledger.touch(job.saga, this.id);
    const ms = (job.undo ? this.undoWork() : this.work()) + this.fault.extraMs;
    const rec = job.req.trace;
    if (rec !== undefined) {
      job.span = rec.open(rec.parent, this.id, 'service', this.id, now);
      rec.add(job.span, job.undo ? 'undo its step' : 'its step', 'work', this.id, now, now + ms);
    }
    this.ctx.kernel.schedule(now + ms, this, WORK_DONE, job);
  }

  onEvent(_kind: number, data: unknown, now: number): void {
    const job = data as Job;
    if (job.undo) {
      // Only faults make an undo fail (an error burst, fail-first, or going down meanwhile).
      const burst = this.fault.errorRate(0);
      const failed = this.fault.down || this.fault.takeFailFirst() || (burst > 0 && this.errors.next() < burst);
      return failed ? this.undoFailed(job, now) : this.undone(job, now);
    }
    const rate = this.fault.errorRate(this.params.failureRate);
    if (rate > 0 && this.errors.next() < rate) return this.stepFailed(job, now);
    this.callNext(job, now);
  }

  /** The step's own REST calls, one after another; a failed one fails the step. */
  private callNext(job: Job, now: number): void {
    if (job.call === this.syncOutlets.length) return this.stepDone(job, now);
    if (job.span >= 0) job.req.trace!.parent = job.span;
    this.syncOutlets[job.call].call(job.req, job, now);
  }

  called(job: Job, outcome: Outcome, now: number): void {
    if (outcome !== 'ok') return this.stepFailed(job, now);
    job.call++;
    this.callNext(job, now);
  }

  private stepDone(job: Job, now: number): void {
    this.stats.ended('done', job.req.counted);
    this.ledger.stepDone(job.saga, this.id, this.compensateOn.size > 0, this.params.completesSaga, now);
    this.announce(job, this.params.successEvent, now);
    this.finish(job, 'ok', now);
  }

  private stepFailed(job: Job, now: number): void {
    this.stats.ended('failed', job.req.counted);
    this.ledger.stepFailed(job.saga, now, this.id);
    this.announce(job, this.params.failureEvent, now);
    // A caller (the saga's start) hears that its order was refused; a broker only that the event was handled.
    this.finish(job, job.req.event === undefined ? 'error' : 'ok', now);
  }

  private undone(job: Job, now: number): void {
    this.tries.delete(job.saga);
    this.stats.ended('undone', job.req.counted);
    this.ledger.undone(job.saga, this.id, now);
    this.announce(job, this.params.compensatedEvent, now);
    this.finish(job, 'ok', now);
  }

  private undoFailed(job: Job, now: number): void {
    this.stats.count('undoFailures', job.req.counted);
    const tries = (this.tries.get(job.saga) ?? 0) + 1;
    if (tries <= this.params.compensationRetries) {
      this.tries.set(job.saga, tries);
      return this.finish(job, 'error', now); // the broker redelivers it: the next try
    }
    this.tries.delete(job.saga);
    this.stats.ended('stuck', job.req.counted);
    this.ledger.stuck(job.saga, now);
    this.finish(job, 'ok', now); // given up: the event is settled, the saga needs a person
  }

  /** Publishes `type` on every publish link, carrying the saga's correlation id on. */
  private announce(job: Job, type: string, now: number): void {
    const r = job.req;
    for (const o of this.asyncOutlets) {
      const req: Request = { id: r.id, op: r.op, origin: this.id, createdAt: now, counted: r.counted, key: r.key, originAt: r.originAt, event: r.event, eventType: type, trace: r.trace };
      if (job.span >= 0) r.trace!.parent = job.span;
      o.call(req, NO_REPLY, now);
    }
  }

  private finish(job: Job, outcome: Outcome, now: number): void {
    this.busy--;
    this.working.delete(job.saga);
    if (job.span >= 0) job.req.trace!.close(job.span, now, outcome);
    job.replier.reply(outcome, false, now);
  }

  window(): number[] {
    return this.stats.window(this.busy);
  }

  gauge() {
    return { queueDepth: 0, inFlight: this.busy, busy: this.busy, metrics: { ...this.stats.live } };
  }

  report(): PatternReport {
    const starts = this.params.triggerEvent === undefined || this.outcomes.started > 0;
    return {
      kind: 'sagaParticipant',
      values: { ...this.stats.counts, busyAtEnd: this.busy, ...(starts ? this.outcomes.values() : {}) },
      ...(starts ? { summaries: this.outcomes.summaries() } : {}),
    };
  }
}

export const sagaParticipantKind: PatternKind<typeof sagaParticipantSchema> = {
  info: sagaParticipantInfo,
  schema: sagaParticipantSchema,
  create: (id, params, ctx) => new SagaParticipant(id, params, ctx),
};
