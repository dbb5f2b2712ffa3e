/** Counters of one queueing station (a service's workers and waiting line). */
import { LogHistogram, type Summary } from './histogram';
import { WindowedHistogram } from './windowed-histogram';

export interface NodeReport {
  arrivals: number;
  completed: number;
  rejected: number;
  failed: number;
  utilization: number;
  waitMs: Summary;
  responseMs: Summary;
}

export const NODE_SERIES = ['arrivals', 'completed', 'rejected', 'failed', 'queueDepth', 'busy', 'inFlight', 'utilization', 'p50', 'p95', 'p99'] as const;

export class NodeStats {
  arrivals = 0;
  completed = 0;
  rejected = 0;
  failed = 0;
  readonly wait = new LogHistogram();
  readonly response = new WindowedHistogram();
  private busyIntegral = 0;
  private windowBusyIntegral = 0;
  private lastChange = 0;
  private windowStart = 0;
  private w = new Float64Array(4);

  constructor(
    private readonly workers: number,
    private readonly warmupMs: number,
  ) {}

  /** Call before the number of busy workers changes: integrates busy-worker time since the last change. */
  busyChanging(busy: number, now: number): void {
    const from = Math.max(this.lastChange, this.warmupMs);
    if (now > from) this.busyIntegral += busy * (now - from);
    this.windowBusyIntegral += busy * (now - Math.max(this.lastChange, this.windowStart));
    this.lastChange = now;
  }

  onArrival(counted: boolean): void {
    this.w[0]++;
    if (counted) this.arrivals++;
  }

  onReject(counted: boolean): void {
    this.w[2]++;
    if (counted) this.rejected++;
  }

  onStart(counted: boolean, waitMs: number): void {
    if (counted) this.wait.record(waitMs);
  }

  onFinish(counted: boolean, ok: boolean, responseMs: number): void {
    this.w[ok ? 1 : 3]++;
    this.response.record(responseMs, counted);
    if (!counted) return;
    if (ok) this.completed++;
    else this.failed++;
  }

  window(now: number, queueDepth: number, busy: number, inFlight: number): number[] {
    this.busyChanging(busy, now);
    const span = now - this.windowStart;
    const util = span > 0 ? this.windowBusyIntegral / (span * this.workers) : 0;
    const s = this.response.closeWindow();
    const row = [this.w[0], this.w[1], this.w[2], this.w[3], queueDepth, busy, inFlight, util, s.p50, s.p95, s.p99];
    this.w.fill(0);
    this.windowBusyIntegral = 0;
    this.windowStart = now;
    return row;
  }

  /** Pure: a report taken mid-run must not split the busy integral, or the final figures would move. */
  report(now: number, busy: number): NodeReport {
    const from = Math.max(this.lastChange, this.warmupMs);
    const busyIntegral = this.busyIntegral + (now > from ? busy * (now - from) : 0);
    const span = now - this.warmupMs;
    return {
      arrivals: this.arrivals,
      completed: this.completed,
      rejected: this.rejected,
      failed: this.failed,
      utilization: span > 0 ? busyIntegral / (span * this.workers) : 0,
      waitMs: this.wait.summary(),
      responseMs: this.response.summary(),
    };
  }
}
