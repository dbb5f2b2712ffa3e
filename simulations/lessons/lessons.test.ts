/**
 * Every preset's lesson teaches what it says: it is well formed, 3–6 steps, each action applies to
 * the preset's scenario, and — played headlessly with the preset's seed — every checkpoint happens.
 */
import { describe, expect, it } from 'vitest';
import { PRESETS } from '../presets';
import { checkLesson } from './schema';
import { playLesson } from './play';

describe.each(PRESETS.map((p) => [p.slug, p] as const))('lesson of %s', (_slug, preset) => {
  it('is well formed, 3 to 6 steps, each with a title and text', () => {
    const c = checkLesson(preset.scenario.lesson);
    expect(c.ok ? [] : c.errors).toEqual([]);
    const steps = c.ok ? (c.lesson?.steps ?? []) : [];
    expect(steps.length).toBeGreaterThanOrEqual(3);
    expect(steps.length).toBeLessThanOrEqual(6);
    for (const s of steps) expect(s.text.length + (s.look ?? '').length, s.title).toBeGreaterThan(30);
  });

  it('plays through: every action applies and every checkpoint happens', () => {
    const outcomes = playLesson(structuredClone(preset.scenario));
    const problems = outcomes.filter((o) => o.problem).map((o) => `step ${o.step + 1} “${o.title}”: ${o.problem}`);
    expect(problems).toEqual([]);
    for (const [i, s] of (preset.scenario.lesson?.steps ?? []).entries()) {
      if (s.checkpoint) expect(outcomes[i].reached, `step ${i + 1} “${s.title}”`).toBeDefined();
    }
  });
});

it('the library has checkpoints wherever the pattern has an event to wait for', () => {
  const withCheckpoint = PRESETS.filter((p) => p.scenario.lesson?.steps.some((s) => s.checkpoint)).map((p) => p.slug);
  for (const slug of ['breaker-with', 'third-party-api', 'work-queue', 'saga-orchestrated', 'saga-choreographed', 'cqrs-read-model', 'event-driven-signup', 'event-streaming', 'batch-etl', 'streaming-sync', 'file-exchange']) {
    expect(withCheckpoint).toContain(slug);
  }
});

it('a checkpoint that never happens is reported, not passed: no breaker opens where there is no breaker', () => {
  const without = PRESETS.find((p) => p.slug === 'breaker-without')!.scenario;
  const lesson = { steps: [{ title: 'Break it', text: 'Take payments down.', action: { kind: 'fault' as const, fault: { kind: 'outage' as const, target: 'payments', atMs: 0, durationMs: 20_000 } }, checkpoint: { on: 'breaker' as const, state: 'OPEN' as const } }] };
  const [o] = playLesson({ ...without, lesson });
  expect(o.reached).toBeUndefined();
  expect(o.problem).toBe('checkpoint not met by the end of the run (60000 ms)');
});

it('an action that cannot be done is reported with the reason', () => {
  const base = PRESETS.find((p) => p.slug === 'breaker-with')!.scenario;
  const steps = [
    { title: 'a', text: 'b', action: { kind: 'set' as const, target: 'nobody', path: 'errorRate', value: 1 } },
    { title: 'c', text: 'd', action: { kind: 'variant' as const, name: 'B' } },
  ];
  expect(playLesson({ ...base, lesson: { steps } }).map((o) => o.problem)).toEqual(['there is no node or link "nobody" in the scenario', 'variant B not found']);
});

it('a "variant" step runs that variant: variant B with a half-failing API opens the breaker', () => {
  const base = PRESETS.find((p) => p.slug === 'breaker-with')!.scenario;
  const payments = base.nodes.findIndex((n) => n.id === 'payments');
  const variants = [{ name: 'B', patch: [{ op: 'replace' as const, path: `/nodes/${payments}/errorRate`, value: 0.5 }] }];
  const steps = [{ title: 'Switch', text: 'Switch to B.', action: { kind: 'variant' as const, name: 'B' }, checkpoint: { on: 'breaker' as const, target: 'checkout-payments', state: 'OPEN' as const } }];
  const [o] = playLesson({ ...base, variants, lesson: { steps } });
  expect(o.problem).toBeUndefined();
  expect(o.reached?.atMs).toBeLessThan(10_000);
});
