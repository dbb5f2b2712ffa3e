import { describe, expect, it } from 'vitest';
import { validateScenario } from '@/simulations/index';
import { decodeScenario, encodeScenario } from '../share/link-codec';
import { starterDoc } from '../scenario-doc/defaults';
import type { ScenarioDoc } from '../scenario-doc/types';
import { createDocumentStore } from '../stores/document-store';
import { materialise, nextVariantName, openWorkspace, patchFor } from './model';
import { deleteVariant, forkVariant, persistedDoc, renameVariant, switchVariant, variantDocs } from './workspace';

const workersOf = (doc: ScenarioDoc, id: string) => (doc.nodes.find((n) => n.id === id) as { workers?: number }).workers;
const setWorkers = (id: string, workers: number) => (d: ScenarioDoc) => ({ ...d, nodes: d.nodes.map((n) => (n.id === id ? { ...n, workers } : n)) }) as ScenarioDoc;

describe('variant workspace', () => {
  it('forks B, edits only B, and A stays as it was', () => {
    const store = createDocumentStore(starterDoc());
    expect(forkVariant(store)).toBe('B');
    expect(store.getState().active).toBe('B');
    store.getState().apply(setWorkers('users-api', 9));
    const s = store.getState();
    expect(workersOf(s.doc, 'users-api')).toBe(9);
    expect(workersOf(s.base, 'users-api')).toBe(4);
    expect(s.variants[0].patch).toEqual([{ op: 'replace', path: '/nodes/1/workers', value: 9 }]);
    expect(s.doc.variants).toBeUndefined();
    switchVariant(store, 'A');
    expect(workersOf(store.getState().doc, 'users-api')).toBe(4);
  });

  it('round-trips: persisted → opened → persisted gives the same document', () => {
    const store = createDocumentStore(starterDoc());
    forkVariant(store);
    store.getState().apply(setWorkers('users-db', 2));
    forkVariant(store, 'A');
    store.getState().apply((d) => ({ ...d, seed: 5 }));
    const saved = persistedDoc(store.getState());
    expect(saved.variants?.map((v) => v.name)).toEqual(['B', 'C']);
    expect(validateScenario(saved).ok).toBe(true);
    const again = createDocumentStore(JSON.parse(JSON.stringify(saved)) as ScenarioDoc);
    expect(again.getState().active).toBe('A');
    expect(persistedDoc(again.getState())).toEqual(saved);
    const docs = variantDocs(again.getState());
    expect(docs.map((d) => [d.name, workersOf(d.doc, 'users-db'), d.doc.seed])).toEqual([
      ['A', 8, 1],
      ['B', 2, 1],
      ['C', 8, 5],
    ]);
    for (const d of docs) expect(validateScenario(d.doc).ok).toBe(true);
  });

  it('a share link carries the variants, and opening it gives the same workspace', () => {
    const store = createDocumentStore(starterDoc());
    forkVariant(store);
    store.getState().apply(setWorkers('users-api', 7));
    const saved = persistedDoc(store.getState());
    const decoded = decodeScenario(`#${encodeScenario(saved).fragment}`);
    expect(decoded.ok).toBe(true);
    const opened = createDocumentStore(starterDoc());
    expect(opened.getState().replace((decoded as { doc: ScenarioDoc }).doc)).toEqual([]);
    expect(variantDocs(opened.getState()).map((d) => workersOf(d.doc, 'users-api'))).toEqual([4, 7]);
  });

  it('editing A leaves the forks as they were (a fork is a copy, not an overlay)', () => {
    const store = createDocumentStore(starterDoc());
    forkVariant(store);
    store.getState().apply(setWorkers('users-api', 9));
    switchVariant(store, 'A');
    store.getState().apply((d) => ({ ...d, nodes: d.nodes.filter((n) => n.id !== 'web'), links: (d.links ?? []).filter((l) => l.from !== 'web') }));
    const b = variantDocs(store.getState()).find((d) => d.name === 'B')!.doc;
    expect(b.nodes.map((n) => n.id)).toContain('web');
    expect(workersOf(b, 'users-api')).toBe(9);
  });

  it('one undo history covers edits, forks and switches', () => {
    const store = createDocumentStore(starterDoc());
    forkVariant(store);
    store.getState().apply(setWorkers('users-api', 9));
    switchVariant(store, 'A');
    const undo = () => store.temporal.getState().undo();
    undo();
    expect(store.getState().active).toBe('B');
    expect(workersOf(store.getState().doc, 'users-api')).toBe(9);
    undo();
    expect(workersOf(store.getState().doc, 'users-api')).toBe(4);
    undo();
    expect(store.getState().variants).toEqual([]);
    expect(store.getState().active).toBe('A');
  });

  it('lesson and annotations edited on a variant go to the base', () => {
    const store = createDocumentStore(starterDoc());
    forkVariant(store);
    store.getState().apply((d) => ({ ...d, lesson: { steps: [] } }) as ScenarioDoc);
    const s = store.getState();
    expect((s.base as { lesson?: unknown }).lesson).toEqual({ steps: [] });
    expect(s.variants[0].patch).toEqual([]);
  });

  it('renames and deletes; the base cannot be renamed and names stay unique', () => {
    const store = createDocumentStore(starterDoc());
    forkVariant(store);
    forkVariant(store);
    expect(renameVariant(store, 'B', 'queue in the middle')).toBeUndefined();
    expect(renameVariant(store, 'C', 'queue in the middle')).toMatch(/already/);
    expect(renameVariant(store, 'A', 'X')).toMatch(/always "A"/);
    expect(renameVariant(store, 'C', 'A')).toMatch(/base/);
    deleteVariant(store, 'C');
    expect(store.getState().active).toBe('A');
    expect(store.getState().variants.map((v) => v.name)).toEqual(['queue in the middle']);
  });

  it('an opened document replaces the workspace when a command returns one with variants', () => {
    const store = createDocumentStore(starterDoc());
    forkVariant(store);
    const other = { ...starterDoc(), name: 'Other', variants: [{ name: 'Z', patch: [] }] } as ScenarioDoc;
    store.getState().apply(() => other);
    expect(store.getState().active).toBe('A');
    expect(store.getState().variants.map((v) => v.name)).toEqual(['Z']);
    expect(store.getState().doc.name).toBe('Other');
  });
});

describe('bad variants', () => {
  it('a patch that does not apply is left out with a message naming the variant and path; the rest opens', () => {
    const doc = { ...starterDoc(), variants: [{ name: 'B', patch: [{ op: 'replace', path: '/nodes/9/workers', value: 2 }] }, { name: 'C', patch: [] }] } as ScenarioDoc;
    expect(validateScenario(doc).ok).toBe(true);
    const { workspace, problems } = openWorkspace(doc);
    expect(workspace.variants.map((v) => v.name)).toEqual(['C']);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/variant "B": operation 1 \(replace \/nodes\/9\/workers\) does not apply/);
  });

  it('a patch whose result is not a valid scenario is named with the field that is wrong', () => {
    const m = materialise(starterDoc(), { name: 'B', patch: [{ op: 'replace', path: '/nodes/1/workers', value: -3 }] });
    expect(m.ok).toBe(false);
    expect(!m.ok && m.problem).toMatch(/^variant "B" is not a valid scenario: nodes\[1\]\.workers: /);
  });

  it('a malformed variants field is a validation error with its path', () => {
    const v = validateScenario({ ...starterDoc(), variants: [{ name: 'B', patch: [{ op: 'frobnicate', path: '/x' }] }] });
    expect(v.ok).toBe(false);
    expect(!v.ok && v.errors[0].path).toMatch(/^variants\[0\]\.patch\[0\]/);
    const dup = validateScenario({ ...starterDoc(), variants: [{ name: 'B', patch: [] }, { name: 'B', patch: [] }] });
    expect(!dup.ok && dup.errors[0].message).toMatch(/unique/);
  });
});

describe('model helpers', () => {
  it('names forks B, C, … and skips names in use', () => {
    expect(nextVariantName([])).toBe('B');
    expect(nextVariantName(['B', 'D'])).toBe('C');
    expect(nextVariantName('BCDEFGHIJKLMNOPQRSTUVWXYZ'.split(''))).toBe('B2');
  });

  it('patchFor and materialise are inverse', () => {
    const a = starterDoc();
    const b = setWorkers('users-db', 1)({ ...a, name: 'changed' });
    const m = materialise(a, { name: 'B', patch: patchFor(a, b) });
    expect(m.ok && m.doc).toEqual(b);
  });
});
