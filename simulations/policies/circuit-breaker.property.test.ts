// Property: for random configurations and call sequences the breaker only moves along Resilience4j's
// edges (CLOSED->OPEN, OPEN->HALF_OPEN, HALF_OPEN->OPEN|CLOSED), never admits a call while OPEN before
// the wait has elapsed, and never hands out more HALF_OPEN permits than configured (net of releases).
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { CircuitBreaker } from './circuit-breaker';
import type { BreakerState, BreakerTransition } from './circuit-breaker';

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
