// A topic as its subscribers see it: each gets every event, a slow one lags without slowing the
// others, and consistency lag along a chain is measured from the original write.
import { describe, expect, it } from 'vitest';
import { client, column, constant, constantTraffic, consume, enqueue, publish, queue, rest, service, simulate, start, subscribe, topic } from '../test-support/scenarios';

describe('topic: fan-out', () => {
  it('each of 3 subscribers gets its own copy of every event', () => {
    const r = simulate({
      nodes: [
        client('c', { type: 'poisson', ratePerSec: 50 }, { stopAtMs: 9_000 }),
        topic('t'),
        service('a', { workers: 4, serviceTime: constant(5) }),
        service('b', { workers: 4, serviceTime: constant(5) }),
        service('d', { workers: 4, serviceTime: constant(5) }),
      ],
      links: [publish('c', 't'), subscribe('t', 'a', { concurrency: 4 }), subscribe('t', 'b', { concurrency: 4 }), subscribe('t', 'd', { concurrency: 4 })],
      durationMs: 10_000,
    });
    const published = r.links['c-publish-t'].succeeded;
    expect(published).toBe(r.clients.c.sent);
    for (const s of ['a', 'b', 'd']) {
      expect(r.queues[`t:${s}`].enqueued).toBe(published);
      expect(r.queues[`t:${s}`].acked).toBe(published);
      expect(r.nodes[s].completed).toBe(published);
      expect(r.consistency[s].lagMs.count).toBe(published);
    }
  });

  it('two subscribe links into the same service are one subscription with two pollers: one copy per event', () => {
    const r = simulate({
      nodes: [client('c', constantTraffic(10), { stopAtMs: 1_900 }), topic('t'), service('s', { workers: 2, serviceTime: constant(1) })],
      links: [publish('c', 't'), subscribe('t', 's'), subscribe('t', 's', { id: 'second-poller' })],
      durationMs: 2_000,
    });
    expect(r.queues['t:s']).toMatchObject({ enqueued: 19, acked: 19 });
    expect(r.nodes.s.completed).toBe(19);
    expect(r.links['t-subscribe-s'].calls + r.links['second-poller'].calls).toBe(19);
  });
});

describe('topic: a slow subscriber', () => {
  const run = start({
    nodes: [
      client('c', constantTraffic(50), { stopAtMs: 9_000 }),
      topic('t'),
      service('fast', { workers: 1, serviceTime: constant(5) }),
      service('slow', { workers: 1, serviceTime: constant(25) }),
    ],
    links: [publish('c', 't'), subscribe('t', 'fast'), subscribe('t', 'slow')],
    durationMs: 10_000,
  });
  run.finish();
  const r = run.report();

  it("builds its own backlog and lag; the fast one's lag stays at its processing time", () => {
    expect(r.consistency.fast.lagMs.max).toBe(5);
    // 50 events/s against 40/s of capacity: the backlog grows by 10/s, the lag by 250 ms each second.
    expect(r.consistency.slow.lagMs.max).toBeGreaterThan(2000);
    expect(r.queues['t:slow'].maxDepth).toBeGreaterThan(80);
    expect(r.queues['t:fast'].maxDepth).toBeLessThanOrEqual(1);
    expect(r.queues['t:fast'].acked).toBe(450);
  });

  it("the slow subscription's depth grows window after window while the fast one's stays empty", () => {
    const slow = column(run, 't:slow', 'depth').v;
    const fast = column(run, 't:fast', 'depth').v;
    for (let i = 1; i < 9; i++) expect(slow[i]).toBeGreaterThan(slow[i - 1]);
    expect(Math.max(...fast)).toBeLessThanOrEqual(1);
    const age = column(run, 't:slow', 'oldestAgeMs').v;
    expect(age[8]).toBeGreaterThan(age[1]);
  });
});

describe('consistency lag along a chain: service → topic → consumer → queue → consumer', () => {
  it('is measured from the write acknowledged at the origin, summing every hop', () => {
    const r = simulate({
      nodes: [
        client('c', constantTraffic(10), { stopAtMs: 9_000 }),
        service('api', { serviceTime: constant(5) }),
        topic('t'),
        service('projector', { serviceTime: constant(10) }),
        queue('q'),
        service('mailer', { serviceTime: constant(20) }),
      ],
      links: [
        rest('c', 'api', { latency: constant(7) }),
        publish('api', 't', { latency: constant(3) }),
        subscribe('t', 'projector', { latency: constant(2) }),
        enqueue('projector', 'q', { latency: constant(4) }),
        consume('q', 'mailer', { latency: constant(1) }),
      ],
      durationMs: 10_000,
    });
    // projector: publish 3 + subscribe 2 + work 10; mailer: that + enqueue 4 + consume 1 + work 20.
    // The client's REST latency (7 ms) comes before the write is acknowledged: not part of the lag.
    expect(r.consistency.projector.lagMs).toMatchObject({ count: 90, mean: 15, max: 15 });
    expect(r.consistency.mailer.lagMs).toMatchObject({ count: 90, mean: 40, max: 40 });
    // Lag from an origin that is itself a consumed message is never shorter than the upstream lag.
    expect(r.consistency.mailer.lagMs.mean).toBeGreaterThan(r.consistency.projector.lagMs.mean);
  });
});
