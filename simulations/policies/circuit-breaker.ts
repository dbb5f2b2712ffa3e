// Resilience4j's CircuitBreakerStateMachine (CLOSED / OPEN / HALF_OPEN), driven by simulated time.
// Where Resilience4j uses a scheduler (automatic OPEN -> HALF_OPEN, maxWaitDurationInHalfOpenState),
// the engine asks nextTimedTransitionAt() and calls advance(now) then. Every method that takes `now`
// applies transitions already due first, so the outcome does not depend on how the engine orders
// events that share a timestamp: a timer due at `now` counts as having fired.
import { BreakerMetrics, hasExceededThresholds } from './breaker-metrics';
import type { BreakerMetricsSnapshot, ThresholdResult } from './breaker-metrics';

export type BreakerState = 'CLOSED' | 'OPEN' | 'HALF_OPEN';

export interface CircuitBreakerConfig {
  slidingWindowType: 'COUNT_BASED' | 'TIME_BASED';
  /** calls (COUNT_BASED) or seconds (TIME_BASED) */
  slidingWindowSize: number;
  minimumNumberOfCalls: number;
  /** percent */
  failureRateThreshold: number;
  /** percent */
  slowCallRateThreshold: number;
  /** ms; a call lasting strictly longer is slow */
  slowCallDurationThreshold: number;
  /** ms */
  waitDurationInOpenState: number;
  permittedNumberOfCallsInHalfOpenState: number;
  /** ms; 0 = stay HALF_OPEN until the permitted calls have been recorded */
  maxWaitDurationInHalfOpenState: number;
  automaticTransitionFromOpenToHalfOpenEnabled: boolean;
}

/** Resilience4j's CircuitBreakerConfig defaults, durations in ms. */
export const CIRCUIT_BREAKER_DEFAULTS: CircuitBreakerConfig = Object.freeze({
  slidingWindowType: 'COUNT_BASED',
  slidingWindowSize: 100,
  minimumNumberOfCalls: 100,
  failureRateThreshold: 50,
  slowCallRateThreshold: 100,
  slowCallDurationThreshold: 60_000,
  waitDurationInOpenState: 60_000,
  permittedNumberOfCallsInHalfOpenState: 10,
  maxWaitDurationInHalfOpenState: 0,
  automaticTransitionFromOpenToHalfOpenEnabled: false,
});

export interface BreakerTransition {
  atMs: number;
  from: BreakerState;
  to: BreakerState;
}

export type CircuitBreakerMetrics = BreakerMetricsSnapshot;

// The same bounds Resilience4j's CircuitBreakerConfig.Builder enforces, so a scenario that would not
// start in Java fails here too instead of behaving in some undefined way.
function validate(c: CircuitBreakerConfig): CircuitBreakerConfig {
  const fail = (msg: string): never => {
    throw new RangeError(`CircuitBreakerConfig: ${msg}`);
  };
  const isInt = Number.isInteger;
  if (c.slidingWindowType !== 'COUNT_BASED' && c.slidingWindowType !== 'TIME_BASED') fail('bad slidingWindowType');
  if (!isInt(c.slidingWindowSize) || c.slidingWindowSize < 1) fail('slidingWindowSize must be an integer >= 1');
  if (!isInt(c.minimumNumberOfCalls) || c.minimumNumberOfCalls < 1) fail('minimumNumberOfCalls must be an integer >= 1');
  if (!(c.failureRateThreshold > 0 && c.failureRateThreshold <= 100)) fail('failureRateThreshold must be in (0, 100]');
  if (!(c.slowCallRateThreshold > 0 && c.slowCallRateThreshold <= 100)) fail('slowCallRateThreshold must be in (0, 100]');
  if (!(c.slowCallDurationThreshold > 0)) fail('slowCallDurationThreshold must be > 0');
  if (!(c.waitDurationInOpenState >= 1)) fail('waitDurationInOpenState must be at least 1 ms');
  if (!isInt(c.permittedNumberOfCallsInHalfOpenState) || c.permittedNumberOfCallsInHalfOpenState < 1) {
    fail('permittedNumberOfCallsInHalfOpenState must be an integer >= 1');
  }
  if (!(c.maxWaitDurationInHalfOpenState >= 0)) fail('maxWaitDurationInHalfOpenState must be >= 0');
  return c;
}

export class CircuitBreaker {
  readonly config: CircuitBreakerConfig;
  private current: BreakerState = 'CLOSED';
  private m: BreakerMetrics;
  /** OPEN: calls are refused until the clock is strictly after this (Resilience4j: isAfter). */
  private retryAfter = 0;
  /** HALF_OPEN: when the maxWaitDurationInHalfOpenState timer fires, if it is set. */
  private halfOpenUntil: number | undefined;
  private permits = 0;

  constructor(
    config: Partial<CircuitBreakerConfig> = {},
    /** Also gets the call window as it was when the breaker decided (for explanations). */
    private readonly onTransition?: (t: BreakerTransition, before: BreakerMetricsSnapshot) => void,
  ) {
    this.config = Object.freeze(validate({ ...CIRCUIT_BREAKER_DEFAULTS, ...config }));
    this.m = this.closedMetrics();
  }

  get state(): BreakerState {
    return this.current;
  }

  tryAcquirePermission(now: number): boolean {
    this.advance(now);
    if (this.current === 'CLOSED') return true;
    if (this.current === 'OPEN') {
      if (now > this.retryAfter) {
        this.transition('HALF_OPEN', now);
        return this.takeHalfOpenPermit();
      }
      this.m.onCallNotPermitted();
      return false;
    }
    return this.takeHalfOpenPermit();
  }

  /** Like Resilience4j, only HALF_OPEN counts permits, and a release is not capped at the permitted number. */
  releasePermission(now: number): void {
    this.advance(now);
    if (this.current === 'HALF_OPEN') this.permits++;
  }

  onSuccess(durationMs: number, now: number): void {
    this.advance(now);
    this.afterRecord(this.m.onSuccess(durationMs, now), now);
  }

  onError(durationMs: number, now: number): void {
    this.advance(now);
    this.afterRecord(this.m.onError(durationMs, now), now);
  }

  nextTimedTransitionAt(): number | undefined {
    if (this.current === 'OPEN' && this.config.automaticTransitionFromOpenToHalfOpenEnabled) return this.retryAfter;
    if (this.current === 'HALF_OPEN') return this.halfOpenUntil;
    return undefined;
  }

  advance(now: number): void {
    // A long jump can owe several timers (OPEN -> HALF_OPEN -> OPEN ...); each fires at its own time.
    for (let due = this.nextTimedTransitionAt(); due !== undefined && due <= now; due = this.nextTimedTransitionAt()) {
      this.transition(this.current === 'OPEN' ? 'HALF_OPEN' : 'OPEN', due);
    }
  }

  metrics(now: number): CircuitBreakerMetrics {
    this.advance(now);
    return this.m.snapshot(now);
  }

  /** Manual trip, as Resilience4j's transitionToOpenState(): starts a fresh wait even when already OPEN. */
  transitionToOpenState(now: number): void {
    this.advance(now);
    this.transition('OPEN', now);
  }

  /** Resilience4j's reset(): back to CLOSED with empty metrics, whatever the state. */
  reset(now: number): void {
    this.transition('CLOSED', now);
  }

  private takeHalfOpenPermit(): boolean {
    if (this.permits > 0) {
      this.permits--;
      return true;
    }
    this.m.onCallNotPermitted();
    return false;
  }

  // A call recorded while OPEN (it started before the trip) only updates the metrics, as in Resilience4j.
  private afterRecord(result: ThresholdResult, now: number): void {
    if (this.current === 'CLOSED' && hasExceededThresholds(result)) this.transition('OPEN', now);
    else if (this.current === 'HALF_OPEN') {
      if (hasExceededThresholds(result)) this.transition('OPEN', now);
      else if (result === 'BELOW_THRESHOLDS') this.transition('CLOSED', now);
    }
  }

  private transition(to: BreakerState, atMs: number): void {
    const from = this.current;
    const before = this.m;
    this.current = to;
    if (to === 'CLOSED') {
      this.m = this.closedMetrics();
    } else if (to === 'OPEN') {
      // OPEN keeps the metrics that tripped it, so they stay observable; rejections add to them.
      this.retryAfter = atMs + this.config.waitDurationInOpenState;
    } else {
      const permitted = this.config.permittedNumberOfCallsInHalfOpenState;
      this.m = BreakerMetrics.countBased(permitted, this.config.minimumNumberOfCalls, this.config);
      this.permits = permitted;
      // Resilience4j schedules this timer only for a wait of at least 1 ms (Duration.toMillis() >= 1).
      const maxWait = this.config.maxWaitDurationInHalfOpenState;
      this.halfOpenUntil = maxWait >= 1 ? atMs + maxWait : undefined;
    }
    // Re-entering the same state is internal in Resilience4j: the state is rebuilt, no event is published.
    if (from !== to) this.onTransition?.({ atMs, from, to }, before.snapshot(atMs));
  }

  private closedMetrics(): BreakerMetrics {
    const c = this.config;
    return c.slidingWindowType === 'COUNT_BASED'
      ? BreakerMetrics.countBased(c.slidingWindowSize, c.minimumNumberOfCalls, c)
      : BreakerMetrics.timeBased(c.slidingWindowSize, c.minimumNumberOfCalls, c);
  }
}
