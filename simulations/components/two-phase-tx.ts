/** One two-phase transaction as its coordinator tracks it, and the coordinator's counters. */
import type { Replier, Request } from '../core/types';
import { LogHistogram } from '../metrics/histogram';
import { NO_SPAN } from '../trace/recording';
import type { PatternReport } from './pattern-kind';
import type { InDoubtStats } from './two-phase-ledger';

export const UNDECIDED = 0;
export const COMMIT = 1;
export const ABORT = 2;

export class Tx {
  /** Yes votes so far. */
  yes = 0;
  decision = UNDECIDED;
  /** The decision is in the coordinator's log: it survives a crash. */
  logged = false;
  readonly acked: boolean[];
  acksLeft: number;
  done = false;
  span = NO_SPAN;

  constructor(
    readonly coordinator: unknown,
    /** The transaction key every PREPARE / COMMIT / ABORT carries (`req.key`). */
    readonly id: number,
    readonly req: Request,
    readonly caller: Replier,
    readonly startedAt: number,
    /** Participants. */
    readonly n: number,
  ) {
    this.acked = new Array<boolean>(n).fill(false);
    this.acksLeft = n;
  }

  get decisionOp(): string {
    return this.decision === COMMIT ? 'COMMIT' : 'ABORT';
  }
}

export class TwoPhaseStats {
  started = 0;
  committed = 0;
  aborted = 0;
  refused = 0;
  noVotes = 0;
  voteTimeouts = 0;
  decisionRetries = 0;
  presumedAborts = 0;
  resentAfterRecovery = 0;
  readonly commitLatency = new LogHistogram();
  /** Per window: transactions that ended committed / aborted. */
  private readonly w = [0, 0];

  onFinish(tx: Tx, committed: boolean, now: number): void {
    this.w[committed ? 0 : 1]++;
    if (!tx.req.counted) return;
    if (committed) {
      this.committed++;
      this.commitLatency.record(now - tx.startedAt);
    } else this.aborted++;
  }

  window(active: number, inDoubt: number, locks: number): number[] {
    const row = [active, inDoubt, locks, this.w[0], this.w[1]];
    this.w[0] = this.w[1] = 0;
    return row;
  }

  report(active: Iterable<Tx>, d: InDoubtStats): PatternReport {
    let inFlight = 0;
    for (const tx of active) if (tx.req.counted) inFlight++;
    return {
      kind: 'twoPhaseCoordinator',
      values: {
        started: this.started,
        committed: this.committed,
        aborted: this.aborted,
        refused: this.refused,
        inFlightAtEnd: inFlight,
        noVotes: this.noVotes,
        voteTimeouts: this.voteTimeouts,
        decisionRetries: this.decisionRetries,
        presumedAborts: this.presumedAborts,
        resentAfterRecovery: this.resentAfterRecovery,
        inDoubtAtEnd: d.inDoubt,
        maxInDoubt: d.maxInDoubt,
        locksHeldAtEnd: d.locks,
        maxLocksHeld: d.maxLocks,
        blockedMs: d.blockedMs,
      },
      summaries: { commitLatencyMs: this.commitLatency.summary(), inDoubtMs: d.inDoubtMs.summary() },
    };
  }
}
