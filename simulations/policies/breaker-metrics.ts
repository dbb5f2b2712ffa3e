// Port of Resilience4j's CircuitBreakerMetrics: one window of call outcomes per breaker state, the
// threshold check run after every recorded call, and the not-permitted counter.
import { CountWindow, TimeWindow } from './sliding-window';
import type { CallWindow, WindowSnapshot } from './sliding-window';

export type ThresholdResult =
  | 'BELOW_THRESHOLDS'
  | 'FAILURE_RATE_ABOVE_THRESHOLDS'
  | 'SLOW_CALL_RATE_ABOVE_THRESHOLDS'
  | 'ABOVE_THRESHOLDS'
  | 'BELOW_MINIMUM_CALLS_THRESHOLD';

export interface MetricsThresholds {
  failureRateThreshold: number;
  slowCallRateThreshold: number;
  slowCallDurationThreshold: number;
}

export interface BreakerMetricsSnapshot {
  failureRate: number;
  slowCallRate: number;
  numberOfBufferedCalls: number;
  numberOfFailedCalls: number;
  numberOfSuccessfulCalls: number;
  numberOfSlowCalls: number;
  numberOfSlowFailedCalls: number;
  numberOfNotPermittedCalls: number;
}

export const hasExceededThresholds = (r: ThresholdResult): boolean =>
  r === 'ABOVE_THRESHOLDS' || r === 'FAILURE_RATE_ABOVE_THRESHOLDS' || r === 'SLOW_CALL_RATE_ABOVE_THRESHOLDS';

// Resilience4j keeps thresholds and rates as Java floats. Rounding to float32 the same way keeps the
// `>=` comparison identical at the edges (1 of 3 calls is 33.333332, not 33.333333...). fround of the
// double quotient equals the float quotient: double rounding is harmless for a single division.
const f32 = Math.fround;
const percent = (part: number, total: number): number => (total === 0 ? 0 : f32(f32(part * 100) / total));

export class BreakerMetrics {
  private notPermitted = 0;
  private readonly failureRateThreshold: number;
  private readonly slowCallRateThreshold: number;

  private constructor(
    private readonly window: CallWindow,
    private readonly minimumNumberOfCalls: number,
    private readonly thresholds: MetricsThresholds,
  ) {
    this.failureRateThreshold = f32(thresholds.failureRateThreshold);
    this.slowCallRateThreshold = f32(thresholds.slowCallRateThreshold);
  }

  /** A count window can never hold more than `size` calls, so Resilience4j lowers the minimum to fit. */
  static countBased(size: number, minimumNumberOfCalls: number, t: MetricsThresholds): BreakerMetrics {
    return new BreakerMetrics(new CountWindow(size), Math.min(minimumNumberOfCalls, size), t);
  }

  static timeBased(seconds: number, minimumNumberOfCalls: number, t: MetricsThresholds): BreakerMetrics {
    return new BreakerMetrics(new TimeWindow(seconds), minimumNumberOfCalls, t);
  }

  onSuccess(durationMs: number, now: number): ThresholdResult {
    return this.check(this.window.record(this.isSlow(durationMs) ? 'SLOW_SUCCESS' : 'SUCCESS', now));
  }

  onError(durationMs: number, now: number): ThresholdResult {
    return this.check(this.window.record(this.isSlow(durationMs) ? 'SLOW_ERROR' : 'ERROR', now));
  }

  onCallNotPermitted(): void {
    this.notPermitted++;
  }

  snapshot(now: number): BreakerMetricsSnapshot {
    const s = this.window.snapshot(now);
    return {
      failureRate: this.failureRate(s),
      slowCallRate: this.slowCallRate(s),
      numberOfBufferedCalls: s.totalNumberOfCalls,
      numberOfFailedCalls: s.numberOfFailedCalls,
      numberOfSuccessfulCalls: s.totalNumberOfCalls - s.numberOfFailedCalls,
      numberOfSlowCalls: s.totalNumberOfSlowCalls,
      numberOfSlowFailedCalls: s.numberOfSlowFailedCalls,
      numberOfNotPermittedCalls: this.notPermitted,
    };
  }

  // Strictly greater, as Resilience4j: a call lasting exactly the threshold is not slow.
  private isSlow(durationMs: number): boolean {
    return durationMs > this.thresholds.slowCallDurationThreshold;
  }

  private belowMinimum(s: WindowSnapshot): boolean {
    return s.totalNumberOfCalls === 0 || s.totalNumberOfCalls < this.minimumNumberOfCalls;
  }

  private failureRate(s: WindowSnapshot): number {
    return this.belowMinimum(s) ? -1 : percent(s.numberOfFailedCalls, s.totalNumberOfCalls);
  }

  private slowCallRate(s: WindowSnapshot): number {
    return this.belowMinimum(s) ? -1 : percent(s.totalNumberOfSlowCalls, s.totalNumberOfCalls);
  }

  private check(s: WindowSnapshot): ThresholdResult {
    const failure = this.failureRate(s);
    const slow = this.slowCallRate(s);
    if (failure === -1 || slow === -1) return 'BELOW_MINIMUM_CALLS_THRESHOLD';
    const failureHigh = failure >= this.failureRateThreshold;
    const slowHigh = slow >= this.slowCallRateThreshold;
    if (failureHigh && slowHigh) return 'ABOVE_THRESHOLDS';
    if (failureHigh) return 'FAILURE_RATE_ABOVE_THRESHOLDS';
    if (slowHigh) return 'SLOW_CALL_RATE_ABOVE_THRESHOLDS';
    return 'BELOW_THRESHOLDS';
  }
}
