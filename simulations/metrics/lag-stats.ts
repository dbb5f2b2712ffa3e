/**
 * Consistency lag of one consumer node: the whole run's histogram (for the report) plus the open
 * window's (for the live chart), so "how stale is the read model right now" can be plotted.
 */
import { LogHistogram } from './histogram';

export const LAG_SERIES = ['count', 'p50', 'p95', 'p99', 'max'] as const;

export class ConsumerLag extends LogHistogram {
  private readonly open = new LogHistogram();

  override record(value: number): void {
    super.record(value);
    this.open.record(value);
  }

  /** Closes a window: how many writes reached the consumer in it, and their lag percentiles. */
  window(): number[] {
    const s = this.open.summary();
    this.open.reset();
    return [s.count, s.p50, s.p95, s.p99, s.max];
  }
}
