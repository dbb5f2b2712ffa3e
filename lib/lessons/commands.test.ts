/**
 * Authoring a lesson as document commands, and the lesson travelling with the scenario: share links
 * carry it, a broken one never stops a scenario from opening, and the player names its problems.
 */
import { describe, expect, it } from 'vitest';
import { findPreset } from '@/simulations/presets';
import { checkLesson } from '@/simulations/lessons/schema';
import type { ScenarioDoc } from '../scenario-doc/types';
import { decodeScenario, encodeScenario } from '../share/link-codec';
import { checkScenario } from '../share/open-check';
import { addStep, applySet, createLesson, moveStep, removeLesson, removeStep, setLessonTitle, updateStep } from './commands';

const breaker = () => structuredClone(findPreset('breaker-with')!.scenario) as ScenarioDoc;
const bare = (): ScenarioDoc => removeLesson(breaker());

describe('lesson commands', () => {
  it('start a lesson, add, move, edit and remove steps — each a new document, the input untouched', () => {
    const d0 = bare();
    const d1 = createLesson(d0, 'My lesson');
    expect(d0.lesson).toBeUndefined();
    expect(d1.lesson?.steps).toHaveLength(1);
    const { doc: d2, index } = addStep(d1, 0, { title: 'Break it', text: 'Take payments down.' });
    expect(index).toBe(1);
    const d3 = updateStep(d2, 1, { action: { kind: 'fault', fault: { kind: 'outage', target: 'payments', atMs: 0, durationMs: 5_000 } }, checkpoint: { on: 'breaker', state: 'OPEN' } });
    const moved = moveStep(d3, 1, -1);
    expect(moved.index).toBe(0);
    expect(moved.doc.lesson?.steps.map((s) => s.title)).toEqual(['Break it', 'Press play']);
    expect(checkLesson(moved.doc.lesson)).toMatchObject({ ok: true });
    expect(removeStep(moved.doc, 0).lesson?.steps.map((s) => s.title)).toEqual(['Press play']);
    expect(setLessonTitle(moved.doc, '  Breakers  ').lesson?.title).toBe('Breakers');
    expect(d2.lesson?.steps[1].action).toBeUndefined();
  });

  it('changes nothing (the same document: no undo step) when there is nothing to change', () => {
    const d = breaker();
    expect(moveStep(d, 0, -1).doc).toBe(d);
    expect(removeStep(d, 99)).toBe(d);
    expect(updateStep(d, 0, { title: d.lesson!.steps[0].title })).toBe(d);
    expect(createLesson(d)).toBe(d);
    expect(removeLesson(bare())).toEqual(bare());
  });

  it('updateStep with undefined removes an optional field', () => {
    const d = breaker();
    const stepWithAction = d.lesson!.steps.findIndex((s) => s.action);
    expect(updateStep(d, stepWithAction, { action: undefined }).lesson!.steps[stepWithAction]).not.toHaveProperty('action');
  });

  it('a "set" is checked by the engine: a valid change applies, an invalid or unknown one says why', () => {
    const ok = applySet(breaker(), 'shoppers', 'traffic.ratePerSec', 200);
    expect(ok.ok && ok.changed && ok.doc.nodes[0]).toMatchObject({ traffic: { ratePerSec: 200 } });
    const bad = applySet(breaker(), 'payments', 'errorRate', 3);
    expect(bad).toMatchObject({ ok: false });
    expect(!bad.ok && bad.error).toMatch(/nodes\[2\]\.errorRate/);
    expect(applySet(breaker(), 'nobody', 'x', 1)).toEqual({ ok: false, error: 'there is no node or link "nobody" in the scenario' });
    const same = applySet(breaker(), 'payments', 'errorRate', 0.01);
    expect(same).toMatchObject({ ok: true, changed: false });
  });
});

describe('a lesson travels with the scenario', () => {
  it('a share link carries the lesson, unchanged', () => {
    const doc = updateStep(breaker(), 0, { title: 'Edited in the app' });
    const back = decodeScenario(encodeScenario(doc).fragment);
    expect(back.ok && back.doc.lesson).toEqual(doc.lesson);
  });

  it('a broken lesson does not stop the scenario from opening; the player names the path of the problem', () => {
    const doc = { ...breaker(), lesson: { steps: [{ title: 'x', text: 'y', checkpoint: { on: 'earthquake' } }] } } as unknown as ScenarioDoc;
    const opened = checkScenario(doc);
    expect(opened.ok).toBe(true);
    const c = checkLesson(opened.ok ? opened.doc.lesson : undefined);
    expect(c.ok).toBe(false);
    expect(!c.ok && c.errors[0].path).toBe('lesson.steps[0].checkpoint');
  });
});
