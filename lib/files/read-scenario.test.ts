import fc from 'fast-check';
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { starterDoc } from '../scenario-doc/defaults';
import { MAX_SCENARIO_BYTES, readScenarioFile, readScenarioText } from './read-scenario';
import { scenarioFileText } from './scenario-json';

const EXAMPLES = new URL('../../simulations/examples/', import.meta.url);
const SCHEMA = 'https://interplay.example/scenario.schema.json';
const good = () => scenarioFileText(starterDoc(), SCHEMA);

function error(text: string): string {
  const r = readScenarioText(text);
  if (r.ok) throw new Error('expected the file to be refused');
  return r.error;
}

describe('readScenarioText', () => {
  it('reads back what Download JSON wrote, without the schema URL', () => {
    const r = readScenarioText(good());
    expect(r).toEqual({ ok: true, doc: starterDoc(), from: 1, unplaced: 0, warnings: [] });
  });

  it('opens every shipped example, and counts nodes without a position', () => {
    for (const f of readdirSync(EXAMPLES).filter((n) => n.endsWith('.json'))) {
      const r = readScenarioText(readFileSync(new URL(f, EXAMPLES), 'utf8'));
      expect(r.ok, f).toBe(true);
    }
    const doc = starterDoc();
    const bare = { ...doc, nodes: doc.nodes.map(({ position: _p, ...n }) => n) };
    expect(readScenarioText(JSON.stringify(bare))).toMatchObject({ ok: true, unplaced: 3 });
  });

  it('accepts a byte-order mark and passes warnings on', () => {
    const doc = { ...starterDoc(), links: [] };
    const r = readScenarioText(`\uFEFF${JSON.stringify(doc)}`);
    expect(r.ok && r.warnings.map((w) => w.path)).toEqual(['nodes[0]']);
  });

  it('says where the JSON breaks, by line and column', () => {
    const text = good().replace('"name": "My scenario",', '"name": "My scenario"');
    const line = text.split('\n').findIndex((l) => l.includes('"seed"')) + 1;
    expect(error(text)).toBe(`not valid JSON at line ${line}, column 3: expected ',' or '}', not '"'`);
    expect(error('hello')).toBe('not valid JSON at line 1, column 1: unexpected \'h\': a value (an object, array, string, number, true, false or null) belongs here');
  });

  it('calls a cut-off file truncated', () => {
    const text = good();
    expect(error(text.slice(0, text.length / 2))).toMatch(/^not valid JSON: the text ends in the middle of a value at line \d+ — the file looks cut off$/);
  });

  it('refuses a newer format version with the version numbers, before any schema check', () => {
    expect(error(JSON.stringify({ ...starterDoc(), version: 7, nodes: 'whatever' }))).toBe('version: this scenario is format version 7; this build reads up to 1 — update Interplay to open it');
    expect(error(JSON.stringify({ name: 'x', nodes: [] }))).toMatch(/^version: missing/);
  });

  it('names the schema path of every problem, the first three in full', () => {
    const doc = starterDoc();
    const bad = { ...doc, seed: -1, links: [{ ...doc.links![0], to: 'nowhere' }, doc.links![1]], nodes: doc.nodes.map((n) => (n.id === 'users-api' ? { ...n, workers: 0, colour: 'red' } : n)) };
    const e = error(JSON.stringify(bad));
    expect(e).toBe('seed: seed must be ≥ 0; nodes[1].workers: must be ≥ 1; nodes[1]: unknown field "colour": check the spelling (docs/scenario-format.md lists every field) (and 1 more problem)');
    expect(error(JSON.stringify({ ...doc, links: [{ ...doc.links![0], to: 'nowhere' }] }))).toMatch(/^links\[0\]\.to: .*"nowhere"/);
  });

  it('refuses what is not a scenario at all', () => {
    expect(error('')).toBe('the file is empty');
    expect(error(' \n')).toBe('the file is empty');
    expect(error('[1, 2]')).toMatch(/must be a JSON object/);
    expect(error('null')).toMatch(/must be a JSON object/);
    expect(error('\u0089PNG\r\n\u001a\n\u0000\u0000')).toMatch(/binary file/);
  });

  it('refuses a file over 256 KB by its size', async () => {
    const padded = good().replace('{', `{${' '.repeat(MAX_SCENARIO_BYTES)}`);
    expect(error(padded)).toBe('the file is 258 KB; the largest scenario Interplay opens is 256 KB');
    // Multi-byte characters count as the bytes they take.
    expect(error(`"${'é'.repeat(MAX_SCENARIO_BYTES / 2)}"`)).toMatch(/^the file is 257 KB/);
    const huge = new Blob([padded]);
    expect(await readScenarioFile(huge)).toEqual({ ok: false, error: 'the file is 258 KB; the largest scenario Interplay opens is 256 KB' });
    expect(await readScenarioFile(new Blob([good()]))).toMatchObject({ ok: true, doc: starterDoc() });
  });

  it('never throws on garbage, and always says what is wrong', () => {
    const check = (text: string) => {
      const r = readScenarioText(text);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.error.length).toBeGreaterThan(5);
    };
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 200 }), check), { numRuns: 2000 });
    fc.assert(fc.property(fc.json(), check), { numRuns: 2000 });
    // A real file, cut anywhere or with one character changed: refused with a message, or still a valid scenario.
    const text = good();
    fc.assert(
      fc.property(fc.nat({ max: text.length - 1 }), fc.string({ maxLength: 2 }), (at, c) => {
        const r = readScenarioText(text.slice(0, at) + c + text.slice(at + 1));
        if (!r.ok) expect(r.error.length).toBeGreaterThan(5);
        else expect(r.doc.nodes.length).toBe(3);
      }),
      { numRuns: 2000 },
    );
  });
});
