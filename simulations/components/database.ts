/**
 * Database: a connection pool in front of transactions on rows. A request first waits for one of
 * `connections` (an M/M/c station when nothing else gets in the way), then a read runs its query
 * and a write runs a transaction that locks its rows until it commits. Writes to the same row from
 * any caller queue for its lock while holding their connection, which is how contention on a few
 * hot rows, or a long transaction of one service, reaches everyone who shares the database.
 * It is also a two-phase-commit participant: PREPARE locks and votes, and the rows stay locked,
 * in doubt, until COMMIT or ABORT for that transaction arrives (see database-2pc.ts).
 */
import type { EventTarget } from '../core/kernel';
import type { Rng } from '../core/rng';
import { createSampler, type Sampler } from '../core/distributions';
import type { Outcome, Replier, Request } from '../core/types';
import type { FaultState } from '../faults/fault-state';
import { NODE_SERIES } from '../metrics/node-stats';
import type { RunContext } from '../run/context';
import { fmtMs, NO_SPAN } from '../trace/recording';
import { PreparedTransactions } from './database-2pc';
import { LockTable } from './database-locks';
import { ConnectionLine } from './database-pool';
import { ABORT, classify, COMMIT, DONE, pickRows, PREPARE, Query, READ, RUNNING, WAITING_FOR_CONNECTION, WRITE } from './database-query';
import { DATABASE_SERIES_EXTRA, DatabaseStats, type DatabaseLive } from './database-stats';
import type { PatternKind, PatternNode, PatternReport } from './pattern-kind';
import { databaseSchema, type DatabaseParams, databaseInfo } from './database.schema';

export { databaseSchema, type DatabaseParams } from './database.schema';

const STEP_DONE = 0;
const LOCK_TIMEOUT = 1;
const ACQUIRE_TIMEOUT = 2;

export class Database implements PatternNode, EventTarget {
  readonly outlets = [];
  readonly seriesColumns = [...NODE_SERIES, ...DATABASE_SERIES_EXTRA];
  readonly stats: DatabaseStats;
  private readonly locks: LockTable<Query>;
  private readonly twoPhase: PreparedTransactions;
  private readonly line = new ConnectionLine();
  private busy = 0;
  private inFlight = 0;
  private readonly capacity: number;
  private readonly read: Sampler;
  private readonly transaction: Sampler;
  private readonly byOp = new Map<string, Sampler>();
  private readonly kinds: Rng;
  private readonly rowRng: Rng;
  private readonly errors: Rng;
  private readonly fault: FaultState;
  private readonly hot: number;

  constructor(
    readonly id: string,
    readonly params: DatabaseParams,
    private readonly ctx: RunContext,
  ) {
    this.stats = new DatabaseStats(params.connections, ctx.warmupMs);
    this.capacity = params.waitCapacity ?? Infinity;
    const work = ctx.stream(`${id}/work`);
    this.read = createSampler(params.readTime, work);
    this.transaction = createSampler(params.transactionTime, work);
    for (const [op, d] of Object.entries(params.operations ?? {})) this.byOp.set(op, createSampler(d, work));
    this.kinds = ctx.stream(`${id}/kinds`);
    this.rowRng = ctx.stream(`${id}/rows`);
    this.errors = ctx.stream(`${id}/errors`);
    this.fault = ctx.faults(id);
    this.hot = Math.min(params.hotRows, params.rows);
    this.locks = new LockTable<Query>((q, now) => this.lockGranted(q, now));
    this.twoPhase = new PreparedTransactions(ctx, this.locks);
  }

  accept(req: Request, caller: Replier, now: number): void {
    this.stats.pool.onArrival(req.counted);
    const type = classify(req.op, this.params.writeShare, this.kinds);
    if (req.counted) this.stats.onQuery(type, req.origin);
    const rec = req.trace;
    const span = rec === undefined ? NO_SPAN : rec.open(rec.parent, this.id, 'service', this.id, now);
    const decided = type === PREPARE && this.twoPhase.decision(req.key) !== undefined;
    if (this.fault.down || this.fault.takeFailFirst() || decided) {
      // Down: connection refused at once. A PREPARE that comes after its decision votes no at once.
      this.stats.pool.onFinish(req.counted, false, 0);
      rec?.close(span, now, 'error', decided ? 'already decided: votes no' : 'database down: refused at once');
      return caller.reply('error', false, now);
    }
    const q = new Query(req, caller, type, now);
    q.span = span;
    if (this.busy < this.params.connections) this.begin(q, now);
    else if (this.line.waiting < this.capacity) this.wait(q, now);
    else {
      this.stats.pool.onReject(req.counted);
      rec?.close(span, now, 'rejected', `pool exhausted: ${this.line.waiting} waiting for a connection`);
      return caller.reply('rejected', false, now);
    }
    this.inFlight++;
    this.observe(now);
  }

  private wait(q: Query, now: number): void {
    this.line.push(q);
    if (Number.isFinite(this.params.acquireTimeoutMs)) this.ctx.kernel.schedule(now + this.params.acquireTimeoutMs, this, ACQUIRE_TIMEOUT, q);
  }

  /** A connection is free for `q`: a read or decision runs, a write starts taking its locks. */
  private begin(q: Query, now: number): void {
    this.stats.pool.busyChanging(this.busy, now);
    this.busy++;
    q.state = RUNNING;
    q.startedAt = now;
    this.stats.pool.onStart(q.req.counted, now - q.arrivedAt);
    if (q.span >= 0 && now > q.arrivedAt) q.req.trace!.add(q.span, 'connection wait', 'wait', this.id, q.arrivedAt, now, `waited ${fmtMs(now - q.arrivedAt)} for a connection`);
    const own = this.byOp.get(q.req.op);
    const extra = this.fault.extraMs;
    if (q.type === READ || q.type === COMMIT || q.type === ABORT) {
      const ms = (own ? own() : q.type === READ ? this.read() : this.params.applyDecisionMs) + extra;
      return this.ctx.kernel.schedule(now + ms, this, STEP_DONE, q);
    }
    const p = this.params;
    q.rows = pickRows(this.rowRng, p.rowsPerWrite, p.rows, this.hot, p.hotRowShare, p.sortedLocks);
    q.stepMs = ((own ? own() : this.transaction()) + extra) / q.rows.length;
    this.lockNext(q, now);
  }

  private lockNext(q: Query, now: number): void {
    const r = this.locks.acquire(q, q.rows[q.step]);
    if (r === 'granted') return this.ctx.kernel.schedule(now + q.stepMs, this, STEP_DONE, q);
    if (r === 'deadlock') {
      if (q.req.counted) this.stats.counts.deadlocks++;
      return this.end(q, 'error', now, 'deadlock: rolled back as the victim');
    }
    q.waitSince = now;
    this.ctx.kernel.schedule(now + this.params.lockTimeoutMs, this, LOCK_TIMEOUT, q);
    this.observe(now);
  }

  private lockGranted(q: Query, now: number): void {
    this.noteLockWait(q, now);
    this.ctx.kernel.schedule(now + q.stepMs, this, STEP_DONE, q);
  }

  private noteLockWait(q: Query, now: number): void {
    q.lockWaitMs += now - q.waitSince;
    q.waited = true;
    if (q.span >= 0) q.req.trace!.add(q.span, 'lock wait', 'wait', this.id, q.waitSince, now, `waited ${fmtMs(now - q.waitSince)} for the lock on row ${q.rows[q.step]}`);
  }

  onEvent(kind: number, data: unknown, now: number): void {
    const q = data as Query;
    if (kind === ACQUIRE_TIMEOUT) {
      // Only if it is still in line from that arrival (a served query has moved on).
      if (q.state !== WAITING_FOR_CONNECTION || now < q.arrivedAt + this.params.acquireTimeoutMs) return;
      q.state = DONE;
      this.line.left();
      this.inFlight--;
      if (q.req.counted) this.stats.counts.acquireTimeouts++;
      this.stats.pool.onReject(q.req.counted);
      if (q.span >= 0) q.req.trace!.close(q.span, now, 'rejected', `no connection within ${fmtMs(this.params.acquireTimeoutMs)}`);
      return q.caller.reply('rejected', false, now);
    }
    if (kind === LOCK_TIMEOUT) {
      // Only if it is still in the wait that this timer was set for.
      if (q.waitingRow < 0 || now < q.waitSince + this.params.lockTimeoutMs) return;
      this.locks.cancelWait(q);
      this.noteLockWait(q, now);
      if (q.req.counted) this.stats.counts.lockTimeouts++;
      return this.end(q, 'error', now, 'lock wait timeout: rolled back');
    }
    if (q.type === WRITE || q.type === PREPARE) {
      if (++q.step < q.rows.length) return this.lockNext(q, now);
    } else if (q.type !== READ) {
      this.twoPhase.decide(q, now);
      return this.end(q, 'ok', now);
    }
    const errorRate = this.fault.errorRate(this.params.errorRate);
    if (errorRate > 0 && this.errors.next() < errorRate) return this.end(q, 'error', now, q.type === READ ? 'query failed' : 'transaction failed: rolled back');
    if (q.type === PREPARE) {
      // An ABORT that overtook this PREPARE makes it roll back; a duplicate of a prepared or committed one just says yes again.
      if (this.twoPhase.decision(q.req.key) === false) return this.end(q, 'error', now, 'aborted before it was prepared');
      if (this.twoPhase.vote(q, now)) return this.end(q, 'ok', now, 'prepared: rows stay locked until the decision');
    }
    this.end(q, 'ok', now);
  }

  /** The query is answered: its locks go (unless prepared), then its connection, then the reply. */
  private end(q: Query, outcome: Outcome, now: number, note?: string): void {
    q.state = DONE;
    this.inFlight--;
    if (q.held.length > 0 && !this.twoPhase.holds(q)) this.locks.releaseAll(q, now);
    if (q.waited) this.stats.onLockWait(q.req.origin, q.lockWaitMs, q.req.counted);
    this.stats.pool.onFinish(q.req.counted, outcome === 'ok', now - q.arrivedAt);
    if (q.span >= 0) q.req.trace!.close(q.span, now, outcome, note);
    this.release(now);
    this.observe(now);
    q.caller.reply(outcome, false, now);
  }

  private release(now: number): void {
    this.stats.pool.busyChanging(this.busy, now);
    this.busy--;
    const next = this.line.take();
    if (next) this.begin(next, now);
  }

  private live(): DatabaseLive {
    return { waiting: this.line.waiting, busy: this.busy, inFlight: this.inFlight, lockWaiting: this.locks.waiting, locksHeld: this.locks.locked, inDoubt: this.twoPhase.inDoubt };
  }

  private observe(now: number): void {
    this.stats.observe(now, this.line.waiting, this.locks.waiting, this.locks.locked, this.twoPhase.inDoubt);
  }

  window(now: number): number[] {
    return this.stats.window(now, this.live());
  }

  gauge() {
    const l = this.live();
    return {
      queueDepth: l.waiting,
      inFlight: l.inFlight,
      busy: l.busy,
      workers: this.params.connections,
      metrics: { connectionsInUse: l.busy, waitingForConnection: l.waiting, blockedOnLocks: l.lockWaiting, locksHeld: l.locksHeld, inDoubt: l.inDoubt, blockedByInDoubt: this.twoPhase.blockedBehind() },
    };
  }

  report(now: number): PatternReport {
    return this.stats.report(now, this.live());
  }
}

export const databaseKind: PatternKind<typeof databaseSchema> = {
  info: databaseInfo,
  schema: databaseSchema,
  create: (id, params, ctx) => new Database(id, params, ctx),
};
