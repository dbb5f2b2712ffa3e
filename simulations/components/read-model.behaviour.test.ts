/**
 * The read model against theory: with a constant lag L, a read of an aggregate is stale exactly when
 * that aggregate was written in the last L, so with Poisson writes at λw over K keys the stale share is
 * 1 − e^(−λw·L/K). Plus: lag measured from the write's acknowledgement, stale reads only for the
 * aggregate type read, outages, conservation, determinism.
 */
import { describe, expect, it } from 'vitest';
import type { Report } from '../run/report';
import { client, constant, poissonTraffic, publish, rest, service, simulate, subscribe, topic, type Topology } from '../test-support/scenarios';
import { exp } from '../core/portable-math';

type NodeInput = Topology['nodes'][number];
const view = (extra: Record<string, unknown> = {}) => ({ id: 'view', kind: 'readModel', ...extra }) as unknown as NodeInput;
const v = (r: Report, name: string) => r.patterns.view.values[name];

/**
 * Sign-ups (POST) at `writeRate` through a command service that publishes user.registered after
 * `publishMs`; the view applies each event in `applyMs`; profile reads (GET) at `readRate`. Both
 * clients draw keys from 1..keys. Everything else takes no time, so the lag is publishMs + applyMs.
 */
function cqrs(opts: { writeRate: number; readRate: number; keys: number; publishMs: number; applyMs: number; durationMs?: number; view?: Record<string, unknown>; faults?: Topology['faults'] }): Topology {
  return {
    durationMs: opts.durationMs ?? 60_000,
    nodes: [
      client('signup', poissonTraffic(opts.writeRate), { keySpace: opts.keys, operations: [{ name: 'POST /api/users', weight: 1 }] }),
      service('users', { workers: 1000, serviceTime: constant(0) }),
      // Events are never dead-lettered here: a view that is down gets them when it is back.
      topic('user-events', { maxReceives: 0 }),
      view({ applyTime: constant(opts.applyMs), queryTime: constant(0), ...opts.view }),
      client('profile', poissonTraffic(opts.readRate), { keySpace: opts.keys, operations: [{ name: 'GET /api/users/{id}', weight: 1 }] }),
    ],
    links: [
      rest('signup', 'users'),
      publish('users', 'user-events', { latency: constant(opts.publishMs), eventType: 'user.registered', aggregateType: 'user' }),
      subscribe('user-events', 'view', { concurrency: 1000 }),
      rest('profile', 'view'),
    ],
    faults: opts.faults,
  };
}

const expected = (writeRate: number, lagMs: number, keys: number) => 1 - exp(-((writeRate * lagMs) / 1000 / keys));

describe('read model: stale reads', () => {
  it.each([
    { writeRate: 100, keys: 100, publishMs: 300, applyMs: 50 }, // λw·L/K = 0.35
    { writeRate: 100, keys: 100, publishMs: 20, applyMs: 15 }, // 0.035: a faster projection
    { writeRate: 100, keys: 1000, publishMs: 300, applyMs: 50 }, // 0.035: reads rarely hit a fresh write
  ])('stale share = 1 − exp(−λw·L/K) ± 4 sd (λw $writeRate/s, K $keys, L = $publishMs + $applyMs ms)', ({ writeRate, keys, publishMs, applyMs }) => {
    const r = simulate(cqrs({ writeRate, readRate: 200, keys, publishMs, applyMs }));
    const p = expected(writeRate, publishMs + applyMs, keys);
    const n = v(r, 'readsAnswered');
    expect(n).toBeGreaterThan(11_000);
    expect(Math.abs(v(r, 'staleShare') - p)).toBeLessThan(4 * Math.sqrt((p * (1 - p)) / n));
    // The lag is measured from the write's acknowledgement to the apply: exactly L here (histogram ±1 %).
    const lag = r.patterns.view.summaries!.lagMs;
    expect(lag.p50).toBeGreaterThan((publishMs + applyMs) * 0.99);
    expect(lag.max).toBeLessThan((publishMs + applyMs) * 1.01);
    expect(r.consistency.view.lagMs.count).toBe(v(r, 'eventsApplied'));
  });

  it('a projection that cannot keep up falls further behind: lag grows, most reads are stale', () => {
    // One event at a time at 12 ms each: 83/s against 100/s of writes.
    const t = cqrs({ writeRate: 100, readRate: 200, keys: 100, publishMs: 1, applyMs: 12, durationMs: 30_000 });
    t.links![2] = subscribe('user-events', 'view', { concurrency: 1 });
    const r = simulate(t);
    expect(r.consistency.view.lagMs.max).toBeGreaterThan(4000);
    // The lag climbs to ~6 s by the end; averaged over the run, four reads in five are stale.
    expect(v(r, 'staleShare')).toBeGreaterThan(0.7);
  });

  it('reads of another aggregate type are never stale from user writes', () => {
    const r = simulate(cqrs({ writeRate: 100, readRate: 200, keys: 100, publishMs: 300, applyMs: 50, durationMs: 20_000, view: { aggregateType: 'order' } }));
    expect(v(r, 'readsAnswered')).toBeGreaterThan(3000);
    expect(v(r, 'staleReads')).toBe(0);
  });

  it('with no lag at all nothing is stale', () => {
    const r = simulate(cqrs({ writeRate: 100, readRate: 200, keys: 10, publishMs: 0, applyMs: 0, durationMs: 20_000 }));
    expect(v(r, 'eventsApplied')).toBeGreaterThan(1500);
    expect(v(r, 'staleReads')).toBe(0);
  });
});

describe('read model: faults, conservation, determinism', () => {
  it('an outage fails its queries at once and holds events back; they are applied after it, none lost', () => {
    const r = simulate(cqrs({ writeRate: 50, readRate: 100, keys: 100, publishMs: 5, applyMs: 1, durationMs: 30_000, faults: [{ kind: 'outage', target: 'view', atMs: 10_000, durationMs: 5000 }] }));
    // ≈ 100/s × 5 s queries refused.
    expect(v(r, 'failedReads')).toBeGreaterThan(420);
    expect(v(r, 'failedReads')).toBeLessThan(580);
    const q = r.queues['user-events:view'];
    expect(q.acked + q.depthAtEnd + q.inFlightAtEnd).toBe(q.enqueued);
    expect(q.acked).toBe(v(r, 'eventsApplied'));
    // An event written at the start of the outage waits for all of it (the topic retries every second).
    expect(r.consistency.view.lagMs.max).toBeGreaterThan(4900);
    expect(r.consistency.view.lagMs.max).toBeLessThan(6100);
  });

  it('cut off from its events for 5 s the view keeps answering, stale: ~63 % of reads in the cut, ~11 % of the run', () => {
    const t = (faults: Topology['faults']) => cqrs({ writeRate: 50, readRate: 100, keys: 100, publishMs: 5, applyMs: 1, durationMs: 30_000, faults });
    const healthy = simulate(t([]));
    const cut = simulate(t([{ kind: 'partition', target: 'user-events-subscribe-view', atMs: 10_000, durationMs: 5000 }]));
    // τ into the cut a key is stale with 1 − e^(−0.5 τ/s); averaged over 5 s: 1 − (1 − e^(−2.5))/2.5 ≈ 0.63, a sixth of the run.
    expect(v(healthy, 'staleShare')).toBeLessThan(0.01);
    expect(v(cut, 'staleShare')).toBeGreaterThan(0.09);
    expect(v(cut, 'staleShare')).toBeLessThan(0.13);
    expect(v(cut, 'failedReads')).toBe(0);
  });

  it('every query is answered, failed, or still in flight; same seed, same report', () => {
    const t = cqrs({ writeRate: 80, readRate: 150, keys: 50, publishMs: 30, applyMs: 5, durationMs: 20_000, view: { queryTime: { type: 'exponential', mean: 4 } } });
    const r = simulate(t);
    expect(v(r, 'readsAnswered') + v(r, 'failedReads') + v(r, 'readsInFlightAtEnd')).toBe(v(r, 'reads'));
    expect(v(r, 'reads')).toBe(r.clients.profile.sent);
    expect(simulate(t)).toEqual(r);
  });

  it('the event store feeds the ledger too: reads before the projection caught up are stale', () => {
    const r = simulate({
      durationMs: 30_000,
      nodes: [
        client('signup', poissonTraffic(50), { keySpace: 20 }),
        { id: 'store', kind: 'eventStore', commandTime: constant(1) } as unknown as NodeInput,
        view({ applyTime: constant(10), queryTime: constant(0) }),
        client('profile', poissonTraffic(100), { keySpace: 20 }),
      ],
      links: [rest('signup', 'store'), subscribe('store', 'view'), rest('profile', 'view')],
    });
    // Lag ≥ 10 ms (no delivery delay, 10 ms apply, plus waiting behind earlier events: one at a time).
    const lag = r.consistency.view.lagMs;
    expect(lag.p50).toBeGreaterThan(9.9);
    const lower = expected(50, 10, 20);
    const upper = expected(50, lag.mean * 1.5, 20);
    expect(v(r, 'staleShare')).toBeGreaterThan(lower);
    expect(v(r, 'staleShare')).toBeLessThan(upper);
  });
});
