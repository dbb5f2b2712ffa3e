// Cycles that take no simulated time must not stop the clock: a closed-loop user with no think time
// against a fail-fast link, and a queue redelivering at once to a consumer that fails at once.
// Each run is capped in events, so a regression fails here instead of hanging the suite.
import { describe, expect, it } from 'vitest';
import { client, constant, consume, enqueue, queue, rest, service, start } from '../test-support/scenarios';

const MAX_EVENTS = 1_000_000;

describe('zero-time loops', () => {
  it('closed-loop users with think time 0 behind an open breaker: time moves on, the run ends', () => {
    const run = start({
      nodes: [client('c', { type: 'closed', users: 5, thinkTime: constant(0) }), service('s', { workers: 5, serviceTime: constant(5) })],
      links: [rest('c', 's', { latency: constant(1), circuitBreaker: { slidingWindowSize: 10, minimumNumberOfCalls: 5, waitDurationInOpenState: 1000 } })],
      faults: [{ kind: 'outage', target: 's', atMs: 1000, durationMs: 1000 }],
      durationMs: 3000,
    });
    run.advanceTo(3000, MAX_EVENTS);
    expect(run.done).toBe(true);
    const r = run.report();
    expect(r.links['c-rest-s'].shortCircuited).toBeGreaterThan(0);
    // While the breaker is open each user asks once per ms: bounded, not a hot loop at one instant.
    expect(r.clients.c.sent).toBeLessThan(5 * 3000 + 10);
    // The law still holds before the outage: 5 users, 6 ms round trips.
    expect(r.clients.c.succeeded).toBeGreaterThan(5 * (1000 / 6) * 1.5);
  });

  it('closed-loop users with think time 0 and no link at all', () => {
    const run = start({ nodes: [client('c', { type: 'closed', users: 2, thinkTime: constant(0) })], durationMs: 100 });
    run.advanceTo(100, MAX_EVENTS);
    expect(run.done).toBe(true);
    expect(run.report().clients.c.failures.error).toBeGreaterThan(0);
  });

  it('think time 0 with a service that takes time is untouched: X = N / R', () => {
    const run = start({
      nodes: [client('c', { type: 'closed', users: 4, thinkTime: constant(0) }), service('s', { workers: 4, serviceTime: constant(10) })],
      links: [rest('c', 's')],
      durationMs: 1000,
    });
    run.advanceTo(1000, MAX_EVENTS);
    expect(run.report().clients.c.succeeded).toBe(4 * 100);
  });

  it('a queue with retryDelayMs 0 and maxReceives 0 whose consumer fails at once: time moves on', () => {
    const run = start({
      nodes: [
        client('c', { type: 'constant', ratePerSec: 10 }, { stopAtMs: 500 }),
        queue('q', { retryDelayMs: 0, maxReceives: 0 }),
        service('w', { serviceTime: constant(5) }),
      ],
      links: [enqueue('c', 'q'), consume('q', 'w', { latency: constant(0) })],
      faults: [{ kind: 'outage', target: 'w', atMs: 0, durationMs: 800 }],
      durationMs: 1000,
    });
    run.advanceTo(1000, MAX_EVENTS);
    expect(run.done).toBe(true);
    const q = run.report().queues.q;
    // Once the outage ends every message gets through.
    expect(q.acked).toBe(q.enqueued);
    expect(q.redelivered).toBeGreaterThan(0);
  });
});
