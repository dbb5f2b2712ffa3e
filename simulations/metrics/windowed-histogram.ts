/**
 * A latency histogram for the whole run plus percentiles per time-series window, at the cost of
 * one record() per value: values go into the open window only, and a closing window is merged
 * into the run's total (a fixed ~1,300-bucket add, once per window, not per value).
 * Values of requests started during warm-up are kept apart: they show in the live window but
 * never reach the total.
 */
import { LogHistogram, type Summary } from './histogram';

export class WindowedHistogram {
  private readonly total = new LogHistogram();
  private readonly counted = new LogHistogram();
  private readonly uncounted = new LogHistogram();

  record(value: number, counted: boolean): void {
    (counted ? this.counted : this.uncounted).record(value);
  }

  /** Percentiles of the window that closes now, then opens the next. */
  closeWindow(): Summary {
    let s: Summary;
    if (this.uncounted.count === 0) s = this.counted.summary();
    else {
      this.uncounted.merge(this.counted);
      s = this.uncounted.summary();
      this.uncounted.reset();
    }
    this.total.merge(this.counted);
    this.counted.reset();
    return s;
  }

  /** The whole run's counted values so far, the open window included. */
  summary(): Summary {
    if (this.counted.count === 0) return this.total.summary();
    const h = new LogHistogram();
    h.merge(this.total);
    h.merge(this.counted);
    return h.summary();
  }
}
