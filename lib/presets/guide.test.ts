import { describe, expect, it } from 'vitest';
import { PRESETS, type Experiment, type Preset } from '@/simulations/presets';
import { withNode } from '@/simulations/presets/edit';
import type { ScenarioDoc } from '../scenario-doc/types';
import { presetForDoc, tryExperiment } from './guide';

const scenario = {
  version: 1,
  name: 'Guide test',
  nodes: [
    { id: 'web', kind: 'client', traffic: { type: 'constant', ratePerSec: 10 } },
    { id: 'api', kind: 'service', workers: 2 },
  ],
  links: [{ id: 'web-api', kind: 'rest', from: 'web', to: 'api' }],
} as ScenarioDoc;

const preset = { slug: 'guide-test', scenario } as unknown as Preset;
const more: Experiment = { title: 'More workers', expect: '', apply: (s) => withNode(s, 'api', { workers: 8 }), check: () => undefined };

describe('presetForDoc', () => {
  it('finds the preset by the scenario name the document carries', () => {
    expect(presetForDoc([preset], { name: 'Guide test' })?.slug).toBe('guide-test');
    expect(presetForDoc([preset], { name: '  Guide test ' })?.slug).toBe('guide-test');
  });
  it('finds none for a renamed or unnamed document', () => {
    expect(presetForDoc([preset], { name: 'My own scenario' })).toBeUndefined();
    expect(presetForDoc([preset], {})).toBeUndefined();
  });
  it('tells every shipped preset apart by its scenario name', () => {
    const names = PRESETS.map((p) => p.scenario.name);
    expect(names.every(Boolean)).toBe(true);
    expect(new Set(names).size).toBe(names.length);
    for (const p of PRESETS) expect(presetForDoc(PRESETS, p.scenario)?.slug).toBe(p.slug);
  });
});

describe('tryExperiment', () => {
  it('applies the change to the current document, not to the preset as shipped', () => {
    const edited = withNode(scenario, 'web', { label: 'Shop' }) as ScenarioDoc;
    const t = tryExperiment(more, edited);
    expect(t.ok && t.changes).toBe(true);
    if (!t.ok) return;
    expect(t.doc.nodes.find((n) => n.id === 'api')).toMatchObject({ workers: 8 });
    expect(t.doc.nodes.find((n) => n.id === 'web')).toMatchObject({ label: 'Shop' });
    expect(scenario.nodes[1]).toMatchObject({ workers: 2 });
  });
  it('says when it is applied already', () => {
    const t = tryExperiment(more, withNode(scenario, 'api', { workers: 8 }) as ScenarioDoc);
    expect(t).toMatchObject({ ok: true, changes: false });
  });
  it('explains instead of throwing when the node it changes was removed', () => {
    const t = tryExperiment(more, { ...scenario, nodes: [scenario.nodes[0]], links: [] });
    expect(t).toEqual({ ok: false, error: 'it changes the node "api", which is no longer in the scenario' });
  });
  it('refuses a result the validator rejects', () => {
    const bad: Experiment = { ...more, apply: (s) => withNode(s, 'api', { workers: -1 }) };
    const t = tryExperiment(bad, scenario);
    expect(t.ok).toBe(false);
    if (!t.ok) expect(t.error).toMatch(/^the result would not be valid \(nodes\[1\]\.workers: /);
  });
  it('applies every experiment of every shipped preset to its own scenario as a valid change', () => {
    for (const p of PRESETS)
      for (const e of p.experiments) {
        const t = tryExperiment(e, structuredClone(p.scenario) as ScenarioDoc);
        expect(t, `${p.slug}: ${e.title}`).toMatchObject({ ok: true, changes: true });
      }
  });
});
