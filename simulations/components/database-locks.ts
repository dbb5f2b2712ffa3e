/**
 * A database's row locks: exclusive, handed to waiters first come first served, re-entrant for the
 * transaction that already holds the row. Only writes lock: reads are snapshot reads (MVCC, as in
 * PostgreSQL and InnoDB's consistent reads), so they never wait here.
 *
 * A request whose chain of holders leads back to the requester is a deadlock. The requester is the
 * victim, as InnoDB's detector rolls one transaction back at once instead of letting both wait for
 * the lock timeout. Each waiter waits for one row and each row has one holder, so the chain is a
 * path and following it is cheap.
 */

export interface LockOwner {
  /** The row it is waiting for, or -1. */
  waitingRow: number;
  /** Rows it holds, in the order taken. */
  readonly held: number[];
}

interface RowLock<T> {
  holder: T;
  waiters: T[];
}

export type LockResult = 'granted' | 'waiting' | 'deadlock';

/** Longest holder chain followed; far beyond any real one, it only guards against a bug looping forever. */
const MAX_CHAIN = 100_000;

export class LockTable<T extends LockOwner> {
  private readonly rows = new Map<number, RowLock<T>>();
  /** Owners waiting for a row right now. */
  waiting = 0;

  /** `onGrant` is told when a waiter is handed the row it waited for. */
  constructor(private readonly onGrant: (owner: T, now: number) => void) {}

  /** Rows locked right now. */
  get locked(): number {
    return this.rows.size;
  }

  holderOf(row: number): T | undefined {
    return this.rows.get(row)?.holder;
  }

  /** Waiters in line for `row`. */
  waitersOf(row: number): number {
    return this.rows.get(row)?.waiters.length ?? 0;
  }

  acquire(owner: T, row: number): LockResult {
    const lock = this.rows.get(row);
    if (!lock) {
      this.rows.set(row, { holder: owner, waiters: [] });
      owner.held.push(row);
      return 'granted';
    }
    if (lock.holder === owner) return 'granted';
    if (this.leadsBackTo(lock.holder, owner)) return 'deadlock';
    lock.waiters.push(owner);
    owner.waitingRow = row;
    this.waiting++;
    return 'waiting';
  }

  /** Gives up a wait (a lock timeout): the owner leaves the row's line. */
  cancelWait(owner: T): void {
    if (owner.waitingRow < 0) return;
    const lock = this.rows.get(owner.waitingRow);
    const i = lock ? lock.waiters.indexOf(owner) : -1;
    if (i >= 0) lock!.waiters.splice(i, 1);
    owner.waitingRow = -1;
    this.waiting--;
  }

  /** Commit or rollback: every row the owner holds passes to the first in its line. */
  releaseAll(owner: T, now: number): void {
    const held = owner.held;
    for (let i = 0; i < held.length; i++) {
      const row = held[i];
      const lock = this.rows.get(row)!;
      const next = lock.waiters.shift();
      if (next === undefined) {
        this.rows.delete(row);
        continue;
      }
      lock.holder = next;
      next.waitingRow = -1;
      next.held.push(row);
      this.waiting--;
      this.onGrant(next, now);
    }
    held.length = 0;
  }

  private leadsBackTo(holder: T, owner: T): boolean {
    let h: T | undefined = holder;
    for (let n = 0; h !== undefined && n < MAX_CHAIN; n++) {
      if (h === owner) return true;
      if (h.waitingRow < 0) return false;
      h = this.rows.get(h.waitingRow)?.holder;
    }
    return false;
  }
}
