import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseScenario, runScenario } from '../index';
import mm1 from '../examples/mm1.json';

const tsx = join(process.cwd(), 'node_modules', '.bin', 'tsx');
const sim = (...args: string[]) => spawnSync(tsx, ['simulations/cli/main.ts', ...args], { encoding: 'utf8', cwd: process.cwd() });
const dir = mkdtempSync(join(tmpdir(), 'interplay-cli-'));
const file = (name: string, text: string) => {
  const p = join(dir, name);
  writeFileSync(p, text);
  return p;
};

describe('npm run sim', () => {
  it('prints the JSON report, equal to the library run apart from perf', () => {
    const r = sim('simulations/examples/mm1.json', '--seed', '3', '--duration-ms', '20000', '--warmup-ms', '2000', '--json');
    expect(r.status).toBe(0);
    const { perf, ...report } = JSON.parse(r.stdout);
    expect(perf.eventsPerSec).toBeGreaterThan(0);
    expect(report).toEqual(runScenario(parseScenario(mm1), { seed: 3, durationMs: 20_000, warmupMs: 2000 }));
    expect(report.warmupMs).toBe(2000);
  });

  it('prints readable tables by default', () => {
    const r = sim('simulations/examples/mm1.json', '--duration-ms', '5000');
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^M\/M\/1/);
    expect(r.stdout).toContain('Clients (end-to-end');
    expect(r.stdout).toContain('Services (wait');
  });

  it('exits 2 with the validation messages for an invalid scenario', () => {
    const bad = { ...mm1, links: [{ id: 'l', kind: 'rest', from: 'users', to: 'nowhere' }], nodes: [{ ...mm1.nodes[1], workers: 0 }, mm1.nodes[0]] };
    const r = sim(file('bad.json', JSON.stringify(bad)));
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('links[0].to: no node with id "nowhere"');
    expect(r.stderr).toContain('nodes[0].workers');
    expect(r.stdout).toBe('');
  });

  it('exits 2 for malformed JSON, an unknown version and a missing file', () => {
    expect(sim(file('trunc.json', '{"version": 1, "nodes": [')).stderr).toMatch(/is not valid JSON/);
    const v2 = sim(file('v2.json', JSON.stringify({ ...mm1, version: 2 })));
    expect(v2.status).toBe(2);
    expect(v2.stderr).toContain('version 2: this build reads scenario version 1');
    const missing = sim(join(dir, 'nope.json'));
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain('ENOENT');
  });
});
