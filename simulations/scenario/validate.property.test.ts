// Properties of validation: a parsed scenario survives a JSON round trip unchanged, and no input —
// random values, hostile objects, valid scenarios with one thing broken — makes validateScenario
// throw. What it accepts, the engine can run.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createRun } from '../run/run';
import { scenarioArb } from '../test-support/arbitraries';
import { parseScenario, validateScenario, type Validation } from './validate';

/** A refusal lists at least one problem, each with a path (string) and a message (non-empty). */
function expectWellFormed(v: Validation, rootIsObject: boolean): void {
  if (v.ok) return;
  expect(v.errors.length).toBeGreaterThan(0);
  for (const e of v.errors) {
    expect(typeof e.path).toBe('string');
    expect(typeof e.message).toBe('string');
    expect(e.message.length).toBeGreaterThan(0);
    // Only a document that is not an object at all is reported at the root.
    if (rootIsObject) expect(e.path.length).toBeGreaterThan(0);
  }
}

/** What validation accepts the engine builds and runs without throwing (briefly: durations may be huge). */
function expectRunnable(v: Validation): void {
  if (!v.ok) return;
  const run = createRun(v.scenario, { durationMs: Math.min(v.scenario.run.durationMs, 300) });
  run.advanceTo(300, 20_000);
  run.snapshot();
  run.report();
}

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

/** Every path into the document, e.g. ['links', 0, 'retry', 'maxAttempts']. */
function pathsOf(doc: Json, prefix: (string | number)[] = []): (string | number)[][] {
  const out: (string | number)[][] = [];
  if (Array.isArray(doc)) doc.forEach((x, i) => out.push([...prefix, i], ...pathsOf(x, [...prefix, i])));
  else if (doc && typeof doc === 'object') for (const [k, x] of Object.entries(doc)) out.push([...prefix, k], ...pathsOf(x, [...prefix, k]));
  return out;
}

const BAD_VALUES: unknown[] = [
  null, undefined, true, '', 'NaN', 'Infinity', '1e999', '12', 'x'.repeat(10_000), 0, -1, -0.5, 0.5, 1e308, -1e308, 2 ** 53 + 1,
  Number.NaN, Number.POSITIVE_INFINITY, [], [null], {}, { type: 'weird' }, 'unknown-kind', { kind: 'mainframe', id: 'x' }, 2,
];

const mutationArb = fc.record({
  at: fc.nat(),
  op: fc.constantFrom('delete', 'set', 'set', 'zero', 'zero', 'version', 'kind'),
  value: fc.constantFrom(...BAD_VALUES),
});

function mutate(doc: Json, m: { at: number; op: string; value: unknown }): unknown {
  const copy = structuredClone(doc) as Record<string | number, unknown>;
  if (m.op === 'version') return { ...copy, version: m.value };
  const at = (p: (string | number)[]) => p.reduce<unknown>((o, k) => (o as Record<string | number, unknown>)[k], doc);
  const fits = (p: (string | number)[]) =>
    m.op === 'kind' ? p[p.length - 1] === 'kind' || p[p.length - 1] === 'type' : m.op === 'zero' ? typeof at(p) === 'number' : true;
  const paths = pathsOf(doc).filter(fits);
  if (paths.length === 0) return copy;
  const path = paths[m.at % paths.length];
  let parent = copy as Record<string | number, unknown>;
  for (const k of path.slice(0, -1)) parent = parent[k] as Record<string | number, unknown>;
  const last = path[path.length - 1];
  if (m.op === 'delete') {
    if (Array.isArray(parent)) parent.splice(last as number, 1);
    else delete parent[last];
  } else parent[last] = m.op === 'kind' ? `no-such-${String(parent[last])}` : m.op === 'zero' ? 0 : m.value;
  return copy;
}

describe('validateScenario properties', () => {
  it('round trip: parseScenario(JSON of a parsed scenario) deep-equals it', () => {
    fc.assert(
      fc.property(scenarioArb(), (input) => {
        const parsed = parseScenario(input);
        const again = parseScenario(JSON.parse(JSON.stringify(parsed)));
        expect(again).toEqual(parsed);
        // Parsing is idempotent: defaults are filled once, nothing else changes.
        expect(parseScenario(again)).toEqual(again);
      }),
      { seed: 101, numRuns: 200 },
    );
  });

  it('never throws on arbitrary values, and refuses them with well-formed errors', () => {
    fc.assert(
      fc.property(fc.anything({ withNullPrototype: true, withBigInt: true, withDate: true, withMap: true, withSet: true, withTypedArray: true, withSparseArray: true, withBoxedValues: true }), (x) => {
        const v = validateScenario(x);
        expect(v.ok).toBe(false);
        expectWellFormed(v, typeof x === 'object' && x !== null && !Array.isArray(x));
      }),
      { seed: 202, numRuns: 300 },
    );
  });

  it('never throws on version-1 documents whose parts are arbitrary values', () => {
    const docArb = fc.record(
      { version: fc.constant(1), name: fc.anything(), seed: fc.anything(), run: fc.anything(), nodes: fc.anything(), links: fc.anything(), faults: fc.anything() },
      { requiredKeys: ['version'] },
    );
    fc.assert(
      fc.property(docArb, (doc) => {
        const v = validateScenario(doc);
        expectWellFormed(v, true);
        expectRunnable(v);
      }),
      { seed: 303, numRuns: 300 },
    );
  });

  it('valid scenarios with one random mutation: never throws; refused with paths, or still runnable', () => {
    let refused = 0;
    fc.assert(
      fc.property(scenarioArb({ maxDurationMs: 1000 }), fc.array(mutationArb, { minLength: 1, maxLength: 3 }), (input, mutations) => {
        let doc: unknown = input;
        for (const m of mutations) doc = mutate(doc as Json, m);
        const v = validateScenario(doc);
        if (!v.ok) refused++;
        expectWellFormed(v, true);
        expectRunnable(v);
      }),
      { seed: 404, numRuns: 400 },
    );
    // Most mutations break something; the property would be idle if none did.
    expect(refused).toBeGreaterThan(200);
  });

  it('hostile objects: throwing getters, proxies and deep nesting are refused, not thrown', () => {
    const throwing = Object.defineProperty({ version: 1, name: 'x' }, 'nodes', { enumerable: true, get: () => { throw new Error('boom'); } });
    const proxy = new Proxy({ version: 1 }, { ownKeys: () => { throw new Error('no keys'); }, get: (t, k) => (k === 'version' ? 1 : undefined) });
    let deep: unknown = { version: 1, name: 'deep', nodes: [] };
    for (let i = 0; i < 10_000; i++) deep = { version: 1, name: 'deep', nodes: [deep] };
    for (const x of [throwing, proxy, deep]) {
      let v: Validation | undefined;
      expect(() => (v = validateScenario(x))).not.toThrow();
      expect(v!.ok).toBe(false);
      expectWellFormed(v!, false);
    }
  });
});
