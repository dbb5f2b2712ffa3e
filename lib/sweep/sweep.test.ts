import { describe, expect, it } from 'vitest';
import mm1 from '@/simulations/examples/mm1.json';
import type { ScenarioDoc } from '@/lib/scenario-doc/types';
import { runJob } from '@/lib/batch/run-job';
import { sweepParameters } from './parameters';
import { sweepCsv } from './sweep-csv';
import { logTicks, niceTicks, sweepSvg } from './sweep-svg';
import { meanAndBand, seedsFrom, sweepJobs, sweepResult, type SweepSetup } from './sweep';

const doc = { ...mm1, run: { durationMs: 20_000, warmupMs: 2000 } } as ScenarioDoc;
const param = (id: string) => sweepParameters(doc).find((p) => p.id === id)!;

function sweep(s: SweepSetup) {
  const jobs = sweepJobs(doc, s);
  return sweepResult(doc, s, jobs.map(runJob));
}

describe('a sweep', () => {
  it('runs one job per point per seed, point-major, with the value applied', () => {
    const jobs = sweepJobs(doc, { param: param('node:users:traffic.ratePerSec'), values: [20, 40], seeds: [1, 2, 3] });
    expect(jobs.map((j) => [(j.doc.nodes[0] as { traffic: { ratePerSec: number } }).traffic.ratePerSec, j.seed])).toEqual([
      [20, 1], [20, 2], [20, 3], [40, 1], [40, 2], [40, 3],
    ]);
  });

  it('shows the queueing knee: p95 latency climbs steeply as the arrival rate nears the capacity (100/s)', () => {
    const r = sweep({ param: param('node:users:traffic.ratePerSec'), values: [20, 50, 80, 95], seeds: [1] });
    const p95 = r.points.map((p) => p.metrics.p95!.mean);
    // M/M/1 with 10 ms service: p95 response = ln(20)/(μ−λ) → 37 ms, 60 ms, 150 ms, 600 ms (±sampling).
    expect(p95[0]).toBeGreaterThan(25);
    expect(p95[0]).toBeLessThan(50);
    expect(p95[2]).toBeGreaterThan(100);
    expect(p95[3]).toBeGreaterThan(5 * p95[0]);
    for (let i = 1; i < p95.length; i++) expect(p95[i]).toBeGreaterThan(p95[i - 1]);
    expect(r.metricIds).toEqual(expect.arrayContaining(['p50', 'p95', 'p99', 'successRate', 'throughput']));
    expect(r.metricIds).not.toContain('staleReads'); // no read model in this scenario
  });

  it('marks a point whose scenario is invalid as an error of that point only', () => {
    const r = sweep({ param: param('node:server:workers'), values: [0, 1, 2], seeds: [1, 2] });
    expect(r.points[0].error).toMatch(/workers/);
    expect(r.points[0].metrics).toEqual({});
    expect(r.points[1].error).toBeUndefined();
    expect(r.points[2].metrics.p95!.mean).toBeLessThan(r.points[1].metrics.p95!.mean);
  });

  it('gives the mean over the seeds with a 95 % band around it', () => {
    const r = sweep({ param: param('node:users:traffic.ratePerSec'), values: [60], seeds: seedsFrom(1, 5) });
    const s = r.points[0].metrics.p95!;
    expect(s.n).toBe(5);
    expect(s.lo).toBeLessThan(s.mean);
    expect(s.hi).toBeGreaterThan(s.mean);
    expect(meanAndBand([2, 4, 6])).toEqual({ mean: 4, lo: 4 - 4.303 * (2 / Math.sqrt(3)), hi: 4 + 4.303 * (2 / Math.sqrt(3)), n: 3 });
    expect(meanAndBand([7])).toEqual({ mean: 7, lo: 7, hi: 7, n: 1 });
    expect(seedsFrom(5, 3)).toEqual([5, 6, 7]);
    expect(seedsFrom(5, 0)).toEqual([5]);
  });
});

describe('sweep exports', () => {
  const r = sweep({ param: param('node:server:workers'), values: [0, 1, 2], seeds: [1] });

  it('CSV: a header and one row per point, every metric a column, a failed point with its error', () => {
    const lines = sweepCsv(r).trimEnd().split('\r\n');
    expect(lines).toHaveLength(1 + 3);
    const head = lines[0].split(',');
    expect(head[0]).toBe('Server · workers');
    expect(head).toContain('p95 latency (ms)');
    expect(head).toContain('success rate (%)');
    expect(head).toHaveLength(2 + r.metricIds.length);
    expect(lines[1]).toMatch(/^0,.*workers/);
    expect(lines[2].split(',')).toHaveLength(head.length);
    expect(Number(lines[2].split(',')[head.indexOf('p95 latency (ms)')])).toBeCloseTo(r.points[1].metrics.p95!.mean, 5);
  });

  it('CSV with seeds: a low and a high column per metric', () => {
    const r3 = sweep({ param: param('node:server:workers'), values: [1, 2], seeds: [1, 2] });
    const head = sweepCsv(r3).split('\r\n')[0].split(',');
    expect(head).toContain('p95 latency 95% low');
    expect(head).toHaveLength(2 + 3 * r3.metricIds.length);
  });

  it('SVG: a standalone document with the title, a line through the points that ran and a mark for the failed one', () => {
    const svg = sweepSvg(r, 'p95');
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    expect(svg).toContain('p95 latency against Server · workers');
    expect(svg.match(/<circle/g)).toHaveLength(2);
    expect(svg).toContain('failed:');
    expect(svg).toContain('<polyline');
    expect(new DOMParserLike(svg).balanced()).toBe(true);
  });

  it('axis ticks: round steps, whole numbers for a whole-number parameter, 1-2-5 on a log axis', () => {
    expect(niceTicks(20, 200, 6)).toEqual([50, 100, 150, 200]);
    expect(niceTicks(0, 3, 6)).toEqual([0, 0.5, 1, 1.5, 2, 2.5, 3]);
    expect(niceTicks(0, 3, 6, true)).toEqual([0, 1, 2, 3]);
    expect(logTicks(10, 110)).toEqual([10, 20, 50, 100]);
  });

  it('SVG escapes user text', () => {
    const evil = { ...r, scenario: '<script>alert(1)</script>', param: { ...r.param, element: 'A & B "x"' } };
    const svg = sweepSvg(evil, 'p95');
    expect(svg).not.toContain('<script>');
    expect(svg).toContain('A &amp; B &quot;x&quot;');
  });
});

/** Just enough of a check that tags open and close in pairs (no DOM in Node). */
class DOMParserLike {
  constructor(private readonly s: string) {}
  balanced(): boolean {
    const stack: string[] = [];
    for (const m of this.s.matchAll(/<(\/?)([a-z]+)[^>]*?(\/?)>/g)) {
      if (m[3]) continue;
      if (m[1]) {
        if (stack.pop() !== m[2]) return false;
      } else stack.push(m[2]);
    }
    return stack.length === 0;
  }
}
