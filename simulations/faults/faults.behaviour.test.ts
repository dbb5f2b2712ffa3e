// Scheduled faults as a user stages them: what a partition does to a REST call and to a publisher,
// and that latency spikes, error bursts and "fail the first N" hit exactly their window or count.
import { describe, expect, it } from 'vitest';
import { client, column, constant, constantTraffic, publish, rest, service, simulate, start, subscribe, topic } from '../test-support/scenarios';

describe('partition on a REST link', () => {
  it('requests sent during the partition hang until their timeout; the service never sees them', () => {
    const r = simulate({
      nodes: [client('c', constantTraffic(10), { stopAtMs: 4_500 }), service('s', { workers: 10, serviceTime: constant(5) })],
      links: [rest('c', 's', { timeout: { timeoutMs: 300 } })],
      faults: [{ kind: 'partition', target: 'c-rest-s', atMs: 2000, durationMs: 1000 }],
      durationMs: 5_000,
    });
    const c = r.clients.c;
    // Requests at 2000, 2100, …, 2900 are lost: 10 timeouts, each waiting the full 300 ms.
    expect(c.sent).toBe(45);
    expect(c.failures.timeout).toBe(10);
    expect(c.succeeded).toBe(35);
    expect(r.links['c-rest-s'].timeouts).toBe(10);
    expect(r.nodes.s.arrivals).toBe(35);
  });

  it('without a timeout they stay in flight for good', () => {
    const r = simulate({
      nodes: [client('c', constantTraffic(10), { stopAtMs: 4_500 }), service('s', { serviceTime: constant(5) })],
      links: [rest('c', 's')],
      faults: [{ kind: 'partition', target: 'c-rest-s', atMs: 2000, durationMs: 1000 }],
      durationMs: 5_000,
    });
    expect(r.clients.c.inFlight).toBe(10);
    expect(r.clients.c.failed).toBe(0);
  });
});

describe('partition on a publish link', () => {
  const run = start({
    nodes: [client('c', constantTraffic(10), { stopAtMs: 4_500 }), service('api', { serviceTime: constant(5) }), topic('t'), service('p', { serviceTime: constant(1) })],
    links: [rest('c', 'api'), publish('api', 't'), subscribe('t', 'p')],
    faults: [{ kind: 'partition', target: 'api-publish-t', atMs: 2000, durationMs: 1000 }],
    durationMs: 5_000,
  });

  it('holds messages in the outbox while cut, and the snapshot shows it', () => {
    run.advanceTo(2950);
    const snap = run.snapshot();
    expect(snap.links['api-publish-t']).toEqual({ outbox: 10, faulted: true });
    expect(snap.activeFaults).toEqual([0]);
    // The writes themselves succeed: the outbox decouples the client from the broker.
    expect(snap.clients.c.failed).toBe(0);
  });

  it('delivers them after healing: nothing lost, the oldest lag ≈ the partition', () => {
    run.finish();
    const r = run.report();
    expect(run.snapshot().links['api-publish-t']).toEqual({ outbox: 0, faulted: false });
    expect(r.queues['t:p'].enqueued).toBe(45);
    expect(r.queues['t:p'].acked).toBe(45);
    expect(r.links['api-publish-t'].succeeded).toBe(45);
    // The first event held was written at 2005 and went out at 3000 (+1 ms of work).
    expect(r.consistency.p.lagMs.max).toBe(996);
    expect(r.consistency.p.lagMs.p50).toBe(1);
  });
});

describe('timed faults on a service', () => {
  const run = start({
    nodes: [client('c', constantTraffic(100), { stopAtMs: 8_000 }), service('s', { workers: 100, serviceTime: constant(5) })],
    links: [rest('c', 's')],
    faults: [
      { kind: 'latencySpike', target: 's', atMs: 2000, durationMs: 1000, extraMs: 100 },
      { kind: 'errorBurst', target: 's', atMs: 4000, durationMs: 1000, errorRate: 1 },
      { kind: 'failFirst', target: 's', atMs: 6000, count: 7 },
    ],
    durationMs: 8_000,
  });
  run.finish();
  const r = run.report();
  const p50 = column(run, 'c', 'p50').v;
  const errors = column(run, 'c', 'error').v;

  it('a latency spike raises latency during its window only', () => {
    expect(p50).toHaveLength(8);
    // Windows end at 1 s, 2 s, …: the spike fills the third.
    expect(p50[2]).toBe(105);
    // Elsewhere the work alone (percentiles come from a histogram with 1 % relative error).
    for (const i of [0, 1, 3, 5, 6, 7]) expect(Math.abs(p50[i] - 5)).toBeLessThan(0.05);
    expect(r.clients.c.latencyMs.max).toBe(105);
  });

  it('an error burst raises errors during its window only', () => {
    expect(errors[4]).toBe(100);
    for (const i of [0, 1, 2, 3, 5, 7]) expect(errors[i]).toBe(0);
  });

  it('failFirst fails exactly N requests, then the service is healthy again', () => {
    expect(errors[6]).toBe(7);
    expect(column(run, 's', 'failed').v[6]).toBe(7);
    expect(r.clients.c.failures.error).toBe(100 + 7);
    expect(r.clients.c.succeeded).toBe(800 - 107);
  });

  it('an outage answers every request with an error at once', () => {
    const o = simulate({
      nodes: [client('c', constantTraffic(100), { stopAtMs: 3_000 }), service('s', { workers: 100, serviceTime: constant(50) })],
      links: [rest('c', 's')],
      faults: [{ kind: 'outage', target: 's', atMs: 1000, durationMs: 1000 }],
      durationMs: 3_100,
    });
    expect(o.clients.c.failures.error).toBe(100);
    expect(o.clients.c.succeeded).toBe(200);
    expect(o.nodes.s.failed).toBe(100);
    expect(o.nodes.s.responseMs.count).toBe(300);
  });
});
