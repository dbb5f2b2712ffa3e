import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { MIGRATIONS, migrateScenario, type Migration, type ScenarioJson } from './migrate';
import { SCENARIO_VERSION } from './schema';
import { validateScenario } from './validate';

const EXAMPLES = new URL('../examples/', import.meta.url);

/**
 * A made-up history for testing the mechanism only (no such formats were ever written):
 * v1 → v2 renames `run.durationMs` to `run.lengthMs`; v2 → v3 moves `seed` into `run`.
 */
const renameDuration: Migration = (doc) => {
  const { durationMs, ...run } = (doc.run ?? {}) as Record<string, unknown>;
  return { ...doc, run: durationMs === undefined ? run : { ...run, lengthMs: durationMs } };
};
const seedIntoRun: Migration = (doc) => {
  const { seed, ...rest } = doc;
  return { ...rest, run: { ...(doc.run as object), seed } };
};
const TABLE = { 1: renameDuration, 2: seedIntoRun };
const v1 = (): ScenarioJson => ({ version: 1, name: 'x', seed: 7, run: { durationMs: 5000, windowMs: 500 }, nodes: [] });

describe('migrateScenario', () => {
  it('has one step from every version Interplay wrote (1 on) to the current one, and none beyond', () => {
    // A new step belongs here with a test of its own that feeds it a real document of its version.
    const steps = Object.keys(MIGRATIONS).map(Number);
    expect(steps).toEqual(Array.from({ length: SCENARIO_VERSION - 1 }, (_, i) => i + 1));
  });

  it('passes a document of the current version through unchanged', () => {
    const doc = v1();
    const r = migrateScenario(doc);
    expect(r).toEqual({ ok: true, scenario: v1(), from: 1 });
    if (r.ok) expect(r.scenario).toBe(doc);
  });

  it('passes every shipped example through and leaves it valid', () => {
    for (const f of readdirSync(EXAMPLES).filter((n) => n.endsWith('.json'))) {
      const json = JSON.parse(readFileSync(new URL(f, EXAMPLES), 'utf8'));
      const r = migrateScenario(json);
      expect(r.ok && r.from === 1 && r.scenario === json, f).toBe(true);
      expect(validateScenario(json).ok, f).toBe(true);
    }
  });

  it('applies each step of an injected table: 1 → 2', () => {
    const r = migrateScenario(v1(), { migrations: TABLE, current: 2 });
    expect(r).toEqual({ ok: true, from: 1, scenario: { version: 2, name: 'x', seed: 7, run: { lengthMs: 5000, windowMs: 500 }, nodes: [] } });
  });

  it('applies each step of an injected table: 2 → 3', () => {
    const v2 = { version: 2, name: 'x', seed: 7, run: { lengthMs: 5000 }, nodes: [] };
    const r = migrateScenario(v2, { migrations: TABLE, current: 3 });
    expect(r).toEqual({ ok: true, from: 2, scenario: { version: 3, name: 'x', run: { lengthMs: 5000, seed: 7 }, nodes: [] } });
  });

  it('chains the steps in order from an old version to the current one, without touching the input', () => {
    const input = v1();
    const r = migrateScenario(input, { migrations: TABLE, current: 3 });
    expect(r).toEqual({ ok: true, from: 1, scenario: { version: 3, name: 'x', run: { lengthMs: 5000, windowMs: 500, seed: 7 }, nodes: [] } });
    expect(input).toEqual(v1());
  });

  it('keeps the input intact even when a step mutates what it is given', () => {
    const input = v1();
    const careless: Migration = (doc) => {
      (doc.run as Record<string, unknown>).windowMs = 1;
      return doc;
    };
    const r = migrateScenario(input, { migrations: { 1: careless }, current: 2 });
    expect(r.ok && (r.scenario as ScenarioJson).run).toEqual({ durationMs: 5000, windowMs: 1 });
    expect(input).toEqual(v1());
  });

  it('refuses a version from the future, saying which one and what this build reads', () => {
    const r = migrateScenario({ ...v1(), version: 7 });
    expect(r).toEqual({ ok: false, error: 'version: this scenario is format version 7; this build reads up to 1 — update Interplay to open it' });
  });

  it('refuses a missing, non-numeric, fractional or too old version', () => {
    const { version: _v, ...noVersion } = v1();
    const cases: [unknown, RegExp][] = [
      [noVersion, /^version: missing/],
      [{ ...v1(), version: '1' }, /must be a whole number, not "1"/],
      [{ ...v1(), version: 1.5 }, /must be a whole number, not 1\.5/],
      [{ ...v1(), version: null }, /not null/],
      [{ ...v1(), version: 0 }, /format version 0 is not one Interplay ever wrote; this build reads version 1$/],
    ];
    for (const [input, message] of cases) {
      const r = migrateScenario(input);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.error).toMatch(message);
    }
    const old = migrateScenario({ version: 0 }, { migrations: TABLE, current: 3 });
    expect(!old.ok && old.error).toMatch(/this build reads versions 1 to 3$/);
  });

  it('refuses what is not a JSON object', () => {
    for (const input of [null, undefined, 3, 'text', [], [v1()]]) {
      const r = migrateScenario(input);
      expect(r).toEqual({ ok: false, error: expect.stringMatching(/must be a JSON object/) });
    }
  });

  it('reports a step that throws or returns something other than an object, naming the step', () => {
    const throwing = migrateScenario(v1(), { migrations: { 1: () => { throw new Error('no run'); } }, current: 2 });
    expect(throwing).toEqual({ ok: false, error: 'version: could not migrate from version 1 to 2: no run' });
    const broken = migrateScenario(v1(), { migrations: { 1: () => [] as unknown as ScenarioJson }, current: 2 });
    expect(!broken.ok && broken.error).toMatch(/from version 1 to 2 did not produce a scenario/);
  });
});
