import { describe, expect, it } from 'vitest';
import type { Report, Summary } from '@/simulations/index';
import { METRICS, metricById, metricsOf, mixedQuantile } from './metrics';

const summary = (count: number, p50: number, p95: number, p99: number, max: number): Summary => ({ count, mean: p50, p50, p95, p99, max });
const client = (sent: number, succeeded: number, failures: Partial<Report['clients'][string]['failures']>, latencyMs: Summary) => {
  const f = { error: 0, timeout: 0, rejected: 0, shortCircuited: 0, rateLimited: 0, ...failures };
  const failed = Object.values(f).reduce((a, b) => a + b, 0);
  return { sent, succeeded, degraded: 0, failed, inFlight: sent - succeeded - failed, failures: f, latencyMs };
};
const queue = (maxDepth: number, deadLettered: number) => ({ enqueued: 10, acked: 10, redelivered: 0, deadLettered, rejected: 0, duplicates: 0, depthAtEnd: 0, inFlightAtEnd: 0, maxDepth });

const base: Report = {
  scenario: 'hand-made',
  seed: 1,
  simulatedMs: 12_000,
  warmupMs: 2000,
  events: 0,
  clients: {},
  nodes: {},
  links: {},
  queues: {},
  consistency: {},
  patterns: {},
};

/** Two clients, two queues, two consumers, a read model and both saga styles: every metric has a value. */
const full: Report = {
  ...base,
  clients: {
    web: client(1000, 900, { error: 40, timeout: 30, rejected: 10 }, summary(900, 10, 20, 30, 40)),
    app: client(1000, 800, { shortCircuited: 150, rateLimited: 25 }, summary(800, 10, 20, 30, 40)),
  },
  queues: { orders: queue(17, 3), 'events:billing': queue(42, 0) },
  consistency: { billing: { lagMs: summary(50, 100, 250, 300, 400) }, search: { lagMs: summary(50, 100, 900, 950, 990) }, idle: { lagMs: summary(0, 0, 0, 0, 0) } },
  patterns: {
    view: { kind: 'readModel', values: { reads: 100, staleReads: 7 } },
    view2: { kind: 'readModel', values: { reads: 100, staleReads: 5 } },
    saga: { kind: 'sagaOrchestrator', values: { started: 20, compensated: 4 } },
    shop: { kind: 'sagaParticipant', values: { started: 10, compensated: 2 } },
    pay: { kind: 'sagaParticipant', values: { stepsDone: 9 } },
    gw: { kind: 'gateway', values: { compensated: 99, staleReads: 99 } },
  },
};

describe('METRICS', () => {
  it('read a hand-computed report', () => {
    const m = metricsOf(full);
    // Both clients have the same latency distribution, so the mixture's percentiles are theirs.
    expect(m.p50).toBeCloseTo(10, 9);
    expect(m.p95).toBeCloseTo(20, 9);
    expect(m.p99).toBeCloseTo(30, 9);
    expect(m.successRate).toBeCloseTo(85, 9); // 1700 of 2000
    expect(m['errors.error']).toBe(40);
    expect(m['errors.timeout']).toBe(30);
    expect(m['errors.rejected']).toBe(10);
    expect(m['errors.shortCircuited']).toBe(150);
    expect(m['errors.rateLimited']).toBe(25);
    expect(m.throughput).toBeCloseTo(170, 9); // 1700 successes in the 10 s after the warm-up
    expect(m.maxQueueDepth).toBe(42);
    expect(m.deadLettered).toBe(3);
    expect(m.lagP95).toBe(900); // the worse consumer; the one without writes does not count
    expect(m.staleReads).toBe(12); // read models only, not the gateway's value of the same name
    expect(m.compensations).toBe(6); // orchestrator + the participant that starts sagas
  });

  it('leave out what a scenario does not have, instead of reporting 0', () => {
    const m = metricsOf(base);
    for (const metric of METRICS) expect(m[metric.id], metric.id).toBeUndefined();
  });

  it('report 0 for a metric the scenario has but that never happened', () => {
    const r: Report = { ...base, clients: { web: client(10, 10, {}, summary(10, 1, 2, 3, 4)) }, queues: { q: queue(0, 0) } };
    const m = metricsOf(r);
    expect(m['errors.timeout']).toBe(0);
    expect(m.maxQueueDepth).toBe(0);
    expect(m.successRate).toBe(100);
    expect(m.staleReads).toBeUndefined();
  });

  it('have unique ids and say which direction is better', () => {
    expect(new Set(METRICS.map((m) => m.id)).size).toBe(METRICS.length);
    expect(metricById('p95')?.better).toBe('lower');
    expect(metricById('successRate')?.better).toBe('higher');
    expect(metricById('nope')).toBeUndefined();
  });
});

describe('mixedQuantile', () => {
  it('is exact for a single client', () => {
    const s = summary(100, 5, 50, 80, 120);
    expect(mixedQuantile([s], 0.5)).toBe(5);
    expect(mixedQuantile([s], 0.95)).toBe(50);
    expect(mixedQuantile([s], 0.99)).toBe(80);
  });

  it('weights clients by request count', () => {
    // A fast client with 9 of every 10 requests and a slow one: the mixed median lies in the fast one.
    const fast = summary(900, 10, 20, 30, 40);
    const slow = summary(100, 1000, 2000, 3000, 4000);
    const p50 = mixedQuantile([fast, slow], 0.5)!;
    expect(p50).toBeGreaterThan(10);
    expect(p50).toBeLessThan(20);
    // The top 10 % are all slow requests: p95 is in the slow client's range.
    expect(mixedQuantile([fast, slow], 0.95)!).toBeGreaterThan(40);
    // A client without successful requests does not pull the mixture.
    expect(mixedQuantile([fast, summary(0, 0, 0, 0, 0)], 0.95)).toBe(20);
    expect(mixedQuantile([], 0.5)).toBeUndefined();
  });
});
