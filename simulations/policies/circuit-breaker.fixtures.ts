// Shared setup for the circuit-breaker tests: Resilience4j's CircuitBreakerStateMachineTest.setUp()
// and its assertCircuitBreakerMetricsEqualTo helper, on simulated time.
import { expect } from 'vitest';
import { CircuitBreaker } from './circuit-breaker';
import type { BreakerTransition, CircuitBreakerConfig } from './circuit-breaker';

export const T0 = 1_546_344_000_000; // 2019-01-01T12:00:00Z, the MockClock start of CircuitBreakerStateMachineTest

// CircuitBreakerStateMachineTest.setUp()
export const R4J_SETUP: Partial<CircuitBreakerConfig> = {
  failureRateThreshold: 50,
  permittedNumberOfCallsInHalfOpenState: 4,
  slowCallDurationThreshold: 4000,
  slowCallRateThreshold: 50,
  maxWaitDurationInHalfOpenState: 1000,
  slidingWindowType: 'TIME_BASED',
  slidingWindowSize: 20,
  minimumNumberOfCalls: 5,
  waitDurationInOpenState: 5000,
};

export function setup(overrides: Partial<CircuitBreakerConfig> = {}) {
  const log: BreakerTransition[] = [];
  const cb = new CircuitBreaker({ ...R4J_SETUP, ...overrides }, (t) => log.push(t));
  return { cb, log };
}

// assertCircuitBreakerMetricsEqualTo(failureRate, successCalls, bufferedCalls, failedCalls, notPermittedCalls)
export function expectMetrics(
  cb: CircuitBreaker,
  now: number,
  rate: number,
  ok: number,
  buffered: number,
  failed: number,
  np: number,
): void {
  const m = cb.metrics(now);
  expect([m.failureRate, m.numberOfSuccessfulCalls, m.numberOfBufferedCalls, m.numberOfFailedCalls, m.numberOfNotPermittedCalls])
    .toEqual([rate, ok, buffered, failed, np]);
}

/** OPEN, then past the wait, then probed into HALF_OPEN with all permits still available; returns the time. */
export function halfOpen(cb: CircuitBreaker, now = T0) {
  cb.transitionToOpenState(now);
  cb.advance(now + 5000); // manual mode: nothing happens on its own
  expect(cb.state).toBe('OPEN');
  expect(cb.tryAcquirePermission(now + 5001)).toBe(true);
  cb.releasePermission(now + 5001);
  expect(cb.state).toBe('HALF_OPEN');
  return now + 5001;
}
