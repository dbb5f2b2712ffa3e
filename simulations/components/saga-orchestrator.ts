/**
 * Saga orchestrator: one request is one saga, a distributed transaction without a global lock. The
 * orchestrator calls the steps one after another (order: see saga-steps.ts); when a step fails it
 * undoes the steps already done, newest first, each with its compensating call on the same link.
 * A compensation that fails is tried again up to `compensationRetries` times; if it still fails
 * the saga is stuck and stops there (the rest needs a person: retrying forever would hide it).
 *
 * The caller waits for the whole saga and is told how it ended: ok when it completed, an error when
 * it was compensated (the order was rejected cleanly — nothing of it is left anywhere) or stuck.
 * A step that timed out may still have happened at the other end, so by default it is undone too
 * (compensations must be idempotent for that reason). The saga's lifecycle goes to the event log
 * as domain events: order.created, then order.confirmed, order.cancelled or
 * order.compensationFailed (the prefix is `aggregateType`).
 */
import type { EventTarget } from '../core/kernel';
import { NO_REPLY, type Outcome, type Replier, type Request } from '../core/types';
import { EventFactory } from '../events/domain-event';
import { compensationIncident } from '../events/incident-texts';
import type { FaultState } from '../faults/fault-state';
import type { RunContext } from '../run/context';
import { fmtMs, NO_SPAN } from '../trace/recording';
import type { Outlet } from './outlet';
import type { PatternKind, PatternNode, PatternReport } from './pattern-kind';
import { SAGA_SERIES, SagaOutcomes, type SagaEnd } from './saga-outcomes';
import { resolveSteps, type ResolvedStep } from './saga-steps';
import { sagaOrchestratorSchema, type SagaOrchestratorParams, sagaOrchestratorInfo } from './saga-orchestrator.schema';

export { sagaOrchestratorSchema, type SagaOrchestratorParams } from './saga-orchestrator.schema';

/** One saga: the caller's request, where it is, and the replier of every call it makes. */
class Saga implements Replier {
  /** Going forward: the step being called. Compensating: the step being undone. */
  step = 0;
  compensating = false;
  /** Failed tries of the compensation in progress. */
  tries = 0;
  failedStep = -1;
  failedWith: Outcome = 'ok';
  span = NO_SPAN;

  constructor(
    readonly orchestrator: SagaOrchestrator,
    readonly req: Request,
    readonly caller: Replier,
    readonly startedAt: number,
  ) {}

  reply(outcome: Outcome, _degraded: boolean, now: number): void {
    this.orchestrator.answered(this, outcome, now);
  }
}

interface Step extends ResolvedStep {
  outlet: Outlet;
}

const CALL = 0;

export class SagaOrchestrator implements PatternNode, EventTarget {
  readonly outlets: Outlet[] = [];
  readonly seriesColumns = SAGA_SERIES;
  readonly outcomes = new SagaOutcomes();
  private steps: Step[] = [];
  private unlinked: string[] = [];
  private asyncOutlets: Outlet[] = [];
  private readonly fault: FaultState;
  private readonly events: EventFactory;
  private readonly counts = { refused: 0, compensationCalls: 0, compensationRetries: 0 };
  private failedAt: number[] = [];
  private compensating = 0;

  constructor(
    readonly id: string,
    readonly params: SagaOrchestratorParams,
    private readonly ctx: RunContext,
  ) {
    this.fault = ctx.faults(id);
    this.events = new EventFactory(id);
  }

  start(): void {
    const rest = this.outlets.filter((o) => o.sync);
    const resolved = resolveSteps(this.params.steps, rest.map((o) => o.to));
    this.steps = resolved.steps.map((s) => ({ ...s, outlet: rest[s.link] }));
    this.unlinked = resolved.unlinked;
    this.failedAt = this.steps.map(() => 0);
    this.asyncOutlets = this.outlets.filter((o) => !o.sync);
  }

  accept(req: Request, caller: Replier, now: number): void {
    const rec = req.trace;
    const span = rec === undefined ? NO_SPAN : rec.open(rec.parent, this.id, 'service', this.id, now);
    if (this.fault.down || this.fault.takeFailFirst()) {
      // Down: the saga never starts, the caller is refused at once.
      if (req.counted) this.counts.refused++;
      rec?.close(span, now, 'error', 'orchestrator down: refused at once');
      return caller.reply('error', false, now);
    }
    const saga = new Saga(this, req, caller, now);
    saga.span = span;
    this.outcomes.begin(req.counted);
    this.log(saga, 'created', now);
    if (this.steps.length === 0) return this.end(saga, 'completed', now);
    this.next(saga, now);
  }

  /** The orchestrator records the saga's state before each call, then calls. */
  private next(saga: Saga, now: number): void {
    const ms = this.params.stepOverheadMs + this.fault.extraMs;
    if (saga.span >= 0 && ms > 0) saga.req.trace!.add(saga.span, 'save saga state', 'work', this.id, now, now + ms);
    this.ctx.kernel.schedule(now + ms, this, CALL, saga);
  }

  onEvent(_kind: number, data: unknown, now: number): void {
    const saga = data as Saga;
    const step = this.steps[saga.step];
    const op = saga.compensating ? step.compensation! : step.action;
    if (saga.compensating && saga.req.counted) this.counts.compensationCalls++;
    const req: Request = { id: saga.req.id, op, origin: this.id, createdAt: now, counted: saga.req.counted, key: saga.req.key, originAt: now, trace: saga.req.trace };
    if (saga.span >= 0) req.trace!.parent = saga.span;
    step.outlet.call(req, saga, now);
  }

  answered(saga: Saga, outcome: Outcome, now: number): void {
    if (!saga.compensating) {
      if (outcome === 'ok') {
        if (++saga.step === this.steps.length) return this.end(saga, 'completed', now);
        return this.next(saga, now);
      }
      saga.compensating = true;
      this.compensating++;
      saga.failedStep = saga.step;
      saga.failedWith = outcome;
      if (saga.req.counted) this.failedAt[saga.step]++;
      // A timed-out step may have happened after all: undo it as well as the ones before it.
      if (!(outcome === 'timeout' && this.params.compensateTimedOutStep)) saga.step--;
      return this.undoNext(saga, now);
    }
    if (outcome === 'ok') {
      saga.step--;
      saga.tries = 0;
      return this.undoNext(saga, now);
    }
    if (saga.tries < this.params.compensationRetries) {
      saga.tries++;
      if (saga.req.counted) this.counts.compensationRetries++;
      const wait = this.params.compensationRetryDelayMs;
      if (saga.span >= 0) saga.req.trace!.add(saga.span, 'wait to retry the undo', 'backoff', this.id, now, now + wait, `compensation failed (${outcome}), try ${saga.tries + 1} in ${fmtMs(wait)}`);
      this.ctx.kernel.schedule(now + wait, this, CALL, saga);
      return;
    }
    this.end(saga, 'stuck', now);
  }

  /** Undoes the newest done step that has an undo; when none is left the saga is compensated. */
  private undoNext(saga: Saga, now: number): void {
    while (saga.step >= 0 && this.steps[saga.step].compensation === undefined) saga.step--;
    if (saga.step < 0) return this.end(saga, 'compensated', now);
    this.next(saga, now);
  }

  private end(saga: Saga, how: SagaEnd, now: number): void {
    if (saga.compensating) this.compensating--;
    this.outcomes.end(how, saga.req.counted, now - saga.startedAt);
    if (how === 'compensated') this.ctx.incident(compensationIncident(this.id, `req-${saga.req.id}`, `${this.steps[saga.failedStep].to} failed (${saga.failedWith})`, now - saga.startedAt, now));
    this.log(saga, how, now);
    const rec = saga.req.trace;
    if (how === 'completed') {
      // The order is confirmed: its events go out now (outbox style), as a service's do after its write.
      for (const o of this.asyncOutlets) {
        if (rec !== undefined) rec.parent = saga.span;
        o.call(saga.req, NO_REPLY, now);
      }
    }
    const outcome: Outcome = how === 'completed' ? 'ok' : 'error';
    rec?.close(saga.span, now, outcome, how === 'completed' ? undefined : `saga ${how}: ${this.steps[saga.failedStep].to} failed (${saga.failedWith})`);
    saga.caller.reply(outcome, false, now);
  }

  private log(saga: Saga, what: 'created' | SagaEnd, now: number): void {
    const type = { created: 'created', completed: 'confirmed', compensated: 'cancelled', stuck: 'compensationFailed' }[what];
    const e = this.events.create({ eventType: `${this.params.aggregateType}.${type}`, aggregateType: this.params.aggregateType }, saga.req, now);
    if (saga.failedStep >= 0) {
      e.data.failedStep = this.steps[saga.failedStep].to;
      e.data.reason = saga.failedWith;
    }
    if (what === 'stuck') e.data.stuckAt = this.steps[saga.step].to;
    this.ctx.eventLog.append(e);
  }

  window(): number[] {
    return this.outcomes.window();
  }

  gauge() {
    const l = this.outcomes.live;
    return { queueDepth: 0, inFlight: l.inProgress, metrics: { inProgress: l.inProgress, compensating: this.compensating, completed: l.completed, compensated: l.compensated, stuck: l.stuck } };
  }

  report(): PatternReport {
    const values: Record<string, number> = { ...this.outcomes.values(), ...this.counts, steps: this.steps.length, unlinkedSteps: this.unlinked.length };
    this.steps.forEach((s, i) => (values[`failedAt.${s.to}`] = this.failedAt[i]));
    return { kind: 'sagaOrchestrator', values, summaries: this.outcomes.summaries() };
  }
}

export const sagaOrchestratorKind: PatternKind<typeof sagaOrchestratorSchema> = {
  info: sagaOrchestratorInfo,
  schema: sagaOrchestratorSchema,
  create: (id, params, ctx) => new SagaOrchestrator(id, params, ctx),
};
