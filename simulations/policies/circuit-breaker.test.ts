// Ports of Resilience4j's own tests (resilience4j-circuitbreaker/src/test/.../internal/), on simulated time.
// Each case names the test it mirrors:
//   CircuitBreakerStateMachineTest: shouldOpenAfterFailureRateThresholdExceeded,
//     shouldOpenAfterFailureRateThresholdExceeded2, shouldOpenAfterSlowCallRateThresholdExceeded,
//     shouldResetMetrics, shouldResetToClosedState, shouldResetClosedState,
//     circuitBreakerDoesNotPublishStateTransitionEventsForInternalTransitions
// OPEN / HALF_OPEN cases are in circuit-breaker.half-open.test.ts, the property in circuit-breaker.property.test.ts.
// Cases marked "(source)" have no Resilience4j test; they pin behaviour read from CircuitBreakerMetrics.java,
// FixedSizeSlidingWindowMetrics.java, SlidingTimeWindowMetrics.java and CircuitBreakerConfig.java.
import { describe, expect, it } from 'vitest';
import { CIRCUIT_BREAKER_DEFAULTS, CircuitBreaker } from './circuit-breaker';
import { T0, expectMetrics, setup } from './circuit-breaker.fixtures';

describe('CircuitBreaker: CLOSED -> OPEN', () => {
  it('defaults are Resilience4j defaults', () => {
    expect(new CircuitBreaker({}).config).toEqual(CIRCUIT_BREAKER_DEFAULTS);
    expect(CIRCUIT_BREAKER_DEFAULTS).toMatchObject({ slidingWindowSize: 100, minimumNumberOfCalls: 100, waitDurationInOpenState: 60_000 });
  });

  it('shouldOpenAfterFailureRateThresholdExceeded: -1 below the minimum, opens at 60%, then counts rejections', () => {
    const { cb, log } = setup();
    expect(cb.tryAcquirePermission(T0)).toBe(true);
    expectMetrics(cb, T0, -1, 0, 0, 0, 0);
    cb.onError(0, T0);
    expectMetrics(cb, T0, -1, 0, 1, 1, 0);
    cb.onError(0, T0);
    cb.onError(0, T0);
    expectMetrics(cb, T0, -1, 0, 3, 3, 0);
    cb.onSuccess(0, T0);
    expect(cb.state).toBe('CLOSED');
    expectMetrics(cb, T0, -1, 1, 4, 3, 0);
    cb.onSuccess(0, T0);
    expect(cb.state).toBe('OPEN');
    expectMetrics(cb, T0, 60, 2, 5, 3, 0);
    expect(cb.tryAcquirePermission(T0)).toBe(false);
    expectMetrics(cb, T0, 60, 2, 5, 3, 1);
    expect(log).toEqual([{ atMs: T0, from: 'CLOSED', to: 'OPEN' }]);
  });

  it('shouldOpenAfterFailureRateThresholdExceeded2: opens exactly at the threshold (3 of 6 = 50%)', () => {
    const { cb } = setup();
    let t = T0;
    for (const ok of [true, true, true, false, false]) {
      if (ok) cb.onSuccess(0, t);
      else cb.onError(0, t);
      t += 1000;
    }
    expect(cb.state).toBe('CLOSED'); // 2 of 5 = 40%
    cb.onError(0, t);
    expect(cb.state).toBe('OPEN');
  });

  it('does not open below minimumNumberOfCalls, even at 100% failures (source)', () => {
    const { cb } = setup();
    for (let i = 0; i < 4; i++) cb.onError(0, T0);
    expect(cb.state).toBe('CLOSED');
    expect(cb.metrics(T0).failureRate).toBe(-1);
  });

  it('COUNT_BASED uses min(minimumNumberOfCalls, slidingWindowSize) (source: CircuitBreakerMetrics)', () => {
    const { cb } = setup({ slidingWindowType: 'COUNT_BASED', slidingWindowSize: 3, minimumNumberOfCalls: 100 });
    cb.onError(0, T0);
    cb.onSuccess(0, T0);
    expect(cb.state).toBe('CLOSED');
    cb.onError(0, T0);
    expect(cb.state).toBe('OPEN');
  });

  it('compares rates as Java floats: 1 of 3 trips a threshold of 100/3 (source: float arithmetic)', () => {
    const { cb } = setup({ slidingWindowType: 'COUNT_BASED', slidingWindowSize: 3, failureRateThreshold: 100 / 3 });
    cb.onError(0, T0);
    cb.onSuccess(0, T0);
    cb.onSuccess(0, T0);
    expect(cb.state).toBe('OPEN');
    expect(cb.metrics(T0).failureRate).toBe(Math.fround(100 / 3));
  });

  it('shouldOpenAfterSlowCallRateThresholdExceeded: 3 of 5 slower than 4 s', () => {
    const { cb } = setup();
    cb.onError(5000, T0);
    cb.onSuccess(5000, T0);
    cb.onError(100, T0);
    cb.onSuccess(100, T0);
    expect(cb.state).toBe('CLOSED');
    cb.onSuccess(5000, T0);
    expect(cb.state).toBe('OPEN');
    const m = cb.metrics(T0);
    expect([m.numberOfBufferedCalls, m.numberOfSlowCalls, m.slowCallRate]).toEqual([5, 3, 60]);
  });

  it('a call lasting exactly slowCallDurationThreshold is not slow; a slow failure is failed and slow (source)', () => {
    const { cb } = setup({ failureRateThreshold: 100 });
    for (let i = 0; i < 5; i++) cb.onSuccess(4000, T0);
    expect(cb.metrics(T0).numberOfSlowCalls).toBe(0);
    cb.onError(4001, T0);
    const m = cb.metrics(T0);
    expect([m.numberOfSlowCalls, m.numberOfFailedCalls, m.numberOfSlowFailedCalls]).toEqual([1, 1, 1]);
  });

  it('COUNT_BASED evicts the oldest call: S S S F F opens only because the first S left (source)', () => {
    const { cb } = setup({ slidingWindowType: 'COUNT_BASED', slidingWindowSize: 4, minimumNumberOfCalls: 4 });
    for (let i = 0; i < 3; i++) cb.onSuccess(0, T0);
    cb.onError(0, T0);
    expect(cb.state).toBe('CLOSED'); // 25%
    cb.onError(0, T0);
    expect(cb.state).toBe('OPEN'); // [S S F F] = 50%, where 2 of 5 would have been 40%
    expect(cb.metrics(T0).numberOfBufferedCalls).toBe(4);
  });

  it('TIME_BASED: failures older than slidingWindowSize seconds age out (source: SlidingTimeWindowMetrics)', () => {
    const run = (laterAt: number) => {
      const { cb } = setup({ slidingWindowSize: 2, minimumNumberOfCalls: 4 });
      cb.onError(0, T0);
      cb.onError(0, T0 + 999);
      cb.onSuccess(0, laterAt);
      cb.onSuccess(0, laterAt);
      return cb;
    };
    expect(run(T0 + 1999).state).toBe('OPEN'); // seconds 0 and 1 are both in a 2 s window
    const aged = run(T0 + 2000); // second 2: second 0 has left
    expect(aged.state).toBe('CLOSED');
    expect(aged.metrics(T0 + 2000).numberOfBufferedCalls).toBe(2);
    expect(aged.metrics(T0 + 4000).numberOfBufferedCalls).toBe(0);
  });
});

describe('CircuitBreaker: manual transitions', () => {
  it('shouldResetMetrics / shouldResetToClosedState', () => {
    const { cb, log } = setup();
    cb.onSuccess(0, T0);
    cb.onError(0, T0);
    expectMetrics(cb, T0, -1, 1, 2, 1, 0);
    cb.reset(T0);
    expectMetrics(cb, T0, -1, 0, 0, 0, 0);
    expect(log).toEqual([]);
    cb.transitionToOpenState(T0);
    cb.reset(T0);
    expect(cb.state).toBe('CLOSED');
    expect(log.map((t) => `${t.from}->${t.to}`)).toEqual(['CLOSED->OPEN', 'OPEN->CLOSED']);
  });

  it('circuitBreakerDoesNotPublishStateTransitionEventsForInternalTransitions', () => {
    const { cb, log } = setup();
    cb.transitionToOpenState(T0);
    cb.transitionToOpenState(T0 + 1);
    expect(log).toHaveLength(1);
  });

  it('rejects configurations Resilience4j rejects', () => {
    expect(() => new CircuitBreaker({ failureRateThreshold: 0 })).toThrow(RangeError);
    expect(() => new CircuitBreaker({ slowCallRateThreshold: 101 })).toThrow(RangeError);
    expect(() => new CircuitBreaker({ permittedNumberOfCallsInHalfOpenState: 0 })).toThrow(RangeError);
    expect(() => new CircuitBreaker({ waitDurationInOpenState: 0 })).toThrow(RangeError);
    expect(() => new CircuitBreaker({ slidingWindowSize: 0 })).toThrow(RangeError);
  });
});
