// The snapshot API a UI polls: live gauges for every node and link, and only what is new since the
// cursor it handed back last time.
import { describe, expect, it } from 'vitest';
import { CLIENT_SERIES } from '../metrics/client-stats';
import { LAG_SERIES } from '../metrics/lag-stats';
import { LINK_SERIES } from '../metrics/link-stats';
import { NODE_SERIES } from '../metrics/node-stats';
import { QUEUE_SERIES } from '../metrics/queue-stats';
import { build, client, constant, consume, enqueue, exponential, publish, queue, rest, service, start, subscribe, topic } from '../test-support/scenarios';
import { createRun, runScenario } from './run';

const topology = {
  nodes: [
    client('c', { type: 'poisson' as const, ratePerSec: 50 }),
    service('api', { workers: 2, serviceTime: exponential(10) }),
    topic('t'),
    queue('q'),
    service('proj', { serviceTime: constant(2) }),
    service('worker', { serviceTime: constant(2) }),
  ],
  links: [
    rest('c', 'api', { circuitBreaker: { minimumNumberOfCalls: 5, slidingWindowSize: 10 } }),
    publish('api', 't'),
    enqueue('api', 'q'),
    subscribe('t', 'proj'),
    consume('q', 'worker'),
  ],
  durationMs: 5_000,
  windowMs: 250,
};

describe('run.snapshot()', () => {
  it('after advanceBy(1000): clock, gauges for every node, link and client, the windows closed so far', () => {
    const run = start(topology);
    run.advanceBy(1000);
    const s = run.snapshot();
    expect(s.nowMs).toBe(1000);
    expect(s.durationMs).toBe(5000);
    expect(s.done).toBe(false);
    expect(s.events).toBe(run.kernel.processed);
    expect(Object.keys(s.nodes).sort()).toEqual(['api', 'proj', 'q', 't', 'worker']);
    expect(Object.keys(s.links).sort()).toEqual(topology.links.map((l) => l.id).sort());
    expect(Object.keys(s.clients)).toEqual(['c']);
    expect(s.nodes.api).toMatchObject({ workers: 2, faulted: false });
    expect(s.nodes.q).toHaveProperty('unacked');
    expect(s.links['c-rest-api'].breaker).toBe('CLOSED');
    expect(s.links['api-publish-t']).toEqual({ outbox: 0, faulted: false });
    const g = s.clients.c;
    expect(g.sent).toBeGreaterThan(20);
    expect(g.sent).toBe(g.succeeded + g.failed + g.inFlight);
    // Every series: 4 windows of 250 ms, with the engine's columns.
    const expected: Record<string, readonly string[]> = {
      c: CLIENT_SERIES, api: NODE_SERIES, proj: NODE_SERIES, worker: NODE_SERIES, q: QUEUE_SERIES, 't:proj': QUEUE_SERIES,
      'c-rest-api': LINK_SERIES, 'api-publish-t': LINK_SERIES, 'api-enqueue-q': LINK_SERIES, 't-subscribe-proj': LINK_SERIES, 'q-consume-worker': LINK_SERIES,
      'lag/proj': LAG_SERIES, 'lag/worker': LAG_SERIES,
    };
    expect(Object.keys(s.series).sort()).toEqual(Object.keys(expected).sort());
    for (const [key, columns] of Object.entries(expected)) {
      expect(s.series[key].columns).toEqual(columns);
      expect(s.series[key].t).toEqual([250, 500, 750, 1000]);
      for (const row of s.series[key].rows) expect(row).toHaveLength(columns.length);
    }
    // The sent column adds up to what the gauge says.
    const sent = s.series.c.rows.reduce((a, r) => a + r[CLIENT_SERIES.indexOf('sent')], 0);
    expect(sent).toBe(g.sent);
    // Domain events: the most recent ones, at most 100 per snapshot.
    expect(run.eventLog.total).toBeGreaterThan(100);
    expect(s.domainEvents).toEqual(run.eventLog.since(run.eventLog.total - 100));
    expect(s.cursor).toEqual({ windows: 4, events: run.eventLog.total, traces: run.tracer!.finished, incidents: run.incidents.total });
  });

  it('the returned cursor yields only newer windows and events', () => {
    const run = start(topology);
    run.advanceBy(1000);
    const first = run.snapshot();
    const seen = new Set(first.domainEvents.map((e) => e.id));
    run.advanceBy(600);
    const second = run.snapshot(first.cursor);
    expect(second.series.c.t).toEqual([1250, 1500]);
    expect(second.series.api.t).toEqual([1250, 1500]);
    expect(second.domainEvents.length).toBeGreaterThan(0);
    for (const e of second.domainEvents) {
      expect(seen.has(e.id)).toBe(false);
      expect(e.timestamp).toBeGreaterThan(900);
    }
    expect(second.cursor.windows).toBe(6);
    expect(second.cursor.events).toBe(first.cursor.events + second.domainEvents.length);
    // Nothing new since: empty windows and no events.
    const third = run.snapshot(second.cursor);
    expect(third.series.c.t).toEqual([]);
    expect(third.domainEvents).toEqual([]);
    // Windows read in pieces are the windows read at once.
    const all = run.snapshot();
    expect([...first.series.api.rows, ...second.series.api.rows]).toEqual(all.series.api.rows);
  });

  it('shows a fault while it is active, then clears it', () => {
    const run = start({ ...topology, faults: [{ kind: 'outage', target: 'proj', atMs: 1000, durationMs: 500 }] });
    run.advanceTo(1200);
    let s = run.snapshot();
    expect(s.nodes.proj.faulted).toBe(true);
    expect(s.activeFaults).toEqual([0]);
    run.advanceTo(1600);
    s = run.snapshot();
    expect(s.nodes.proj.faulted).toBe(false);
    expect(s.activeFaults).toEqual([]);
  });

  it('advanceBy never runs past the duration; done is set at the end', () => {
    const run = start(topology);
    run.advanceBy(60_000);
    const s = run.snapshot();
    expect(s.nowMs).toBe(5000);
    expect(s.done).toBe(true);
    expect(s.cursor.windows).toBe(20);
    expect(run.advanceBy(1000)).toBe(0);
  });

  it('snapshots and reports taken mid-run leave the final report exactly as a run in one go', () => {
    const scenario = build({ nodes: [client('c', { type: 'poisson', ratePerSec: 60 }), service('s', { workers: 2, serviceTime: exponential(20) })], links: [rest('c', 's')], durationMs: 5000, seed: 1 });
    const whole = runScenario(scenario);
    const run = createRun(scenario);
    while (!run.done) {
      run.advanceBy(37);
      run.snapshot();
      run.report();
    }
    // Bit for bit: utilization once drifted in its last digit when report() split the busy-time integral.
    expect(run.report()).toEqual(whole);
    expect(run.report().nodes.s.utilization).toBe(whole.nodes.s.utilization);
  });
});
