// Ports of Resilience4j's own tests (resilience4j-circuitbreaker/src/test/.../internal/), adapted to
// simulated time; each case names the test it mirrors:
//   CircuitBreakerStateMachineTest: shouldOpenAfterFailureRateThresholdExceeded,
//     shouldOpenAfterFailureRateThresholdExceeded2, shouldOpenAfterSlowCallRateThresholdExceeded,
//     shouldOnlyPermitFourCallsInHalfOpenState, shouldIncreaseCounterOnReleasePermission,
//     shouldThrowCallNotPermittedExceptionWhenNotFurtherTestCallsArePermitted,
//     shouldTransitionToHalfOpenAfterWaitDuration, shouldTransitionBackToOpenStateWhenFailureRateIsAboveThreshold,
//     shouldTransitionBackToOpenStateWhenSlowCallRateIsAboveThreshold,
//     shouldTransitionBackToClosedStateWhenFailureIsBelowThreshold, shouldResetMetrics, shouldResetToClosedState,
//     circuitBreakerDoesNotPublishStateTransitionEventsForInternalTransitions,
//     circuitBreakerTransitionsToOpenAfterWaitDurationInHalfOpenState
//   CircuitBreakerAutoTransitionStateMachineTest: testAutoTransition
// Cases marked "(source)" have no Resilience4j test; they pin behaviour read from CircuitBreakerStateMachine.java,
// CircuitBreakerMetrics.java, FixedSizeSlidingWindowMetrics.java and SlidingTimeWindowMetrics.java.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { CIRCUIT_BREAKER_DEFAULTS, CircuitBreaker } from './circuit-breaker';
import type { BreakerState, BreakerTransition, CircuitBreakerConfig } from './circuit-breaker';

const T0 = 1_546_344_000_000; // 2019-01-01T12:00:00Z, the MockClock start of CircuitBreakerStateMachineTest

// CircuitBreakerStateMachineTest.setUp()
const R4J_SETUP: Partial<CircuitBreakerConfig> = {
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

function setup(overrides: Partial<CircuitBreakerConfig> = {}) {
  const log: BreakerTransition[] = [];
  const cb = new CircuitBreaker({ ...R4J_SETUP, ...overrides }, (t) => log.push(t));
  return { cb, log };
}

// assertCircuitBreakerMetricsEqualTo(failureRate, successCalls, bufferedCalls, failedCalls, notPermittedCalls)
function expectMetrics(cb: CircuitBreaker, now: number, rate: number, ok: number, buffered: number, failed: number, np: number) {
  const m = cb.metrics(now);
  expect([m.failureRate, m.numberOfSuccessfulCalls, m.numberOfBufferedCalls, m.numberOfFailedCalls, m.numberOfNotPermittedCalls])
    .toEqual([rate, ok, buffered, failed, np]);
}

function halfOpen(cb: CircuitBreaker, now = T0) {
  cb.transitionToOpenState(now);
  cb.advance(now + 5000); // manual mode: nothing happens on its own
  expect(cb.state).toBe('OPEN');
  expect(cb.tryAcquirePermission(now + 5001)).toBe(true);
  cb.releasePermission(now + 5001);
  expect(cb.state).toBe('HALF_OPEN');
  return now + 5001;
}

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

describe('CircuitBreaker: OPEN -> HALF_OPEN', () => {
  it('shouldTransitionToHalfOpenAfterWaitDuration: rejects, counts rejections, then half-opens with fresh metrics', () => {
    const { cb, log } = setup();
    cb.transitionToOpenState(T0);
    expectMetrics(cb, T0, -1, 0, 0, 0, 0);
    expect(cb.tryAcquirePermission(T0)).toBe(false);
    expect(cb.tryAcquirePermission(T0 + 3000)).toBe(false);
    expectMetrics(cb, T0 + 3000, -1, 0, 0, 0, 2);
    expect(cb.tryAcquirePermission(T0 + 6000)).toBe(true);
    expect(cb.state).toBe('HALF_OPEN');
    expectMetrics(cb, T0 + 6000, -1, 0, 0, 0, 0);
    expect(log.map((t) => t.to)).toEqual(['OPEN', 'HALF_OPEN']);
  });

  it('the wait must be strictly exceeded, as OpenState uses clock.instant().isAfter(retryAfterWaitDuration) (source)', () => {
    const { cb } = setup();
    cb.transitionToOpenState(T0);
    expect(cb.tryAcquirePermission(T0 + 5000)).toBe(false);
    expect(cb.tryAcquirePermission(T0 + 5001)).toBe(true);
  });

  it('without automatic transition no timer is due and the breaker stays OPEN until probed', () => {
    const { cb } = setup({ maxWaitDurationInHalfOpenState: 0 });
    cb.transitionToOpenState(T0);
    expect(cb.nextTimedTransitionAt()).toBeUndefined();
    cb.advance(T0 + 1e9);
    expect(cb.state).toBe('OPEN');
  });

  it('testAutoTransition: with automatic transition a timer is due after waitDurationInOpenState', () => {
    const { cb, log } = setup({ automaticTransitionFromOpenToHalfOpenEnabled: true, waitDurationInOpenState: 2000 });
    cb.transitionToOpenState(T0);
    expect(cb.nextTimedTransitionAt()).toBe(T0 + 2000);
    cb.advance(T0 + 1999);
    expect(cb.state).toBe('OPEN');
    cb.advance(T0 + 2000);
    expect(cb.state).toBe('HALF_OPEN');
    expect(log.at(-1)).toEqual({ atMs: T0 + 2000, from: 'OPEN', to: 'HALF_OPEN' });
  });
});

describe('CircuitBreaker: HALF_OPEN', () => {
  it('shouldOnlyPermitFourCallsInHalfOpenState, and again after re-opening', () => {
    const { cb } = setup();
    let t = halfOpen(cb);
    expect([1, 2, 3, 4, 5, 6].map(() => cb.tryAcquirePermission(t))).toEqual([true, true, true, true, false, false]);
    t = halfOpen(cb, t);
    expect([1, 2, 3, 4, 5, 6].map(() => cb.tryAcquirePermission(t))).toEqual([true, true, true, true, false, false]);
  });

  it('shouldIncreaseCounterOnReleasePermission / ...WhenNotFurtherTestCallsArePermitted', () => {
    const { cb } = setup();
    const t = halfOpen(cb);
    for (let i = 0; i < 4; i++) expect(cb.tryAcquirePermission(t)).toBe(true);
    expect(cb.tryAcquirePermission(t)).toBe(false);
    expect(cb.metrics(t).numberOfNotPermittedCalls).toBe(1);
    cb.releasePermission(t);
    expect(cb.tryAcquirePermission(t)).toBe(true);
  });

  it('shouldTransitionBackToOpenStateWhenFailureRateIsAboveThreshold (75%), keeping the half-open metrics', () => {
    const { cb, log } = setup();
    const t = halfOpen(cb);
    expectMetrics(cb, t, -1, 0, 0, 0, 0);
    cb.onError(0, t);
    cb.onError(0, t);
    cb.onSuccess(0, t);
    expect(cb.state).toBe('HALF_OPEN');
    cb.onError(0, t);
    expect(cb.state).toBe('OPEN');
    expectMetrics(cb, t, 75, 1, 4, 3, 0);
    expect(log.at(-1)).toEqual({ atMs: t, from: 'HALF_OPEN', to: 'OPEN' });
  });

  it('shouldTransitionBackToOpenStateWhenSlowCallRateIsAboveThreshold', () => {
    const { cb } = setup();
    const t = halfOpen(cb);
    for (const d of [5000, 5000, 5000, 1000]) cb.onSuccess(d, t);
    expect(cb.state).toBe('OPEN');
    const m = cb.metrics(t);
    expect([m.numberOfSlowCalls, m.slowCallRate, m.failureRate]).toEqual([3, 75, 0]);
  });

  it('shouldTransitionBackToClosedStateWhenFailureIsBelowThreshold, into a fresh window', () => {
    const { cb, log } = setup();
    const t = halfOpen(cb);
    cb.onError(0, t);
    for (let i = 0; i < 3; i++) cb.onSuccess(0, t);
    expect(cb.state).toBe('CLOSED');
    expectMetrics(cb, t, -1, 0, 0, 0, 0);
    cb.onSuccess(0, t);
    expectMetrics(cb, t, -1, 1, 1, 0, 0);
    expect(log.at(-1)?.to).toBe('CLOSED');
  });

  it('decides once min(minimumNumberOfCalls, permitted) calls are recorded (source: CircuitBreakerMetrics.forHalfOpen)', () => {
    const { cb } = setup({ minimumNumberOfCalls: 2 });
    const t = halfOpen(cb);
    cb.onSuccess(0, t);
    expect(cb.state).toBe('HALF_OPEN');
    cb.onSuccess(0, t);
    expect(cb.state).toBe('CLOSED'); // after 2 of the 4 permitted calls
  });

  it('circuitBreakerTransitionsToOpenAfterWaitDurationInHalfOpenState (maxWaitDurationInHalfOpenState = 1 s)', () => {
    const { cb, log } = setup();
    const t = halfOpen(cb);
    expect(cb.nextTimedTransitionAt()).toBe(t + 1000);
    cb.advance(t + 999);
    expect(cb.state).toBe('HALF_OPEN');
    cb.advance(t + 1000);
    expect(cb.state).toBe('OPEN');
    expect(log.at(-1)).toEqual({ atMs: t + 1000, from: 'HALF_OPEN', to: 'OPEN' });
    expect(cb.tryAcquirePermission(t + 1000 + 5000)).toBe(false); // a new wait started when the timer fired
  });

  it('with maxWaitDurationInHalfOpenState = 0 HALF_OPEN waits forever for its calls', () => {
    const { cb } = setup({ maxWaitDurationInHalfOpenState: 0 });
    const t = halfOpen(cb);
    expect(cb.nextTimedTransitionAt()).toBeUndefined();
    cb.advance(t + 1e9);
    expect(cb.state).toBe('HALF_OPEN');
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

const LEGAL = new Set(['CLOSED->OPEN', 'OPEN->HALF_OPEN', 'HALF_OPEN->OPEN', 'HALF_OPEN->CLOSED']);

describe('CircuitBreaker: properties', () => {
  const configArb = fc.record({
    slidingWindowType: fc.constantFrom('COUNT_BASED' as const, 'TIME_BASED' as const),
    slidingWindowSize: fc.integer({ min: 1, max: 8 }),
    minimumNumberOfCalls: fc.integer({ min: 1, max: 8 }),
    failureRateThreshold: fc.integer({ min: 1, max: 100 }),
    slowCallRateThreshold: fc.integer({ min: 1, max: 100 }),
    slowCallDurationThreshold: fc.integer({ min: 1, max: 500 }),
    waitDurationInOpenState: fc.integer({ min: 1, max: 3000 }),
    permittedNumberOfCallsInHalfOpenState: fc.integer({ min: 1, max: 4 }),
    maxWaitDurationInHalfOpenState: fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 3000 })),
    automaticTransitionFromOpenToHalfOpenEnabled: fc.boolean(),
  });
  const stepArb = fc.record({
    dt: fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 4000 })),
    op: fc.constantFrom('acquire', 'acquire', 'complete', 'complete', 'release', 'tick'),
    failed: fc.boolean(),
    durationMs: fc.integer({ min: 0, max: 1000 }),
  });

  it('moves only along legal edges and never admits a call while OPEN before the wait has elapsed', () => {
    fc.assert(
      fc.property(configArb, fc.array(stepArb, { maxLength: 200 }), (config, steps) => {
        const log: BreakerTransition[] = [];
        let halfOpenGranted = 0;
        const cb = new CircuitBreaker(config, (t) => {
          log.push(t);
          if (t.to === 'HALF_OPEN') halfOpenGranted = 0;
        });
        let now = 0;
        let inFlight = 0;
        for (const s of steps) {
          now += s.dt;
          if (s.op === 'tick') {
            cb.advance(now);
          } else if (s.op === 'acquire') {
            cb.advance(now);
            const before: BreakerState = cb.state;
            const lastOpen = log.findLast((t) => t.to === 'OPEN');
            const ok = cb.tryAcquirePermission(now);
            if (before === 'OPEN') {
              const openAt = lastOpen ? lastOpen.atMs : -Infinity;
              expect(ok).toBe(now > openAt + config.waitDurationInOpenState);
              if (config.automaticTransitionFromOpenToHalfOpenEnabled) expect(now).toBeLessThan(openAt + config.waitDurationInOpenState);
            }
            if (ok) inFlight++;
            if (ok && cb.state === 'HALF_OPEN') halfOpenGranted++;
          } else if (inFlight > 0) {
            inFlight--;
            if (s.op === 'release') {
              if (cb.state === 'HALF_OPEN') halfOpenGranted--;
              cb.releasePermission(now);
            } else if (s.failed) cb.onError(s.durationMs, now);
            else cb.onSuccess(s.durationMs, now);
          }
          if (cb.state === 'HALF_OPEN') expect(halfOpenGranted).toBeLessThanOrEqual(config.permittedNumberOfCallsInHalfOpenState);
        }
        let prev: BreakerState = 'CLOSED';
        let prevAt = -Infinity;
        for (const t of log) {
          expect(LEGAL.has(`${t.from}->${t.to}`)).toBe(true);
          expect(t.from).toBe(prev);
          expect(t.atMs).toBeGreaterThanOrEqual(prevAt);
          prev = t.to;
          prevAt = t.atMs;
        }
        expect(cb.state).toBe(prev);
      }),
      { numRuns: 300 },
    );
  });
});
