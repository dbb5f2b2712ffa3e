/** What a client saw of its own requests: the end-to-end view a user cares about. */
import { FAILURE_KINDS, type FailureKind, type Outcome } from '../core/types';
import type { Summary } from './histogram';
import { WindowedHistogram } from './windowed-histogram';

export interface ClientReport {
  sent: number;
  succeeded: number;
  degraded: number;
  failed: number;
  inFlight: number;
  failures: Record<FailureKind, number>;
  latencyMs: Summary;
}

export const CLIENT_SERIES = ['sent', 'ok', 'error', 'timeout', 'rejected', 'shortCircuited', 'rateLimited', 'p50', 'p95', 'p99', 'inFlight'] as const;

export class ClientStats {
  sent = 0;
  succeeded = 0;
  degraded = 0;
  readonly failures: Record<FailureKind, number> = { error: 0, timeout: 0, rejected: 0, shortCircuited: 0, rateLimited: 0 };
  readonly latency = new WindowedHistogram();
  /** Requests sent (counted or not) and not yet answered: the live number. */
  live = 0;
  private w = new Float64Array(7);

  onSend(counted: boolean): void {
    this.live++;
    this.w[0]++;
    if (counted) this.sent++;
  }

  onEnd(counted: boolean, outcome: Outcome, degraded: boolean, latencyMs: number): void {
    this.live--;
    const col = outcome === 'ok' ? 1 : 2 + FAILURE_KINDS.indexOf(outcome);
    this.w[col]++;
    if (outcome === 'ok') this.latency.record(latencyMs, counted);
    if (!counted) return;
    if (outcome === 'ok') {
      this.succeeded++;
      if (degraded) this.degraded++;
    } else {
      this.failures[outcome]++;
    }
  }

  /** Closes a window: its counts and latency percentiles, then starts the next. */
  window(): number[] {
    const s = this.latency.closeWindow();
    const row = [...this.w, s.p50, s.p95, s.p99, this.live];
    this.w.fill(0);
    return row;
  }

  report(): ClientReport {
    let failed = 0;
    for (const k of FAILURE_KINDS) failed += this.failures[k];
    return {
      sent: this.sent,
      succeeded: this.succeeded,
      degraded: this.degraded,
      failed,
      inFlight: this.sent - this.succeeded - failed,
      failures: { ...this.failures },
      latencyMs: this.latency.summary(),
    };
  }
}
