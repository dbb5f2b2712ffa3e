/**
 * Two-phase commit coordinator. For each request it opens a transaction and sends PREPARE to every
 * participant (its outgoing REST links: databases, or services that pass it on to theirs). A yes
 * vote is an ok answer; an error, a timeout, or no answer within `timeoutMs` is a no. All yes:
 * it forces COMMIT to its log, then sends it to everyone; any no: ABORT. A participant that voted
 * yes is in doubt, holding its locks, until the decision reaches it — and only the coordinator can
 * send it. The request is answered once every participant has acknowledged the decision.
 *
 * A coordinator outage is a crash: it refuses new requests, and votes or acknowledgements that
 * arrive meanwhile are lost. When it comes back it recovers from its log (presumed abort): what
 * was decided is sent again, what was not is aborted. Until then its participants stay in doubt.
 */
import type { EventTarget } from '../core/kernel';
import type { Rng } from '../core/rng';
import { NO_REPLY, type Outcome, type Replier, type Request } from '../core/types';
import type { FaultState } from '../faults/fault-state';
import type { RunContext } from '../run/context';
import type { Outlet } from './outlet';
import type { PatternKind, PatternNode, PatternReport } from './pattern-kind';
import { LEDGER_KEY, TwoPhaseLedger, type InDoubtStats } from './two-phase-ledger';
import { ABORT, COMMIT, TwoPhaseStats, Tx, UNDECIDED } from './two-phase-tx';
import { twoPhaseCoordinatorSchema, type TwoPhaseCoordinatorParams, twoPhaseCoordinatorInfo } from './two-phase.schema';

export { twoPhaseCoordinatorSchema, type TwoPhaseCoordinatorParams } from './two-phase.schema';

/** A participant's answer to PREPARE. */
class Vote implements Replier {
  constructor(
    readonly tx: Tx,
    readonly i: number,
  ) {}
  reply(outcome: Outcome, _degraded: boolean, now: number): void {
    (this.tx.coordinator as TwoPhaseCoordinator).voted(this, outcome, now);
  }
}

/** A participant's acknowledgement of the decision. */
class Ack implements Replier {
  /** Failed or timed out: a resend is on its way. */
  settled = false;
  constructor(
    readonly tx: Tx,
    readonly i: number,
  ) {}
  reply(outcome: Outcome, _degraded: boolean, now: number): void {
    (this.tx.coordinator as TwoPhaseCoordinator).acked(this, outcome, now);
  }
}

const DECIDE = 0;
const VOTE_TIMEOUT = 1;
const RESEND = 2;
const ACK_TIMEOUT = 3;

export class TwoPhaseCoordinator implements PatternNode, EventTarget {
  readonly outlets: Outlet[] = [];
  readonly seriesColumns = ['active', 'inDoubt', 'locksHeld', 'committed', 'aborted'] as const;
  readonly stats = new TwoPhaseStats();
  private participants: Outlet[] = [];
  private events: Outlet[] = [];
  private readonly active = new Set<Tx>();
  private readonly fault: FaultState;
  private readonly refusals: Rng;
  private readonly ledger: TwoPhaseLedger;
  private readonly inDoubt: InDoubtStats;
  /** It crashed while transactions were open: recovery is due when it comes back. */
  private crashed = false;

  constructor(
    readonly id: string,
    readonly params: TwoPhaseCoordinatorParams,
    private readonly ctx: RunContext,
  ) {
    this.fault = ctx.faults(id);
    this.refusals = ctx.stream(`${id}/errors`);
    this.ledger = ctx.shared(LEDGER_KEY, () => new TwoPhaseLedger());
    this.inDoubt = this.ledger.statsOf(id);
    this.fault.onHeal.push(() => this.recover(ctx.kernel.now));
  }

  start(): void {
    this.participants = this.outlets.filter((o) => o.sync);
    this.events = this.outlets.filter((o) => !o.sync);
  }

  accept(req: Request, caller: Replier, now: number): void {
    if (req.counted) this.stats.started++;
    const errorRate = this.fault.errorRate(0);
    if (this.fault.down || this.fault.takeFailFirst() || (errorRate > 0 && this.refusals.next() < errorRate)) {
      if (req.counted) this.stats.refused++;
      return caller.reply('error', false, now);
    }
    const tx = new Tx(this, this.ctx.nextRequestId(), req, caller, now, this.participants.length);
    this.active.add(tx);
    this.ledger.begin(tx.id, this.id);
    const rec = req.trace;
    if (rec) tx.span = rec.open(rec.parent, this.id, 'service', this.id, now);
    if (tx.n === 0) return this.decide(tx, COMMIT, now);
    this.ctx.kernel.schedule(now + this.params.timeoutMs, this, VOTE_TIMEOUT, tx);
    for (let i = 0; i < tx.n; i++) this.send(tx, i, 'PREPARE', new Vote(tx, i), now);
  }

  private send(tx: Tx, i: number, op: string, replier: Replier, now: number): void {
    const req: Request = { ...tx.req, op, key: tx.id };
    if (tx.span >= 0) req.trace!.parent = tx.span;
    this.participants[i].call(req, replier, now);
  }

  /**
   * Anything that reaches a crashed coordinator is lost; it is noted so recovery runs when it is back.
   * (A crash is noticed this way: one that nothing reached changed nothing but the refusals.)
   */
  private lost(): boolean {
    if (!this.fault.down) return false;
    this.crashed = true;
    return true;
  }

  voted(v: Vote, outcome: Outcome, now: number): void {
    const tx = v.tx;
    if (tx.done || tx.decision !== UNDECIDED || this.lost()) return;
    if (outcome !== 'ok') {
      if (tx.req.counted) this.stats.noVotes++;
      return this.decide(tx, ABORT, now);
    }
    if (++tx.yes === tx.n) this.decide(tx, COMMIT, now);
  }

  private decide(tx: Tx, decision: number, now: number): void {
    tx.decision = decision;
    this.ctx.kernel.schedule(now + this.params.decisionLogMs + this.fault.extraMs, this, DECIDE, tx);
  }

  onEvent(kind: number, data: unknown, now: number): void {
    if (kind === RESEND || kind === ACK_TIMEOUT) {
      const a = data as Ack;
      if (a.tx.done || a.tx.acked[a.i] || (kind === ACK_TIMEOUT && a.settled) || this.lost()) return;
      if (kind === ACK_TIMEOUT) {
        a.settled = true;
        if (a.tx.req.counted) this.stats.decisionRetries++;
      }
      return this.sendDecision(a.tx, a.i, now);
    }
    const tx = data as Tx;
    if (tx.done || tx.logged) return;
    if (kind === VOTE_TIMEOUT) {
      if (tx.decision !== UNDECIDED || this.lost()) return;
      if (tx.req.counted) this.stats.voteTimeouts++;
      return this.decide(tx, ABORT, now);
    }
    if (this.lost()) return; // the decision never reached the log: recovery will presume abort
    tx.logged = true;
    this.phaseTwo(tx, now);
  }

  /** Sends the decision to every participant that has not acknowledged it yet. */
  private phaseTwo(tx: Tx, now: number): void {
    if (tx.acksLeft === 0) return this.finish(tx, now);
    for (let i = 0; i < tx.n; i++) if (!tx.acked[i]) this.sendDecision(tx, i, now);
  }

  /** The decision to participant `i`; if no answer comes within the timeout, it goes again. */
  private sendDecision(tx: Tx, i: number, now: number): void {
    const a = new Ack(tx, i);
    this.ctx.kernel.schedule(now + this.params.timeoutMs, this, ACK_TIMEOUT, a);
    this.send(tx, i, tx.decisionOp, a, now);
  }

  acked(a: Ack, outcome: Outcome, now: number): void {
    const tx = a.tx;
    if (tx.done || tx.acked[a.i] || this.lost()) return;
    if (outcome !== 'ok') {
      // The decision must get through: try again later, for as long as it takes.
      if (a.settled) return;
      a.settled = true;
      if (tx.req.counted) this.stats.decisionRetries++;
      return this.ctx.kernel.schedule(now + this.params.retryDelayMs, this, RESEND, a);
    }
    tx.acked[a.i] = true;
    if (--tx.acksLeft === 0) this.finish(tx, now);
  }

  /** Back after a crash: what was logged is sent again, what was not is aborted (presumed abort). */
  private recover(now: number): void {
    if (!this.crashed || this.fault.down) return;
    this.crashed = false;
    for (const tx of [...this.active]) {
      if (tx.done) continue;
      if (!tx.logged) {
        tx.decision = ABORT;
        tx.logged = true;
        if (tx.req.counted) this.stats.presumedAborts++;
      } else if (tx.req.counted) this.stats.resentAfterRecovery++;
      this.phaseTwo(tx, now);
    }
  }

  private finish(tx: Tx, now: number): void {
    tx.done = true;
    this.active.delete(tx);
    this.ledger.end(tx.id);
    const committed = tx.decision === COMMIT;
    this.stats.onFinish(tx, committed, now);
    if (tx.span >= 0) tx.req.trace!.close(tx.span, now, committed ? 'ok' : 'error', committed ? 'committed' : 'aborted');
    if (committed) for (const o of this.events) if (o.probability >= 1 || this.refusals.next() < o.probability) o.call(tx.req, NO_REPLY, now);
    tx.caller.reply(committed ? 'ok' : 'error', false, now);
  }

  window(): number[] {
    return this.stats.window(this.active.size, this.inDoubt.inDoubt, this.inDoubt.locks);
  }

  gauge() {
    const d = this.inDoubt;
    return { queueDepth: 0, inFlight: this.active.size, metrics: { active: this.active.size, inDoubt: d.inDoubt, locksHeld: d.locks, committed: this.stats.committed, aborted: this.stats.aborted } };
  }

  report(): PatternReport {
    return this.stats.report(this.active, this.inDoubt);
  }
}

export const twoPhaseCoordinatorKind: PatternKind<typeof twoPhaseCoordinatorSchema> = {
  info: twoPhaseCoordinatorInfo,
  schema: twoPhaseCoordinatorSchema,
  create: (id, params, ctx) => new TwoPhaseCoordinator(id, params, ctx),
};
