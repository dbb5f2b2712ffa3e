// Mirrors CircuitBreakerMetricsTest / CircuitBreakerMetrics.java: -1 below the minimum number of calls,
// `>=` thresholds, `>` slow-call duration, float32 rates.
import { describe, expect, it } from 'vitest';
import { BreakerMetrics, hasExceededThresholds } from './breaker-metrics';

const T = { failureRateThreshold: 50, slowCallRateThreshold: 50, slowCallDurationThreshold: 100 };

describe('BreakerMetrics', () => {
  it('reports -1 until the minimum is recorded, then the rate', () => {
    const m = BreakerMetrics.countBased(10, 3, T);
    expect(m.onError(0, 0)).toBe('BELOW_MINIMUM_CALLS_THRESHOLD');
    expect(m.onSuccess(0, 0)).toBe('BELOW_MINIMUM_CALLS_THRESHOLD');
    expect(m.snapshot(0).failureRate).toBe(-1);
    expect(m.onSuccess(0, 0)).toBe('BELOW_THRESHOLDS');
    expect(m.snapshot(0).failureRate).toBe(Math.fround(100 / 3));
  });

  it('classifies which threshold was crossed, each with >=', () => {
    const m = BreakerMetrics.countBased(2, 2, T);
    m.onError(101, 0);
    expect(m.onSuccess(0, 0)).toBe('ABOVE_THRESHOLDS'); // 50% failed, 50% slow
    expect(m.onSuccess(0, 0)).toBe('BELOW_THRESHOLDS');
    expect(m.onError(100, 0)).toBe('FAILURE_RATE_ABOVE_THRESHOLDS'); // 100 ms is not slow
    expect(m.onSuccess(101, 0)).toBe('ABOVE_THRESHOLDS');
    expect(m.onSuccess(101, 0)).toBe('SLOW_CALL_RATE_ABOVE_THRESHOLDS');
    expect(hasExceededThresholds('BELOW_MINIMUM_CALLS_THRESHOLD')).toBe(false);
  });

  it('counts rejected calls separately from the window', () => {
    const m = BreakerMetrics.timeBased(10, 1, T);
    m.onCallNotPermitted();
    m.onCallNotPermitted();
    expect(m.snapshot(0)).toMatchObject({ numberOfNotPermittedCalls: 2, numberOfBufferedCalls: 0 });
  });
});
