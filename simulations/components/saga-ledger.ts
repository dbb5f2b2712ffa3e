/**
 * The choreographed saga as nobody in it sees it: which participants have done their step of
 * which saga, and so when the saga as a whole has completed, been compensated or got stuck. No
 * participant learns from it how the saga goes — in a choreography each one knows only the events
 * it receives — it is the observer that measures outcomes and time to consistency. Participants
 * keep one thing here that a real service keeps in its own database: whether they already did (or
 * undid) their step of this saga, so a redelivered event is not acted on twice; kept here once, it
 * is forgotten with the saga.
 *
 * Shared by the run's participants through `ctx.shared('sagas', …)`, keyed by the saga id: the
 * correlation id its events carry (`req-<id>` of the request that started it). A finished saga is
 * forgotten, so memory follows the sagas in progress, not the run's length.
 */
import type { RunContext } from '../run/context';
import type { Incident } from '../events/incidents';
import { compensationIncident } from '../events/incident-texts';
import type { SagaEnd, SagaOutcomes } from './saga-outcomes';

export interface SagaEntry {
  readonly outcomes: SagaOutcomes;
  readonly startedAt: number;
  readonly counted: boolean;
  /** Participants that have started their step (each acts on its trigger once). */
  readonly touched: string[];
  /** Participants whose done step can be, and is not yet, undone. */
  readonly undoable: string[];
  failed: boolean;
  /** The participant whose step failed (for the explanation). */
  failedBy?: string;
}

export class SagaLedger {
  private readonly open = new Map<string, SagaEntry>();

  constructor(private readonly incident?: (i: Incident) => void) {}

  begin(id: string, outcomes: SagaOutcomes, now: number, counted: boolean): SagaEntry {
    const e: SagaEntry = { outcomes, startedAt: now, counted, touched: [], undoable: [], failed: false };
    this.open.set(id, e);
    outcomes.begin(counted);
    return e;
  }

  /** The saga in progress, or undefined once it has ended (late or duplicate events find nothing). */
  get(id: string): SagaEntry | undefined {
    return this.open.get(id);
  }

  /** A participant starts its step of the saga (from now on a redelivered trigger is a duplicate). */
  touch(id: string, participant: string): void {
    this.open.get(id)?.touched.push(participant);
  }

  stepDone(id: string, participant: string, canUndo: boolean, completes: boolean, now: number): void {
    const e = this.open.get(id);
    if (!e) return;
    if (canUndo) e.undoable.push(participant);
    if (completes && !e.failed) this.finish(id, e, 'completed', now);
  }

  stepFailed(id: string, now: number, by?: string): void {
    const e = this.open.get(id);
    if (!e) return;
    e.failed = true;
    e.failedBy ??= by;
    if (e.undoable.length === 0) this.finish(id, e, 'compensated', now);
  }

  undone(id: string, participant: string, now: number): void {
    const e = this.open.get(id);
    if (!e) return;
    const i = e.undoable.indexOf(participant);
    if (i >= 0) e.undoable.splice(i, 1);
    if (e.failed && e.undoable.length === 0) this.finish(id, e, 'compensated', now);
  }

  stuck(id: string, now: number): void {
    const e = this.open.get(id);
    if (e) this.finish(id, e, 'stuck', now);
  }

  private finish(id: string, e: SagaEntry, how: SagaEnd, now: number): void {
    this.open.delete(id);
    e.outcomes.end(how, e.counted, now - e.startedAt);
    if (how === 'compensated') this.incident?.(compensationIncident(e.failedBy ?? 'saga', id, `${e.failedBy ?? 'a step'} failed`, now - e.startedAt, now));
  }
}

/** The run's one ledger (created by the first participant that asks). */
export const sagaLedgerOf = (ctx: Pick<RunContext, 'shared' | 'incident'>): SagaLedger => ctx.shared('sagas', () => new SagaLedger((i) => ctx.incident(i)));

/**
 * What an event delivered to a participant asks of it: its step (its trigger, not yet acted on),
 * an undo (a compensation event, and it has a done step to undo), nothing again (a duplicate), or
 * nothing at all (not its event, or its saga has ended).
 */
export function routeEvent(saga: SagaEntry | undefined, type: string, participant: string, trigger: string | undefined, undoOn: ReadonlySet<string>): 'step' | 'undo' | 'duplicate' | 'ignore' {
  if (saga === undefined) return 'ignore';
  if (type === trigger) return saga.touched.includes(participant) ? 'duplicate' : 'step';
  if (undoOn.has(type)) return saga.undoable.includes(participant) ? 'undo' : 'duplicate';
  return 'ignore';
}
