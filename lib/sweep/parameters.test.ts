import { describe, expect, it } from 'vitest';
import { validateScenario } from '@/simulations/index';
import breaker from '@/simulations/examples/circuit-breaker.json';
import mm1 from '@/simulations/examples/mm1.json';
import type { ScenarioDoc } from '@/lib/scenario-doc/types';
import { sweepParameters, withParam } from './parameters';

const doc = mm1 as ScenarioDoc;
const byId = (d: ScenarioDoc, id: string) => sweepParameters(d).find((p) => p.id === id);

describe('sweepParameters', () => {
  it("lists a client's arrival rate and a service's workers with readable names and current values", () => {
    const rate = byId(doc, 'node:users:traffic.ratePerSec')!;
    expect(rate).toMatchObject({ element: 'Users', name: 'arrival rate', unit: '/s', current: 80, int: false, min: 0 });
    const workers = byId(doc, 'node:server:workers')!;
    expect(workers).toMatchObject({ element: 'Server', name: 'workers', unit: '', current: 1, int: true, min: 1 });
    expect(workers.help).toBe('Requests processed at once (c)');
    // The distribution the document uses, in ms; a share in %; a field left out at its default.
    expect(byId(doc, 'node:server:serviceTime.mean')).toMatchObject({ unit: 'ms', current: 10 });
    expect(byId(doc, 'node:server:errorRate')).toMatchObject({ unit: '%', current: 0, max: 100 });
    expect(byId(doc, 'node:server:queueCapacity')).toMatchObject({ current: undefined });
    expect(byId(doc, 'link:users-server:latency.value')).toMatchObject({ element: 'Users → Server', unit: 'ms', current: 0 });
    // Not parameters: ids, positions, labels.
    expect(sweepParameters(doc).some((p) => /position|label|\.x$/.test(p.id))).toBe(false);
  });

  it("lists the policies a link has, with Resilience4j's defaults where the document leaves them out", () => {
    const d = breaker as ScenarioDoc;
    const ids = sweepParameters(d).map((p) => p.id);
    const link = d.links!.find((l) => l.kind === 'rest' && 'circuitBreaker' in l && l.circuitBreaker)!;
    const threshold = byId(d, `link:${link.id}:circuitBreaker.failureRateThreshold`);
    expect(threshold).toBeDefined();
    expect(threshold!.current).toBeGreaterThan(0);
    // A link without a retry policy offers no retry parameters.
    const plain = d.links!.filter((l) => !('retry' in l && l.retry));
    for (const l of plain) expect(ids.some((id) => id.startsWith(`link:${l.id}:retry.`))).toBe(false);
  });

  it('sets a value without touching the original, and creates a left-out default level', () => {
    const rate = byId(doc, 'node:users:traffic.ratePerSec')!;
    const d2 = withParam(doc, rate, 150);
    expect((d2.nodes[0] as { traffic: { ratePerSec: number } }).traffic).toEqual({ type: 'poisson', ratePerSec: 150 });
    expect((doc.nodes[0] as { traffic: { ratePerSec: number } }).traffic.ratePerSec).toBe(80);
    expect(d2.nodes[1]).toBe(doc.nodes[1]);

    const noTime = { ...doc, nodes: [doc.nodes[0], { id: 'server', kind: 'service', label: 'Server' }] } as ScenarioDoc;
    const mean = byId(noTime, 'node:server:serviceTime.mean')!;
    expect(mean.current).toBe(10);
    const d3 = withParam(noTime, mean, 25);
    expect((d3.nodes[1] as { serviceTime: unknown }).serviceTime).toEqual({ type: 'exponential', mean: 25 });
    expect(validateScenario(d3).ok).toBe(true);

    const share = byId(doc, 'node:server:errorRate')!;
    expect((withParam(doc, share, 5).nodes[1] as { errorRate: number }).errorRate).toBeCloseTo(0.05, 12);
  });

  it('gives every parameter of every example a value the engine accepts at its current setting', () => {
    for (const d of [mm1, breaker] as ScenarioDoc[])
      for (const p of sweepParameters(d)) {
        if (p.current === undefined) continue;
        expect(validateScenario(withParam(d, p, p.current)).ok, p.id).toBe(true);
      }
  });
});

describe('sweepParameters on every preset', () => {
  it('lists parameters for each, and each at its current value keeps the scenario valid', async () => {
    const { PRESETS } = await import('@/simulations/presets/index');
    for (const preset of PRESETS) {
      const d = preset.scenario as ScenarioDoc;
      const ps = sweepParameters(d);
      expect(ps.length, preset.slug).toBeGreaterThan(0);
      expect(new Set(ps.map((p) => p.id)).size, preset.slug).toBe(ps.length);
      for (const p of ps) {
        expect(p.name.length, p.id).toBeGreaterThan(0);
        if (p.current === undefined) continue;
        const v = validateScenario(withParam(d, p, p.current));
        expect(v.ok, `${preset.slug} ${p.id}`).toBe(true);
      }
    }
  });
});
