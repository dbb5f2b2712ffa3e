/**
 * A database's side of two-phase commit. PREPARE runs like a write transaction, but instead of
 * committing it votes yes and keeps its row locks: the transaction is now in doubt and the database
 * may neither commit nor roll it back until the coordinator's COMMIT or ABORT for the same
 * transaction key arrives. A coordinator that is down leaves it there, locks and all.
 *
 * Decisions are remembered for a while (bounded), so a PREPARE that arrives after its ABORT (it
 * was slow, the coordinator gave up on it), or a duplicate from a retry, never leaves an orphan
 * holding locks.
 */
import type { RunContext } from '../run/context';
import type { LockTable } from './database-locks';
import { ABORT, type Query } from './database-query';
import { LEDGER_KEY, TwoPhaseLedger } from './two-phase-ledger';

/** How many recent decisions are remembered (oldest forgotten first). */
const REMEMBERED = 10_000;

export class PreparedTransactions {
  private readonly prepared = new Map<number, Query>();
  private readonly decided = new Map<number, boolean>();
  /** Ring of the remembered keys, oldest overwritten first. */
  private readonly order = new Float64Array(REMEMBERED);
  private remembered = 0;
  private ledger?: TwoPhaseLedger;

  constructor(
    private readonly ctx: RunContext,
    private readonly locks: LockTable<Query>,
  ) {}

  /** Transactions prepared and waiting for the decision. */
  get inDoubt(): number {
    return this.prepared.size;
  }

  private shared(): TwoPhaseLedger {
    return (this.ledger ??= this.ctx.shared(LEDGER_KEY, () => new TwoPhaseLedger()));
  }

  /** The decision for `tx` is known already: true committed, false aborted, undefined not yet. */
  decision(tx: number): boolean | undefined {
    return this.decided.get(tx);
  }

  /** Whether `q` is a prepared transaction (its locks stay when its PREPARE is answered). */
  holds(q: Query): boolean {
    return this.prepared.get(q.req.key) === q;
  }

  /** PREPARE finished its work: vote yes and keep the locks. False for a duplicate or one already decided. */
  vote(q: Query, now: number): boolean {
    const tx = q.req.key;
    if (this.decided.has(tx) || this.prepared.has(tx)) return false;
    q.preparedAt = now;
    this.prepared.set(tx, q);
    this.shared().prepared(tx, q.held.length);
    return true;
  }

  /** COMMIT or ABORT reached this database: a prepared transaction commits or rolls back, releasing its rows. */
  decide(q: Query, now: number): void {
    const tx = q.req.key;
    this.remember(tx, q.type !== ABORT);
    const p = this.prepared.get(tx);
    if (!p) return; // it voted no, never got here, or this is a repeat: nothing to do, and the answer is still ok
    this.prepared.delete(tx);
    const locks = p.held.length;
    this.locks.releaseAll(p, now);
    this.shared().resolved(tx, locks, p.preparedAt, now, p.req.counted);
  }

  private remember(tx: number, committed: boolean): void {
    if (this.decided.has(tx)) return;
    const slot = this.remembered++ % REMEMBERED;
    if (this.remembered > REMEMBERED) this.decided.delete(this.order[slot]);
    this.order[slot] = tx;
    this.decided.set(tx, committed);
  }

  /** Writes waiting for a row that an in-doubt transaction holds. */
  blockedBehind(): number {
    let n = 0;
    for (const p of this.prepared.values()) for (const row of p.held) n += this.locks.waitersOf(row);
    return n;
  }
}
