/**
 * A database's counters: the connection pool as a queueing station (arrivals, wait for a
 * connection, utilisation — NodeStats, the same numbers a service reports), plus what transactions
 * did to each other (lock waits, timeouts, deadlocks), per origin so coupling between the services
 * that share it shows.
 */
import { LogHistogram, type Summary } from '../metrics/histogram';
import { NodeStats } from '../metrics/node-stats';
import { ABORT, COMMIT, READ, WRITE, type QueryType } from './database-query';
import type { PatternReport } from './pattern-kind';

interface OriginCounts {
  writes: number;
  lockWaits: number;
  lockWaitMs: number;
}

/** Origins listed by name; the rest are summed under OTHER, so a report stays a readable size. */
const MAX_ORIGINS = 12;
const OTHER = '(other)';

/** Values that only mean something where two-phase commit runs. */
const TWO_PHASE_VALUES = ['prepares', 'commits', 'aborts', 'maxInDoubt', 'inDoubtAtEnd'] as const;

export interface DatabaseLive {
  waiting: number;
  busy: number;
  inFlight: number;
  lockWaiting: number;
  locksHeld: number;
  inDoubt: number;
}

export class DatabaseStats {
  readonly pool: NodeStats;
  readonly counts = { reads: 0, writes: 0, prepares: 0, commits: 0, aborts: 0, acquireTimeouts: 0, lockWaits: 0, lockTimeouts: 0, deadlocks: 0 };
  readonly max = { waitingForConnection: 0, blockedOnLocks: 0, locksHeld: 0, inDoubt: 0 };
  private readonly lockWait = new LogHistogram();
  private readonly origins = new Map<string, OriginCounts>();
  /** Lock waits that ended in the current window (for the time series). */
  private windowLockWaits = 0;

  constructor(
    connections: number,
    private readonly warmupMs: number,
  ) {
    this.pool = new NodeStats(connections, warmupMs);
  }

  private origin(name: string): OriginCounts {
    let o = this.origins.get(name);
    if (!o) {
      if (this.origins.size >= MAX_ORIGINS) return this.origin(OTHER);
      this.origins.set(name, (o = { writes: 0, lockWaits: 0, lockWaitMs: 0 }));
    }
    return o;
  }

  /** A counted query arrived. Writes and PREPAREs count per origin: they are what collides. */
  onQuery(type: QueryType, origin: string): void {
    const c = this.counts;
    if (type === READ) c.reads++;
    else if (type === COMMIT) c.commits++;
    else if (type === ABORT) c.aborts++;
    else {
      if (type === WRITE) c.writes++;
      else c.prepares++;
      this.origin(origin).writes++;
    }
  }

  /** A write (or PREPARE) that had to wait for row locks, `ms` in all; counted or not. */
  onLockWait(origin: string, ms: number, counted: boolean): void {
    this.windowLockWaits++;
    if (!counted) return;
    this.counts.lockWaits++;
    this.lockWait.record(ms);
    const o = this.origin(origin);
    o.lockWaits++;
    o.lockWaitMs += ms;
  }

  /** Keeps the peaks of the live numbers (after the warm-up). */
  observe(now: number, waiting: number, lockWaiting: number, locksHeld: number, inDoubt: number): void {
    if (now < this.warmupMs) return;
    const m = this.max;
    if (waiting > m.waitingForConnection) m.waitingForConnection = waiting;
    if (lockWaiting > m.blockedOnLocks) m.blockedOnLocks = lockWaiting;
    if (locksHeld > m.locksHeld) m.locksHeld = locksHeld;
    if (inDoubt > m.inDoubt) m.inDoubt = inDoubt;
  }

  window(now: number, live: DatabaseLive): number[] {
    const row = [...this.pool.window(now, live.waiting, live.busy, live.inFlight), live.lockWaiting, live.locksHeld, live.inDoubt, this.windowLockWaits];
    this.windowLockWaits = 0;
    return row;
  }

  report(now: number, live: DatabaseLive): PatternReport {
    const p = this.pool.report(now, live.busy);
    const values: Record<string, number> = {
      queries: p.arrivals,
      ...this.counts,
      succeeded: p.completed,
      failed: p.failed,
      rejected: p.rejected,
      inFlightAtEnd: p.arrivals - p.completed - p.failed - p.rejected,
      poolUtilisation: p.utilization,
      maxWaitingForConnection: this.max.waitingForConnection,
      maxBlockedOnLocks: this.max.blockedOnLocks,
      maxLocksHeld: this.max.locksHeld,
      maxInDoubt: this.max.inDoubt,
      locksHeldAtEnd: live.locksHeld,
      inDoubtAtEnd: live.inDoubt,
    };
    // A database nobody runs two-phase commit against reports no 2PC numbers (all zero, they only distract).
    const c = this.counts;
    if (c.prepares + c.commits + c.aborts === 0 && live.inDoubt === 0) for (const k of TWO_PHASE_VALUES) delete values[k];
    for (const [name, o] of this.origins) {
      values[`writes.${name}`] = o.writes;
      values[`lockWaits.${name}`] = o.lockWaits;
      values[`meanLockWaitMs.${name}`] = o.lockWaits === 0 ? 0 : o.lockWaitMs / o.lockWaits;
    }
    const summaries: Record<string, Summary> = { connectionWaitMs: p.waitMs, lockWaitMs: this.lockWait.summary(), responseMs: p.responseMs };
    return { kind: 'database', values, summaries };
  }
}

export const DATABASE_SERIES_EXTRA = ['lockWaiting', 'locksHeld', 'inDoubt', 'lockWaits'] as const;
