// A service as a user builds one: a bounded waiting line, a fallback on a failing dependency,
// sequential vs parallel downstream calls, and a closed-loop client obeying the response-time law.
import { describe, expect, it } from 'vitest';
import { client, constant, constantTraffic, exponential, rest, service, simulate } from '../test-support/scenarios';

describe('service: waiting-line capacity', () => {
  it('one 50 ms worker with room for 2 waiting, at 100 req/s: serves 20/s, rejects the rest', () => {
    const r = simulate({
      nodes: [client('c', constantTraffic(100), { stopAtMs: 9_000 }), service('s', { workers: 1, queueCapacity: 2, serviceTime: constant(50) })],
      links: [rest('c', 's')],
      durationMs: 10_000,
    });
    const c = r.clients.c;
    const s = r.nodes.s;
    expect(c.sent).toBe(900);
    expect(c.inFlight).toBe(0);
    // 9 s at 20/s, plus the 2 waiting when arrivals stop drain afterwards.
    expect(c.succeeded).toBeGreaterThanOrEqual(180);
    expect(c.succeeded).toBeLessThanOrEqual(183);
    expect(c.failures.rejected).toBe(c.sent - c.succeeded);
    expect(s.rejected).toBe(c.failures.rejected);
    expect(s.arrivals).toBe(s.completed + s.rejected);
    // Nobody waited longer than two services.
    expect(s.waitMs.max).toBeLessThanOrEqual(100);
    expect(c.latencyMs.max).toBeLessThanOrEqual(150);
  });

  it('queueCapacity 0: only as many as there are workers, no waiting', () => {
    const r = simulate({
      nodes: [client('c', constantTraffic(100), { stopAtMs: 5_000 }), service('s', { workers: 2, queueCapacity: 0, serviceTime: constant(50) })],
      links: [rest('c', 's')],
      durationMs: 6_000,
    });
    expect(r.nodes.s.waitMs.max).toBe(0);
    expect(r.clients.c.succeeded).toBe(200);
    expect(r.clients.c.failures.rejected).toBe(300);
  });
});

describe('service: fallback on a failing dependency', () => {
  const topology = (fallback: boolean) => ({
    nodes: [
      client('c', constantTraffic(100), { stopAtMs: 9_000 }),
      service('api', { workers: 100, serviceTime: constant(1) }),
      service('recs', { workers: 100, serviceTime: constant(1), errorRate: 1 }),
    ],
    links: [rest('c', 'api'), rest('api', 'recs', { fallback })],
    durationMs: 10_000,
  });

  it('with fallback the client succeeds, every answer counted as degraded', () => {
    const c = simulate(topology(true)).clients.c;
    expect(c.sent).toBe(900);
    expect(c.succeeded).toBe(900);
    expect(c.degraded).toBe(900);
    expect(c.failed).toBe(0);
  });

  it('without fallback the same failure reaches the client as an error', () => {
    const c = simulate(topology(false)).clients.c;
    expect(c.succeeded).toBe(0);
    expect(c.failures.error).toBe(900);
    expect(c.degraded).toBe(0);
  });
});

describe('service: sequential vs parallel downstream calls', () => {
  const latency = (callMode: 'sequential' | 'parallel') =>
    simulate({
      nodes: [
        client('c', constantTraffic(10), { stopAtMs: 9_000 }),
        service('api', { workers: 100, serviceTime: constant(0), callMode }),
        service('users', { workers: 100, serviceTime: constant(50) }),
        service('orders', { workers: 100, serviceTime: constant(50) }),
      ],
      links: [rest('c', 'api'), rest('api', 'users'), rest('api', 'orders')],
      durationMs: 10_000,
    }).clients.c.latencyMs;

  it('two 50 ms calls take 100 ms one after the other and 50 ms side by side', () => {
    const seq = latency('sequential');
    const par = latency('parallel');
    expect(seq.count).toBe(90);
    expect(seq.mean).toBeCloseTo(100, 9);
    expect(seq.max).toBe(100);
    expect(par.count).toBe(90);
    expect(par.mean).toBeCloseTo(50, 9);
    expect(par.max).toBe(50);
  });
});

describe('closed-loop client: the interactive response-time law X = N / (R + Z)', () => {
  it.each([
    { users: 5, think: 100, mean: 10 },
    { users: 20, think: 100, mean: 10 },
  ])('$users users, think $think ms, service mean $mean ms', ({ users, think, mean }) => {
    const durationMs = 300_000;
    const warmupMs = 10_000;
    const r = simulate({
      nodes: [
        client('c', { type: 'closed', users, thinkTime: exponential(think) }),
        service('s', { workers: 1, serviceTime: exponential(mean) }),
      ],
      links: [rest('c', 's')],
      durationMs,
      warmupMs,
    });
    const c = r.clients.c;
    const X = c.succeeded / ((durationMs - warmupMs) / 1000); // per second
    const R = c.latencyMs.mean / 1000;
    const Z = think / 1000;
    expect(c.failed).toBe(0);
    expect(Math.abs(X - users / (R + Z)) / X).toBeLessThan(0.03);
    // The single worker is the bottleneck: X ≤ 1/S, and ≈ 1/S once saturated.
    expect(X).toBeLessThanOrEqual((1000 / mean) * 1.02);
    expect(r.nodes.s.utilization).toBeCloseTo((X * mean) / 1000, 1);
    if (users === 20) expect(r.nodes.s.utilization).toBeGreaterThan(0.97);
  });
});
