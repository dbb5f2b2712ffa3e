/**
 * How sagas end, kept the same way for both styles (an orchestrator, or participants reacting to
 * events): completed, compensated (every done step undone: the order was rejected cleanly) or stuck
 * (an undo kept failing: someone must repair it by hand), plus the time to consistency — from the
 * saga's start until it is completed or fully compensated. A stuck saga never gets there, so it has
 * no time to consistency; it is counted instead.
 */
import { LogHistogram, type Summary } from '../metrics/histogram';

export type SagaEnd = 'completed' | 'compensated' | 'stuck';

export const SAGA_SERIES = ['inProgress', 'completed', 'compensated', 'stuck', 'timeToConsistencyMs'] as const;

export class SagaOutcomes {
  /** Counted sagas (started after the warm-up): what the report's numbers are made of. */
  started = 0;
  completed = 0;
  compensated = 0;
  stuck = 0;
  private inProgressCounted = 0;
  /** Every saga, counted or not: what the live badges show. */
  readonly live = { inProgress: 0, completed: 0, compensated: 0, stuck: 0 };
  private readonly consistency = new LogHistogram();
  private readonly toComplete = new LogHistogram();
  private readonly toCompensate = new LogHistogram();
  /** This window's ends (completed, compensated, stuck) and the sum of their times to consistency. */
  private readonly w = [0, 0, 0];
  private wSum = 0;
  private wN = 0;

  begin(counted: boolean): void {
    this.live.inProgress++;
    if (!counted) return;
    this.started++;
    this.inProgressCounted++;
  }

  end(kind: SagaEnd, counted: boolean, elapsedMs: number): void {
    this.live.inProgress--;
    this.live[kind]++;
    this.w[kind === 'completed' ? 0 : kind === 'compensated' ? 1 : 2]++;
    if (kind !== 'stuck') {
      this.wSum += elapsedMs;
      this.wN++;
    }
    if (!counted) return;
    this.inProgressCounted--;
    this[kind]++;
    if (kind === 'stuck') return;
    this.consistency.record(elapsedMs);
    (kind === 'completed' ? this.toComplete : this.toCompensate).record(elapsedMs);
  }

  /** One row of SAGA_SERIES for the closing window. */
  window(): number[] {
    const row = [this.live.inProgress, this.w[0], this.w[1], this.w[2], this.wN === 0 ? 0 : this.wSum / this.wN];
    this.w.fill(0);
    this.wSum = 0;
    this.wN = 0;
    return row;
  }

  /** started = completed + compensated + stuck + inProgressAtEnd. */
  values(): Record<string, number> {
    const share = (n: number) => (this.started === 0 ? 0 : n / this.started);
    return {
      started: this.started,
      completed: this.completed,
      compensated: this.compensated,
      stuck: this.stuck,
      inProgressAtEnd: this.inProgressCounted,
      completedShare: share(this.completed),
      compensatedShare: share(this.compensated),
      stuckShare: share(this.stuck),
    };
  }

  summaries(): Record<string, Summary> {
    return {
      timeToConsistencyMs: this.consistency.summary(),
      timeToCompleteMs: this.toComplete.summary(),
      timeToCompensateMs: this.toCompensate.summary(),
    };
  }
}
