/**
 * Variants of a design are compared under the same traffic: randomness is drawn per node and purpose,
 * so changing the topology behind a client (REST → queue, more workers, a breaker) leaves the
 * client's arrivals, operations and keys exactly as they were. Differences come from the design.
 */
import { describe, expect, it } from 'vitest';
import { client, consume, enqueue, exponential, poissonTraffic, queue, rest, service, start, column, type Topology } from '../test-support/scenarios';

const traffic = () => client('web', poissonTraffic(80), { operations: [{ name: 'GET /api/users/{id}', weight: 3 }, { name: 'POST /api/users', weight: 1 }] });

const restVariant: Topology = {
  durationMs: 20_000,
  windowMs: 10,
  nodes: [traffic(), service('users', { workers: 2, serviceTime: exponential(20) })],
  links: [rest('web', 'users')],
};

const queueVariant: Topology = {
  durationMs: 20_000,
  windowMs: 10,
  nodes: [traffic(), queue('jobs'), service('users', { workers: 8, serviceTime: exponential(5), errorRate: 0.2 })],
  links: [enqueue('web', 'jobs'), consume('jobs', 'users', { concurrency: 8 })],
};

describe('variants under one seed', () => {
  it('a client sends exactly the same requests, window by window, whatever sits behind it', () => {
    const a = start(restVariant, { seed: 99 });
    const b = start(queueVariant, { seed: 99 });
    a.finish();
    b.finish();
    const sentA = column(a, 'web', 'sent').v;
    const sentB = column(b, 'web', 'sent').v;
    expect(sentA.length).toBe(2000);
    expect(sentB).toEqual(sentA);
    expect(a.report().clients.web.sent).toBe(b.report().clients.web.sent);
    // …while what happens to them differs (the REST variant queues at 2 workers: ρ = 0.8).
    expect(a.report().clients.web.latencyMs.p50).not.toBe(b.report().clients.web.latencyMs.p50);
  });

  it('a different seed gives different traffic (the comparison is not vacuous)', () => {
    const a = start(restVariant, { seed: 99 });
    const b = start(restVariant, { seed: 100 });
    a.finish();
    b.finish();
    expect(column(b, 'web', 'sent').v).not.toEqual(column(a, 'web', 'sent').v);
  });
});
