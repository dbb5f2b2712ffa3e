import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import breaker from '@/simulations/examples/circuit-breaker.json';
import mm1 from '@/simulations/examples/mm1.json';
import type { ScenarioDoc } from '@/lib/scenario-doc/types';
import { runJob } from './run-job';

const tsx = join(process.cwd(), 'node_modules', '.bin', 'tsx');

describe('runJob', () => {
  it('gives the report `npm run sim --json` prints for the same scenario and seed', () => {
    const r = spawnSync(tsx, ['simulations/cli/main.ts', 'simulations/examples/circuit-breaker.json', '--seed', '11', '--duration-ms', '30000', '--json'], { encoding: 'utf8', cwd: process.cwd() });
    expect(r.status).toBe(0);
    const { perf: _perf, ...cli } = JSON.parse(r.stdout);
    const res = runJob({ doc: breaker as ScenarioDoc, seed: 11, durationMs: 30_000 });
    expect(res.ok).toBe(true);
    if (res.ok) expect(res.report).toEqual(cli);
  });

  it('uses the job seed: two seeds differ, the same seed repeats', () => {
    const p95 = (seed: number) => {
      const res = runJob({ doc: mm1 as ScenarioDoc, seed, durationMs: 20_000 });
      if (!res.ok) throw new Error(res.error);
      expect(res.report.seed).toBe(seed);
      return res.report.clients.users.latencyMs.p95;
    };
    expect(p95(1)).toBeGreaterThan(0);
    expect(p95(1)).toBe(p95(1));
    expect(p95(2)).not.toBe(p95(1));
  });

  it('returns the validation problems of an invalid scenario instead of throwing', () => {
    const doc = { ...mm1, nodes: [mm1.nodes[0], { ...mm1.nodes[1], workers: 0 }] } as ScenarioDoc;
    const res = runJob({ doc, seed: 1 });
    expect(res.ok).toBe(false);
    if (!res.ok) expect(res.error).toMatch(/nodes\[1\]\.workers/);
    const junk = runJob({ doc: { version: 1 } as unknown as ScenarioDoc, seed: 1 });
    expect(junk.ok).toBe(false);
  });
});
