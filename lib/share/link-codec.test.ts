// Share links: whatever a scenario holds comes back exactly; whatever a link holds never throws and is explained.
import fc from 'fast-check';
import LZString from 'lz-string';
import { describe, expect, it } from 'vitest';
import { starterDoc } from '@/lib/scenario-doc/defaults';
import type { ScenarioDoc } from '@/lib/scenario-doc/types';
import { EXAMPLES } from '@/lib/examples';
import { scenarioArb } from '@/simulations/test-support/arbitraries';
import { LINK_FORMAT, MAX_SCENARIO_BYTES, decodeScenario, encodeScenario, fragmentValue, shareUrl } from './link-codec';

/** Generated scenarios with what the editor adds: labels (any text, markup too), descriptions and positions. */
const docArb: fc.Arbitrary<ScenarioDoc> = scenarioArb().chain((s) =>
  fc
    .record({
      name: fc.string({ minLength: 1, maxLength: 120 }),
      labels: fc.array(fc.string({ maxLength: 80 }), { minLength: s.nodes.length, maxLength: s.nodes.length }),
      xy: fc.array(fc.tuple(fc.integer({ min: -5000, max: 5000 }), fc.integer({ min: -5000, max: 5000 })), { minLength: s.nodes.length, maxLength: s.nodes.length }),
      description: fc.option(fc.string({ unit: 'binary', maxLength: 200 }), { nil: undefined }),
    })
    .map(({ name, labels, xy, description }) => ({
      ...s,
      name,
      ...(description === undefined ? {} : { description }),
      nodes: s.nodes.map((n, i) => ({ ...n, label: labels[i], position: { x: xy[i][0] / 2, y: xy[i][1] } })),
    })),
);

const data = (doc: unknown) => `${LINK_FORMAT}.${LZString.compressToEncodedURIComponent(JSON.stringify(doc))}`;

describe('encodeScenario / decodeScenario', () => {
  it('gives back exactly the document that was encoded: seed, run settings, positions, any text', () => {
    fc.assert(
      fc.property(docArb, (doc) => {
        const { fragment, jsonBytes } = encodeScenario(doc);
        expect(fragment.startsWith(`s=${LINK_FORMAT}.`)).toBe(true);
        expect(jsonBytes).toBe(new TextEncoder().encode(JSON.stringify(doc)).length);
        expect(decodeScenario(`#${fragment}`)).toEqual({ ok: true, doc });
      }),
      { numRuns: 300 },
    );
  });

  it('reads the link as the browser hands it over: with "#", among other parameters, or percent-encoded by a chat tool', () => {
    const doc = starterDoc();
    const { fragment } = encodeScenario(doc);
    expect(decodeScenario(fragment)).toEqual({ ok: true, doc });
    expect(decodeScenario(`#view=1&${fragment}`)).toEqual({ ok: true, doc });
    expect(decodeScenario(`#${fragment.replace(/\$/g, '%24').replace(/\+/g, '%2B')}`)).toEqual({ ok: true, doc });
    expect(new URL(shareUrl('https://interplay.example', fragment)).hash).toBe(`#${fragment}`);
  });

  it('never throws on garbage, and always says what is wrong', () => {
    const garbage = fc.oneof(
      fc.string({ maxLength: 300 }),
      fc.string({ unit: 'binary', maxLength: 300 }).map((s) => `s=1.${s}`),
      fc.string({ unit: fc.constantFrom(...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+-$'), maxLength: 400 }).map((s) => `#s=1.${s}`),
      fc.jsonValue().map((v) => `#s=${data(v)}`),
    );
    fc.assert(
      fc.property(garbage, (hash) => {
        const r = decodeScenario(hash);
        if (!r.ok) expect(r.error.length).toBeGreaterThan(10);
      }),
      { numRuns: 3000 },
    );
  });

  it('refuses every cut-short copy of a real link as cut short, and survives any one character changed', () => {
    const doc = EXAMPLES.find((e) => e.file === 'circuit-breaker.json')!.scenario as ScenarioDoc;
    const { fragment } = encodeScenario(doc);
    const start = 's=1.'.length + 1;
    fc.assert(
      fc.property(fc.integer({ min: start, max: fragment.length - 1 }), (cut) => {
        const r = decodeScenario(fragment.slice(0, cut));
        // lz-string may end on a character of padding only: losing that loses nothing.
        if (r.ok) expect(r.doc).toEqual(doc);
        else expect(r.error).toMatch(/^the link is cut short/);
      }),
      { numRuns: 300 },
    );
    fc.assert(
      fc.property(fc.integer({ min: start, max: fragment.length - 1 }), fc.constantFrom(...'AZaz09+-!~%'), (at, c) => {
        const r = decodeScenario(fragment.slice(0, at) + c + fragment.slice(at + 1));
        // Either the data no longer reads, or it reads as JSON and the schema names the field that changed.
        if (!r.ok) expect(r.error).toMatch(/^(the link is |a scenario must|version: |\(scenario\): |[A-Za-z$]+(\[\d+\])*[.:[])/);
      }),
      { numRuns: 500 },
    );
  });

  it('names the field of the scenario that is wrong, in the engine’s words', () => {
    const doc = starterDoc();
    const broken = { ...doc, links: [{ ...doc.links![0], to: 'db' }, doc.links![1]] };
    expect(decodeScenario(`s=${data(broken)}`)).toEqual({ ok: false, error: 'links[0].to: no node with id "db"' });
    const twoProblems = { ...broken, seed: -1 };
    const r = decodeScenario(`s=${data(twoProblems)}`);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.split('; ').sort()).toEqual(['links[0].to: no node with id "db"', 'seed: seed must be ≥ 0'].sort());
  });

  it('explains the other ways a link can be wrong', () => {
    const ok = encodeScenario(starterDoc()).fragment;
    const cases: [string, RegExp][] = [
      ['', /^this is not a share link/],
      ['#preset=abc', /^this is not a share link/],
      ['#s=', /^the link is damaged: its data should start with a format number/],
      ['#s=1.', /^the link is cut short: it holds no scenario data/],
      [`#${ok.replace('s=1.', 's=2.')}`, /^this link was made by a newer Interplay \(link format 2\); this build reads link format 1/],
      [`#${ok.replace('s=1.', 's=0.')}`, /^unknown link format 0/],
      [`#s=1.${LZString.compressToEncodedURIComponent('{"version":1,')}`, /^the link is cut short or corrupted: its data is not a complete JSON document/],
      [`#s=1.${LZString.compressToEncodedURIComponent('[1,2]')}`, /^a scenario must be a JSON object/],
      [`#s=${data({ ...starterDoc(), version: 7 })}`, /^version: this scenario is format version 7; this build reads up to 1 — update Interplay/],
      [`#${ok.slice(0, 20)}*${ok.slice(21)}`, /^the link is damaged: character 17 of its data \("\*"\) never appears in a share link/],
    ];
    for (const [hash, message] of cases) {
      const r = decodeScenario(hash);
      expect(r.ok, hash).toBe(false);
      if (!r.ok) expect(r.error, hash).toMatch(message);
    }
  });

  it(`refuses a scenario over ${MAX_SCENARIO_BYTES / 1024} KB of JSON, the short-link API's limit too, and says so`, () => {
    const padded = (bytes: number) => {
      const base = JSON.stringify({ ...starterDoc(), name: 'x' });
      return `${base.slice(0, -1)},${JSON.stringify('p')}:${JSON.stringify('é'.repeat(Math.floor((bytes - base.length - 6) / 2)))}}`;
    };
    const big = padded(MAX_SCENARIO_BYTES + 100);
    expect(big.length).toBeLessThan(MAX_SCENARIO_BYTES); // over the limit in UTF-8 bytes, not in characters
    expect(decodeScenario(`s=1.${LZString.compressToEncodedURIComponent(big)}`)).toEqual({ ok: false, error: 'the scenario in this link is larger than the limit of 256 KB of JSON' });
    const bomb = LZString.compressToEncodedURIComponent(' '.repeat(600_000));
    expect(decodeScenario(`s=1.${bomb}`)).toEqual({ ok: false, error: 'the scenario in this link is larger than the limit of 256 KB of JSON' });
    // Just under the limit, the size is not what is refused (the unknown field "p" is).
    const r = decodeScenario(`s=1.${LZString.compressToEncodedURIComponent(padded(MAX_SCENARIO_BYTES - 100))}`);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatch(/^\(scenario\): unknown field "p"/);
  });

  it('keeps markup in names and labels as the exact text it was', () => {
    const evil = '<img src=x onerror=alert(1)>';
    const doc = { ...starterDoc(), name: evil, nodes: starterDoc().nodes.map((n) => ({ ...n, label: `"><script>alert(1)</script>` })) };
    const r = decodeScenario(encodeScenario(doc).fragment);
    expect(r).toEqual({ ok: true, doc });
    expect(fragmentValue(encodeScenario(doc).fragment)).toMatch(/^1\.[A-Za-z0-9+$-]+$/); // nothing a URL or HTML would read
  });
});
