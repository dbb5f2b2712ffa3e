import { describe, expect, it } from 'vitest';
import type { Report } from '@/simulations/index';
import { runJob } from '../batch/run-job';
import { connect, removeElements } from '../scenario-doc/commands';
import { starterDoc } from '../scenario-doc/defaults';
import type { ScenarioDoc } from '../scenario-doc/types';
import { compareRows } from './compare-table';

/** The starter chain, and the same with its Users API → Users DB call replaced by a queue in the middle. */
function restAndQueue(): [ScenarioDoc, ScenarioDoc] {
  const a = { ...starterDoc(), run: { durationMs: 30_000, warmupMs: 0, windowMs: 1000 } };
  const b = connect(removeElements(a, [], ['users-api-users-db']), 'users-api', 'users-db', 'via-queue').doc;
  return [a, b];
}

function report(doc: ScenarioDoc, seed: number): Report {
  const r = runJob({ doc, seed });
  if (!r.ok) throw new Error(r.error);
  return r.report;
}

describe('compare rows', () => {
  it('a queue in the middle: the caller no longer waits for the database, so p95 drops; only B has a queue depth', () => {
    const [a, b] = restAndQueue();
    const rows = compareRows([[report(a, 1)], [report(b, 1)]]);
    const p95 = rows.find((r) => r.metric.id === 'p95')!;
    // The database's own time (lognormal, p50 5 ms, p99 40 ms, plus the call's ~2 ms) leaves the caller's path.
    expect(p95.cells[1].value!).toBeLessThan(p95.cells[0].value! - 5);
    expect(p95.deltas[1]).toMatchObject({ verdict: 'better' });
    expect(p95.deltas[1]!.significant).toBeUndefined();
    const depth = rows.find((r) => r.metric.id === 'maxQueueDepth')!;
    expect(depth.cells[0].value).toBeUndefined();
    expect(depth.cells[1].value).toBeGreaterThanOrEqual(1);
    // The same traffic: both variants' clients sent the same requests.
    expect(report(b, 1).clients.web.sent).toBe(report(a, 1).clients.web.sent);
    // No saga, no read model: those rows are left out, not shown as zeros.
    expect(rows.map((r) => r.metric.id)).not.toContain('compensations');
  });

  it('with replications, pairs by seed and marks the p95 difference significant', () => {
    const [a, b] = restAndQueue();
    const seeds = [1, 2, 3, 4];
    const rows = compareRows([seeds.map((s) => report(a, s)), seeds.map((s) => report(b, s))]);
    const p95 = rows.find((r) => r.metric.id === 'p95')!;
    expect(p95.cells[0].half).toBeGreaterThan(0);
    expect(p95.deltas[1]).toMatchObject({ verdict: 'better', significant: true });
    expect(p95.deltas[1]!.half!).toBeLessThan(Math.abs(p95.deltas[1]!.diff));
    // Identical designs differ by nothing at all under the same seeds.
    const same = compareRows([seeds.map((s) => report(a, s)), seeds.map((s) => report(a, s))]);
    expect(same.find((r) => r.metric.id === 'p95')!.deltas[1]).toMatchObject({ diff: 0, verdict: 'same', significant: false });
  });
});
