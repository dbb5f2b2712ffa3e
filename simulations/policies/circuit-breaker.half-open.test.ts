// Ports of Resilience4j's own tests (resilience4j-circuitbreaker/src/test/.../internal/), on simulated time.
// Each case names the test it mirrors:
//   CircuitBreakerStateMachineTest: shouldTransitionToHalfOpenAfterWaitDuration,
//     shouldOnlyPermitFourCallsInHalfOpenState, shouldIncreaseCounterOnReleasePermission,
//     shouldThrowCallNotPermittedExceptionWhenNotFurtherTestCallsArePermitted,
//     shouldTransitionBackToOpenStateWhenFailureRateIsAboveThreshold,
//     shouldTransitionBackToOpenStateWhenSlowCallRateIsAboveThreshold,
//     shouldTransitionBackToClosedStateWhenFailureIsBelowThreshold,
//     circuitBreakerTransitionsToOpenAfterWaitDurationInHalfOpenState
//   CircuitBreakerAutoTransitionStateMachineTest: testAutoTransition
// Cases marked "(source)" have no Resilience4j test; they pin behaviour read from CircuitBreakerStateMachine.java
// (OpenState.tryAcquirePermission, HalfOpenState) and CircuitBreakerMetrics.forHalfOpen.
import { describe, expect, it } from 'vitest';
import { T0, expectMetrics, halfOpen, setup } from './circuit-breaker.fixtures';

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
