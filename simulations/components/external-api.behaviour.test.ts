/**
 * The third-party API: its heavy-tailed latency and error rate are what the caller sees, its quota
 * is one bucket for all callers (429 beyond it), outages either refuse at once or hang until the
 * caller's timeout, and the caller's breaker and retries decide how many calls reach it.
 */
import { describe, expect, it } from 'vitest';
import { binomialSd, client, constant, constantTraffic, poissonTraffic, rest, service, simulate, type Topology } from '../test-support/scenarios';

type Extra = Record<string, unknown>;

/** Shop → checkout → provider (and optionally a second caller, billing, sharing the quota). */
function shop(api: Extra = {}, link: Extra = {}, extra: Partial<Topology> = {}): Topology {
  return {
    durationMs: 120_000,
    nodes: [
      client('shop', poissonTraffic(50), { operations: [{ name: 'POST /api/checkout', weight: 1 }] }),
      service('checkout', { workers: 1000, serviceTime: constant(1) }),
      { id: 'psp', kind: 'externalApi', ...api } as never,
    ],
    links: [rest('shop', 'checkout'), rest('checkout', 'psp', link)],
    ...extra,
  };
}

const run = (t: Topology) => {
  const r = simulate(t);
  return { r, v: r.patterns.psp.values };
};

describe('external API: latency and errors', () => {
  it('default latency (lognormal, p50 120 ms, p99 900 ms) is what the provider shows', () => {
    const { v, r } = run(shop({ errorRate: 0 }));
    const s = r.patterns.psp.summaries!.latencyMs;
    // ~6,000 calls: the median within 5 %, the p99 (60 calls above it) within 15 %.
    expect(s.p50).toBeGreaterThan(114);
    expect(s.p50).toBeLessThan(126);
    expect(s.p99).toBeGreaterThan(765);
    expect(s.p99).toBeLessThan(1035);
    expect(v.ok).toBe(v.calls - v.inFlightAtEnd);
  });

  it('its error rate reaches the caller: 10 % ± 4 sd of calls fail', () => {
    const { v, r } = run(shop({ errorRate: 0.1 }));
    expect(Math.abs(v.errors / (v.calls - v.inFlightAtEnd) - 0.1)).toBeLessThan(4 * binomialSd(0.1, v.calls));
    expect(r.clients.shop.failures.error).toBe(v.errors);
  });
});

describe('external API: quota across all callers', () => {
  it('20/s against a 10/s quota (burst 10): 10 + 10/s get through, the rest are 429', () => {
    const { v, r } = run(shop({ errorRate: 0, quotaPerSec: 10, quotaBurst: 10 }, {}, { nodes: [client('shop', constantTraffic(20)), service('checkout', { workers: 1000, serviceTime: constant(1) }), { id: 'psp', kind: 'externalApi', errorRate: 0, quotaPerSec: 10, quotaBurst: 10 } as never], durationMs: 60_000 }));
    const admitted = v.calls - v.rateLimited;
    expect(admitted).toBeGreaterThanOrEqual(609);
    expect(admitted).toBeLessThanOrEqual(611);
    expect(r.clients.shop.failures.rateLimited).toBe(v.rateLimited);
  });

  it('two callers at 10/s each share one 15/s quota: each loses about a quarter', () => {
    const t = shop({ errorRate: 0, quotaPerSec: 15, quotaBurst: 15 });
    t.nodes[0] = client('shop', poissonTraffic(10));
    t.nodes.push(client('billing', poissonTraffic(10)));
    t.links!.push(rest('billing', 'psp'));
    const { v, r } = run(t);
    for (const c of ['shop', 'billing']) {
      const share = r.clients[c].failures.rateLimited / r.clients[c].sent;
      expect(share, c).toBeGreaterThan(0.17);
      expect(share, c).toBeLessThan(0.33);
    }
    expect(v.rateLimited).toBe(r.clients.shop.failures.rateLimited + r.clients.billing.failures.rateLimited);
  });
});

describe('external API: outages, breaker and retries', () => {
  const outage = [{ kind: 'outage' as const, target: 'psp', atMs: 30_000, durationMs: 30_000 }];
  const timeout = { timeoutMs: 2_000 };

  it("an outage in 'error' mode refuses at once; in 'hang' mode only the caller's timeout ends each call", () => {
    // A steady 100 ms provider, so no healthy call comes near the timeout.
    const fast = run(shop({ errorRate: 0, latency: constant(100) }, { timeout }, { faults: outage }));
    expect(fast.v.unavailable).toBeGreaterThan(1_300);
    expect(fast.r.links['checkout-rest-psp'].timeouts).toBe(0);
    const hang = run(shop({ errorRate: 0, latency: constant(100), failureMode: 'hang' }, { timeout }, { faults: outage }));
    expect(hang.v.unavailable).toBe(0);
    expect(hang.v.hung).toBeGreaterThan(1_300);
    expect(hang.r.links['checkout-rest-psp'].timeouts).toBe(hang.v.hung);
    // Checkout's failed calls took the whole 2 s timeout instead of ~0 ms.
    expect(hang.r.nodes.checkout.responseMs.p99).toBeGreaterThan(1_990);
  });

  it('3 attempts without a breaker: the provider takes 3 calls for every checkout during the outage', () => {
    const retry = { maxAttempts: 3, baseMs: 50, capMs: 1_000, jitter: 'full' };
    const base = run(shop({ errorRate: 0 }, { timeout }, { faults: outage }));
    const retried = run(shop({ errorRate: 0 }, { timeout, retry }, { faults: outage }));
    const extra = retried.v.unavailable - base.v.unavailable;
    // Each of ~1,500 failing checkouts now makes 3 calls: ~3,000 more refused calls.
    expect(extra / base.v.unavailable).toBeGreaterThan(1.9);
    expect(extra / base.v.unavailable).toBeLessThan(2.1);
  });

  it('a breaker keeps the outage off the provider: short-circuited calls never reach it', () => {
    const breaker = { slidingWindowSize: 20, minimumNumberOfCalls: 10, waitDurationInOpenState: 5_000, permittedNumberOfCallsInHalfOpenState: 5 };
    const { v, r } = run(shop({ errorRate: 0 }, { timeout, circuitBreaker: breaker }, { faults: outage }));
    const link = r.links['checkout-rest-psp'];
    expect(link.breakerTransitions[0]).toMatchObject({ to: 'OPEN' });
    expect(link.breakerTransitions[0].atMs).toBeLessThan(30_500);
    expect(v.unavailable).toBeLessThan(100);
    expect(link.shortCircuited).toBeGreaterThan(1_300);
    expect(v.calls).toBe(link.attempts - link.shortCircuited);
  });
});

describe('external API: bookkeeping', () => {
  it('runs as dropped from the palette (defaults only): 1 % errors, no quota', () => {
    const r = simulate({ nodes: [client('shop', poissonTraffic(50)), { id: 'psp', kind: 'externalApi' } as never], links: [rest('shop', 'psp')], durationMs: 60_000 });
    const v = r.patterns.psp.values;
    expect(v.rateLimited).toBe(0);
    expect(Math.abs(v.errors / v.calls - 0.01)).toBeLessThan(4 * binomialSd(0.01, v.calls));
  });

  const busy = () =>
    shop(
      { quotaPerSec: 40, failureMode: 'hang', errorRate: 0.05 },
      { timeout: { timeoutMs: 1_000 }, retry: { maxAttempts: 2, baseMs: 100, capMs: 1_000, jitter: 'none' } },
      { faults: [{ kind: 'outage', target: 'psp', atMs: 10_000, durationMs: 2_000 }, { kind: 'latencySpike', target: 'psp', atMs: 20_000, durationMs: 10_000, extraMs: 300 }], durationMs: 29_000 },
    );

  it('every call ends exactly once: ok + errors + unavailable + 429 + hung + in flight = calls', () => {
    const { v } = run(busy());
    for (const k of ['ok', 'rateLimited', 'hung', 'inFlightAtEnd']) expect(v[k], k).toBeGreaterThan(0);
    expect(v.ok + v.errors + v.unavailable + v.rateLimited + v.hung + v.inFlightAtEnd).toBe(v.calls);
  });

  it('same seed, same report', () => {
    expect(simulate(busy())).toEqual(simulate(busy()));
  });
});
