/** The batch job's copy is as fresh as its schedule: lag ≈ interval / 2 + run time, a saw-tooth between runs. */
import { describe, expect, it } from 'vitest';
import { client, column, constant, poissonTraffic, publish, rest, service, simulate, start, type Topology } from '../test-support/scenarios';

function etl(job: Record<string, unknown>, extra: Partial<Topology> = {}): Topology {
  return {
    durationMs: 200_000,
    nodes: [
      client('shop', poissonTraffic(50), { keySpace: 1_000_000 }),
      service('orders', { workers: 32, serviceTime: constant(1) }),
      { id: 'etl', kind: 'batchJob', setupMs: 0, extractMsPerRecord: 0, transformMsPerRecord: 0, intervalMs: 10_000, ...job } as never,
      service('reporting', { workers: 4, serviceTime: constant(1) }),
    ],
    links: [rest('shop', 'orders'), publish('orders', 'etl'), rest('etl', 'reporting')],
    ...extra,
  };
}

describe('batch job', () => {
  it('mean record lag is half the interval when runs are instant (Poisson arrivals)', () => {
    const r = simulate(etl({}));
    // 10 s interval → 5 s mean wait; ~10,000 records, sd of a uniform(0,10 s) mean ≈ 29 ms.
    expect(r.consistency.reporting.lagMs.mean).toBeGreaterThan(4_850);
    expect(r.consistency.reporting.lagMs.mean).toBeLessThan(5_150);
    expect(r.consistency.reporting.lagMs.max).toBeLessThan(10_100);
  });

  it('run time adds to every record: 500 records × 10 ms ≈ 5 s more', () => {
    const r = simulate(etl({ extractMsPerRecord: 4, transformMsPerRecord: 6 }));
    // Each run handles ~500 records (10 s × 50/s) → ~5 s of work; mean lag ≈ 5 s + 5 s.
    expect(r.patterns.etl.values.meanRunMs).toBeGreaterThan(4_500);
    expect(r.patterns.etl.values.meanRunMs).toBeLessThan(5_500);
    expect(r.consistency.reporting.lagMs.mean).toBeGreaterThan(9_500);
    expect(r.consistency.reporting.lagMs.mean).toBeLessThan(10_500);
  });

  it('a run longer than the interval makes the next one wait (skipped ticks), never overlap', () => {
    const r = simulate(etl({ transformMsPerRecord: 30 }));
    expect(r.patterns.etl.values.skippedRuns).toBeGreaterThan(3);
  });

  it('staleness is a saw-tooth: it climbs to about the interval and falls back after each run', () => {
    const run = start(etl({}, { durationMs: 60_000 }), {});
    run.finish();
    const s = column(run, 'etl', 'stalenessMs').v;
    expect(Math.max(...s)).toBeGreaterThan(8_500);
    expect(Math.max(...s)).toBeLessThan(10_100);
    // Right after each run (windows ending at 11 s, 21 s, …) the target is nearly current again.
    expect(s[10]).toBeLessThan(1_100);
    expect(s[20]).toBeLessThan(1_100);
  });

  it('a failed load goes back on the pile and is loaded by a later run: nothing lost', () => {
    const r = simulate(etl({}, { faults: [{ kind: 'outage', target: 'reporting', atMs: 25_000, durationMs: 20_000 }] }));
    const v = r.patterns.etl.values;
    expect(v.failedChunks).toBeGreaterThan(0);
    expect(v.recordsLoaded + v.pendingAtEnd + v.inRunAtEnd).toBe(v.recordsIn);
    expect(r.consistency.reporting.lagMs.max).toBeGreaterThan(20_000);
  });

  it('same seed, same report', () => {
    expect(simulate(etl({}, { durationMs: 30_000 }))).toEqual(simulate(etl({}, { durationMs: 30_000 })));
  });
});
