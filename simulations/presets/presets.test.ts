/**
 * Every preset teaches what it says: it is a valid scenario, its words are there, and each "try
 * this" outcome it states is what the engine does when the change is made (same seed both ways).
 */
import { describe, expect, it } from 'vitest';
import { runScenario } from '../run/run';
import { validateScenario } from '../scenario/validate';
import { PRESET_SECTIONS, PRESETS } from './index';

const sections = new Set<string>(PRESET_SECTIONS.map((s) => s.id));

describe('the preset library', () => {
  it('has unique slugs, known sections, and pairs that point at each other', () => {
    const slugs = PRESETS.map((p) => p.slug);
    expect(new Set(slugs).size).toBe(slugs.length);
    for (const p of PRESETS) {
      expect(sections.has(p.section), `${p.slug}: section ${p.section}`).toBe(true);
      expect(p.slug).toMatch(/^[a-z0-9-]+$/);
      if (p.pair) expect(slugs, `${p.slug} pairs with ${p.pair.slug}`).toContain(p.pair.slug);
    }
  });
});

describe.each(PRESETS.map((p) => [p.slug, p] as const))('preset %s', (_slug, preset) => {
  it('is a valid scenario with positions for every node, and explains itself', () => {
    const v = validateScenario(preset.scenario);
    expect(v.ok ? [] : v.errors).toEqual([]);
    for (const n of preset.scenario.nodes) expect(n.position, `${n.id} has a position`).toBeDefined();
    expect(preset.title.length).toBeGreaterThan(5);
    expect(preset.teaches.length).toBeGreaterThan(10);
    expect(preset.explanation.length).toBeGreaterThan(120);
    expect(preset.watch.length).toBeGreaterThan(0);
    expect(preset.experiments.length).toBeGreaterThanOrEqual(2);
    expect(preset.experiments.length).toBeLessThanOrEqual(3);
  });

  const base = () => runScenario(validateOrThrow(preset.scenario));
  let baseReport: ReturnType<typeof runScenario> | undefined;

  it.each(preset.experiments.map((e) => [e.title, e] as const))('try this: %s', (_title, e) => {
    baseReport ??= base();
    const input = structuredClone(preset.scenario);
    const changed = e.apply(input);
    expect(input, 'apply() must not change the preset itself').toEqual(preset.scenario);
    const report = runScenario(validateOrThrow(changed));
    expect(e.check(baseReport, report), e.expect).toBeUndefined();
  });
});

function validateOrThrow(input: unknown) {
  const v = validateScenario(input);
  if (!v.ok) throw new Error(v.errors.map((x) => `${x.path}: ${x.message}`).join('\n'));
  return v.scenario;
}
