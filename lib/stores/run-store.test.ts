import { describe, expect, it } from 'vitest';
import type { Snapshot } from '@/simulations/index';
import { createRunStore, EVENTS_CAP } from './run-store';
import { SERIES_CAP } from '../run/series';

const LINK = ['calls', 'ok', 'failed', 'timeouts', 'shortCircuited', 'rateLimited', 'retries', 'rejected', 'breaker', 'failureRate'];
const NODE = ['arrivals', 'completed', 'rejected', 'failed', 'queueDepth', 'busy', 'inFlight', 'utilization', 'p50', 'p95', 'p99'];

function snap(t: number[], extra: Partial<Snapshot> = {}): Snapshot {
  return {
    nowMs: t[t.length - 1] ?? 0,
    durationMs: 60_000,
    events: 0,
    done: false,
    clients: {},
    nodes: { api: { queueDepth: 3, inFlight: 5, faulted: false } },
    links: {},
    series: {
      api: { columns: NODE, t, rows: t.map((x) => [10, 9, 0, 1, 3, 2, 5, x / 100_000, 1, 2, 3]) },
      // 40 calls: 20 ok, 20 failed of which 4 timeouts, 6 short-circuited, 2 rate-limited, 3 rejected (so 5 errors).
      l: { columns: LINK, t, rows: t.map(() => [40, 20, 20, 4, 6, 2, 0, 3, 2, 50]) },
    },
    domainEvents: [],
    traces: [],
    incidents: [],
    activeFaults: [],
    cursor: { windows: 0, events: 0, traces: 0, incidents: 0 },
    ...extra,
  };
}

describe('run store ingest', () => {
  it('appends windows column by column and keeps the latest utilisation on the node', () => {
    const store = createRunStore();
    store.getState().ingest(snap([1000, 2000]));
    store.getState().ingest(snap([3000]));
    const s = store.getState();
    expect(s.series.api.t).toEqual([1000, 2000, 3000]);
    expect(s.series.api.values[NODE.indexOf('utilization')]).toEqual([0.01, 0.02, 0.03]);
    expect(s.nodes.api).toMatchObject({ queueDepth: 3, inFlight: 5, utilization: 0.03 });
    expect(s.version).toBe(2);
  });

  it('caps every series, trimming the oldest windows in batches', () => {
    const store = createRunStore();
    const t = Array.from({ length: Math.ceil(SERIES_CAP * 1.1) + 1 }, (_, i) => (i + 1) * 1000);
    store.getState().ingest(snap(t));
    const buf = store.getState().series.api;
    expect(buf.t).toHaveLength(SERIES_CAP);
    expect(buf.t[buf.t.length - 1]).toBe(t[t.length - 1]);
    for (const col of buf.values) expect(col).toHaveLength(SERIES_CAP);
  });

  it('turns a link window into a rate and outcome shares that add up to one', () => {
    const store = createRunStore();
    store.getState().ingest(snap([500, 1000]));
    const tr = store.getState().traffic.l;
    expect(tr.rps).toBe(80); // 40 calls in a 500 ms window
    expect(tr).toMatchObject({ ok: 0.5, timeout: 0.1, shortCircuited: 0.15, rateLimited: 0.05, rejected: 0.075, error: 0.125 });
    expect(tr.ok + tr.error + tr.timeout + tr.shortCircuited + tr.rateLimited + tr.rejected).toBeCloseTo(1, 12);
    expect(tr.shortCircuitedTotal).toBe(12);
    store.getState().ingest(snap([1500]));
    expect(store.getState().traffic.l.shortCircuitedTotal).toBe(18);
    expect(store.getState().traffic.l.rateLimitedTotal).toBe(6);
  });

  it('keeps the latest breaker transitions per link, so a brief HALF_OPEN is not lost between snapshots', () => {
    const store = createRunStore();
    const tr = (atMs: number, from: 'CLOSED' | 'OPEN' | 'HALF_OPEN', to: 'CLOSED' | 'OPEN' | 'HALF_OPEN') => ({ atMs, from, to });
    store.getState().ingest({ ...snap([1000]), breakerTransitions: { l: [tr(10_400, 'CLOSED', 'OPEN')] } });
    const before = store.getState().breakerHistory;
    store.getState().ingest(snap([2000]));
    expect(store.getState().breakerHistory).toBe(before); // nothing new: same object, no re-render
    store.getState().ingest({ ...snap([3000]), breakerTransitions: { l: Array.from({ length: 9 }, (_, i) => tr(12_400 + i, i % 2 ? 'HALF_OPEN' : 'OPEN', i % 2 ? 'OPEN' : 'HALF_OPEN')) } });
    const h = store.getState().breakerHistory.l;
    expect(h).toHaveLength(8);
    expect(h[h.length - 1].atMs).toBe(12_408);
  });

  it('holds the gauges back until a published snapshot, without losing what happened in between', () => {
    const store = createRunStore();
    store.getState().ingest(snap([1000]));
    const { nodes, traffic } = store.getState();
    store.getState().ingest(snap([2000]), false);
    store.getState().ingest(snap([3000]), false);
    let s = store.getState();
    expect(s.nowMs).toBe(3000); // the clock and the series move on
    expect(s.series.api.t).toEqual([1000, 2000, 3000]);
    expect(s.nodes).toBe(nodes); // the badges' inputs do not
    expect(s.traffic).toBe(traffic);
    store.getState().ingest(snap([4000]));
    s = store.getState();
    expect(s.traffic.l.shortCircuitedTotal).toBe(24); // 6 per window, none lost
    expect(s.nodes.api.utilization).toBe(0.04);
  });

  it('keeps the newest domain events only, and clear() forgets the run', () => {
    const store = createRunStore();
    const ev = (i: number) => ({ id: `e${i}`, type: 'user.registered', aggregateId: 'u1', aggregateType: 'user', version: i, timestamp: i, data: {} });
    for (let k = 0; k < 6; k++) store.getState().ingest(snap([k * 1000 + 1000], { domainEvents: Array.from({ length: 100 }, (_, i) => ev(k * 100 + i)) }));
    const events = store.getState().domainEvents;
    expect(events).toHaveLength(EVENTS_CAP);
    expect(events[events.length - 1].id).toBe('e599');
    store.getState().clear(30_000, 250);
    expect(store.getState()).toMatchObject({ nowMs: 0, durationMs: 30_000, windowMs: 250, domainEvents: [], series: {}, traffic: {} });
  });
});
