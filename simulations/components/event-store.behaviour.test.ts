/**
 * The event store against theory and hand counts: optimistic-concurrency conflicts at the rate of a
 * dead-time counter, retries until the limit, rebuild time = snapshot + events after it, ordered
 * subscriptions, events in the guide's shape, conservation and determinism.
 */
import { describe, expect, it } from 'vitest';
import type { Report } from '../run/report';
import { build, client, constant, constantTraffic, poissonTraffic, rest, simulate, subscribe, type Topology } from '../test-support/scenarios';
import { createRun } from '../run/run';

type NodeInput = Topology['nodes'][number];
const store = (extra: Record<string, unknown> = {}) => ({ id: 'store', kind: 'eventStore', ...extra }) as unknown as NodeInput;
const view = (extra: Record<string, unknown> = {}) => ({ id: 'view', kind: 'readModel', ...extra }) as unknown as NodeInput;
const v = (r: Report, name: string) => r.patterns.store.values[name];

/** Poisson commands at `rate` over `keys` aggregates straight into the store. */
function writers(opts: { rate: number; keys: number; decideMs: number; maxRetries: number; durationMs?: number; extra?: Record<string, unknown> }): Topology {
  return {
    durationMs: opts.durationMs ?? 60_000,
    nodes: [
      client('web', poissonTraffic(opts.rate), { keySpace: opts.keys, operations: [{ name: 'POST /api/users', weight: 1 }] }),
      store({ commandTime: constant(opts.decideMs), maxRetries: opts.maxRetries, ...opts.extra }),
    ],
    links: [rest('web', 'store')],
  };
}

describe('event store: optimistic concurrency', () => {
  // Per aggregate, commands arrive as a Poisson stream of rate μ = λ/K. With a fixed decision time D
  // a command conflicts exactly when a successful one arrived less than D before it (that one
  // appends while this one is deciding), so successes are a non-paralysable dead-time counter:
  // success rate μ/(1+μD), conflict share x/(1+x) with x = μD.
  it.each([
    { rate: 500, keys: 100, decideMs: 10 }, // x = 0.05
    { rate: 200, keys: 10, decideMs: 12.5 }, // x = 0.25
  ])('conflict share of first attempts = x/(1+x), x = λD/K ± 4 sd ($rate/s over $keys aggregates, D = $decideMs ms)', ({ rate, keys, decideMs }) => {
    const r = simulate(writers({ rate, keys, decideMs, maxRetries: 0 }));
    const x = ((rate / keys) * decideMs) / 1000;
    const expected = x / (1 + x);
    const n = v(r, 'appendRequests') - v(r, 'inFlightAtEnd');
    const seen = v(r, 'conflicts') / n;
    expect(Math.abs(seen - expected)).toBeLessThan(4 * Math.sqrt((expected * (1 - expected)) / n));
    // Without retries every conflict is a failed append, answered as an error.
    expect(v(r, 'failedAppends')).toBe(v(r, 'conflicts'));
    expect(r.clients.web.failures.error).toBe(v(r, 'conflicts'));
  });

  it('conflicts need commands that overlap on one aggregate: one user never conflicts with itself, two do', () => {
    const users = (n: number) =>
      simulate({
        durationMs: 20_000,
        nodes: [client('web', { type: 'closed', users: n, thinkTime: constant(5) }, { keySpace: 1 }), store({ commandTime: constant(10) })],
        links: [rest('web', 'store')],
      });
    const one = users(1);
    const two = users(2);
    expect(v(one, 'appended')).toBeGreaterThan(1000);
    expect(v(one, 'conflicts')).toBe(0);
    expect(v(two, 'conflicts')).toBeGreaterThan(100);
    // And with many aggregates two writers rarely meet: x = 0.25 → 0.0025 at 10,000 keys.
    const spread = simulate(writers({ rate: 200, keys: 10_000, decideMs: 12.5, maxRetries: 0 }));
    expect(v(spread, 'conflicts') / v(spread, 'appendRequests')).toBeLessThan(0.006);
  });

  it('a conflict re-reads and retries; only a command that conflicts more than maxRetries times fails', () => {
    const none = simulate(writers({ rate: 200, keys: 10, decideMs: 12.5, maxRetries: 0 }));
    const three = simulate(writers({ rate: 200, keys: 10, decideMs: 12.5, maxRetries: 3 }));
    expect(v(three, 'retries')).toBeGreaterThan(1000);
    expect(v(three, 'conflicts')).toBe(v(three, 'retries') + v(three, 'failedAppends'));
    // Four conflicts in a row are rare (~0.2^4 of commands): far fewer failures than without retries.
    expect(v(three, 'failedAppends')).toBeLessThan(v(none, 'failedAppends') / 20);
    for (const r of [none, three]) {
      // Conservation: every command appended, failed, errored, or is still in the store.
      expect(v(r, 'appended') + v(r, 'failedAppends') + v(r, 'errors') + v(r, 'inFlightAtEnd')).toBe(v(r, 'appendRequests'));
      expect(v(r, 'appendRequests')).toBe(r.clients.web.sent);
      expect(v(r, 'eventsStored')).toBe(v(r, 'appended'));
    }
  });

  it('an outage refuses commands at once; they count as errors, not as conflicts', () => {
    const r = simulate({ ...writers({ rate: 100, keys: 1000, decideMs: 5, maxRetries: 3, durationMs: 20_000 }), faults: [{ kind: 'outage', target: 'store', atMs: 5000, durationMs: 5000 }] });
    // About 100/s × 5 s refused (a few more: commands deciding when it went down fail at their append).
    expect(v(r, 'errors')).toBeGreaterThan(420);
    expect(v(r, 'errors')).toBeLessThan(590);
    expect(v(r, 'appended') + v(r, 'failedAppends') + v(r, 'errors') + v(r, 'inFlightAtEnd')).toBe(v(r, 'appendRequests'));
  });
});

describe('event store: rebuilds and snapshots', () => {
  // 100 commands/s, one every 10 ms from t = 0, each appending 5 ms later: by 10 s, 1000 events.
  const steady = (extra: Record<string, unknown>) =>
    simulate({
      durationMs: 30_000,
      nodes: [client('web', constantTraffic(100), { keySpace: 1_000_000 }), store({ commandTime: constant(5), replayMsPerEvent: 2, snapshotLoadMs: 50, rebuildAtMs: 10_000, ...extra })],
      links: [rest('web', 'store')],
    });

  it('without snapshots a rebuild reads every event stored: time = events × per-event time', () => {
    const r = steady({});
    expect(v(r, 'rebuilds')).toBe(1);
    expect(v(r, 'lastRebuildEventsRead')).toBeGreaterThanOrEqual(999);
    expect(v(r, 'lastRebuildEventsRead')).toBeLessThanOrEqual(1001);
    expect(v(r, 'lastRebuildMs')).toBe(v(r, 'lastRebuildEventsRead') * 2);
    // Commands wait for the rebuild: the slowest waited about all of it (≈ 2 s), nobody failed.
    expect(r.clients.web.latencyMs.max).toBeGreaterThan(1990);
    expect(r.clients.web.latencyMs.max).toBeLessThan(2030);
    expect(r.clients.web.failed).toBe(0);
  });

  it('a later rebuild has more history to read: twice the events, twice the time', () => {
    const early = steady({});
    const late = steady({ rebuildAtMs: 20_000 });
    const ratio = v(late, 'lastRebuildMs') / v(early, 'lastRebuildMs');
    // Commands held during the first 10 s are not in play here: one rebuild per run.
    expect(ratio).toBeGreaterThan(1.98);
    expect(ratio).toBeLessThan(2.02);
  });

  it('with a snapshot every N events a rebuild reads the snapshot and fewer than N events', () => {
    const r = steady({ snapshotEvery: 300 });
    // 1000 events: snapshots at 300, 600, 900 by then; the rebuild reads 900's and 100 events.
    const read = v(r, 'lastRebuildEventsRead');
    expect(read).toBeGreaterThanOrEqual(99);
    expect(read).toBeLessThanOrEqual(101);
    expect(v(r, 'lastRebuildMs')).toBe(50 + read * 2);
    expect(v(r, 'snapshotsTaken')).toBe(Math.floor(v(r, 'eventsStored') / 300));
    expect(v(steady({}), 'lastRebuildMs') / v(r, 'lastRebuildMs')).toBeGreaterThan(7.5); // 2000 ms → 250 ms
  });

  it('repeated rebuilds without snapshots grow with the log; with snapshots they stay bounded', () => {
    const grows = steady({ rebuildAtMs: 5000, rebuildEveryMs: 10_000 });
    const bounded = steady({ rebuildAtMs: 5000, rebuildEveryMs: 10_000, snapshotEvery: 100 });
    expect(v(grows, 'rebuilds')).toBe(3);
    // At 25 s about 2500 events: the last rebuild is the longest, ≈ 5 s.
    expect(v(grows, 'lastRebuildMs')).toBe(v(grows, 'maxRebuildMs'));
    expect(v(grows, 'lastRebuildMs')).toBeGreaterThan(4900);
    expect(v(bounded, 'maxRebuildMs')).toBeLessThanOrEqual(50 + 99 * 2);
  });
});

describe('event store: subscribers and events', () => {
  it('a subscriber gets every event stored; its lag is delivery + apply when it keeps up', () => {
    const r = simulate({
      durationMs: 20_000,
      nodes: [client('web', poissonTraffic(20), { keySpace: 5 }), store({ commandTime: constant(1) }), view({ applyTime: constant(3) })],
      links: [rest('web', 'store'), subscribe('store', 'view', { latency: constant(2) })],
    });
    const q = r.queues['store:view'];
    expect(q.acked + q.depthAtEnd + q.inFlightAtEnd).toBe(v(r, 'eventsStored'));
    // One event at a time; at 20/s × 5 ms the subscription is rarely busy: the median lag is 2 + 3 ms.
    expect(r.consistency.view.lagMs.p50).toBeGreaterThan(4.9);
    expect(r.consistency.view.lagMs.p50).toBeLessThan(5.1);
  });

  it("appends the guide's domain events: user.registered { userId, email, registrationDate }, versions 1, 2, … per aggregate; PUT appends user.updated", () => {
    const run = createRun(
      build({
        durationMs: 5000,
        nodes: [client('web', poissonTraffic(50), { keySpace: 3, operations: [{ name: 'POST /api/users', weight: 1 }, { name: 'PUT /api/users/{id}', weight: 1 }] }), store({ commandTime: constant(1) })],
        links: [rest('web', 'store')],
      }),
    );
    run.finish();
    const events = run.eventLog.since(0);
    expect(events.length).toBeGreaterThan(100);
    const last = new Map<string, number>();
    for (const e of events) {
      expect(e.version).toBe((last.get(e.aggregateId) ?? 0) + 1);
      last.set(e.aggregateId, e.version);
      expect(e.aggregateId).toMatch(/^user-[123]$/);
      if (e.type === 'user.registered') expect(e.data).toEqual({ userId: e.aggregateId, email: `user-${e.aggregateId.slice(5)}@example.com`, registrationDate: e.timestamp });
      else expect(e.type).toBe('user.updated');
    }
    expect(new Set(events.map((e) => e.type))).toEqual(new Set(['user.registered', 'user.updated']));
  });

  it('same seed, same report', () => {
    const t = writers({ rate: 300, keys: 20, decideMs: 8, maxRetries: 2, durationMs: 20_000, extra: { rebuildAtMs: 10_000, snapshotEvery: 250 } });
    expect(simulate(t)).toEqual(simulate(t));
  });
});
