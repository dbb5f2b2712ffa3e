// The circuit breaker on a REST link, end to end: a service outage trips it, it probes in HALF_OPEN
// every waitDurationInOpenState while the outage lasts, and closes once the service is back.
import { describe, expect, it } from 'vitest';
import { client, column, constant, constantTraffic, rest, service, start } from '../test-support/scenarios';

const breaker = {
  slidingWindowType: 'COUNT_BASED' as const,
  slidingWindowSize: 20,
  minimumNumberOfCalls: 10,
  failureRateThreshold: 50,
  waitDurationInOpenState: 2000,
  permittedNumberOfCallsInHalfOpenState: 3,
  automaticTransitionFromOpenToHalfOpenEnabled: true,
};

function outageRun() {
  const run = start({
    nodes: [client('c', constantTraffic(100)), service('s', { workers: 10, serviceTime: constant(5) })],
    links: [rest('c', 's', { circuitBreaker: breaker })],
    faults: [{ kind: 'outage', target: 's', atMs: 10_000, durationMs: 10_000 }],
    durationMs: 30_000,
  });
  run.finish();
  return { run, report: run.report() };
}

describe('REST link: circuit breaker under a service outage (10 s – 20 s)', () => {
  const { run, report } = outageRun();
  const link = report.links['c-rest-s'];
  const t = link.breakerTransitions;

  it('opens shortly after the outage starts, once half of the last 20 calls failed', () => {
    expect(t[0].from).toBe('CLOSED');
    expect(t[0].to).toBe('OPEN');
    // 20 good calls fill the window; 10 failures at 100/s take 90–100 ms to make it 50 %.
    expect(t[0].atMs).toBeGreaterThanOrEqual(10_000);
    expect(t[0].atMs).toBeLessThanOrEqual(10_200);
  });

  it('goes HALF_OPEN exactly waitDurationInOpenState after each opening (automatic transition)', () => {
    for (let i = 0; i < t.length; i++) {
      if (t[i].to !== 'OPEN') continue;
      expect(t[i + 1]).toMatchObject({ from: 'OPEN', to: 'HALF_OPEN', atMs: t[i].atMs + 2000 });
    }
  });

  it('falls back to OPEN from HALF_OPEN while the outage lasts, closes only after it ends', () => {
    const fromHalfOpen = t.filter((x) => x.from === 'HALF_OPEN');
    const reopened = fromHalfOpen.filter((x) => x.to === 'OPEN');
    expect(reopened.length).toBeGreaterThanOrEqual(3);
    for (const x of reopened) expect(x.atMs).toBeLessThan(20_000);
    const last = t[t.length - 1];
    expect(last).toMatchObject({ from: 'HALF_OPEN', to: 'CLOSED' });
    expect(last.atMs).toBeGreaterThanOrEqual(20_000);
    // The first probe after the outage ends is at most one wait away.
    expect(last.atMs).toBeLessThanOrEqual(22_200);
    // Only legal Resilience4j edges, each from the state the previous one left it in.
    for (let i = 1; i < t.length; i++) expect(t[i].from).toBe(t[i - 1].to);
  });

  it('short-circuits most calls during the outage: the client sees shortCircuited, few errors', () => {
    const c = report.clients.c;
    expect(c.failures.shortCircuited).toBe(link.shortCircuited);
    expect(c.failures.error).toBe(link.errors);
    // 10 s of 100 calls/s: only the tripping calls and 3 probes per 2 s reach the dead service.
    expect(c.failures.shortCircuited).toBeGreaterThan(900);
    expect(c.failures.error).toBeLessThan(50);
    expect(c.failures.shortCircuited).toBeGreaterThan(10 * c.failures.error);
    // Before and after the outage everything succeeds: (30 s − 10 s) × 100/s.
    expect(c.succeeded).toBeGreaterThan(1950);
    expect(c.sent).toBe(c.succeeded + c.failed + c.inFlight);
  });

  it('short-circuited calls never reach the service', () => {
    expect(report.nodes.s.arrivals).toBe(link.attempts - link.shortCircuited);
  });

  it('the live breaker column reads OPEN/HALF_OPEN only during the outage', () => {
    const b = column(run, 'c-rest-s', 'breaker');
    const sc = column(run, 'c-rest-s', 'shortCircuited');
    b.t.forEach((end, i) => {
      if (end <= 10_000 || end > 23_000) {
        expect(b.v[i]).toBe(0);
        expect(sc.v[i]).toBe(0);
      }
    });
    expect(sc.v.reduce((a, x) => a + x, 0)).toBe(link.shortCircuited);
  });
});
