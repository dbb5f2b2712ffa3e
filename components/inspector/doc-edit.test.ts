import { describe, expect, it } from 'vitest';
import { starterDoc } from '@/lib/scenario-doc/defaults';
import { getIn, sameJson, setIn, tryEdit } from './doc-edit';

const service = { kind: 'node', id: 'users-api' } as const;

describe('setIn / getIn', () => {
  it('copies along the path and leaves the original alone', () => {
    const a = { x: { y: 1 }, z: [1, 2] };
    const b = setIn(a, ['x', 'y'], 2);
    expect(b).toEqual({ x: { y: 2 }, z: [1, 2] });
    expect(a.x.y).toBe(1);
    expect(b.z).toBe(a.z);
    expect(setIn(a, ['z', 1], 5).z).toEqual([1, 5]);
    expect(getIn(b, ['x', 'y'])).toBe(2);
  });
  it('removes a key set to undefined and creates missing objects', () => {
    expect(setIn({ a: 1, b: 2 }, ['a'], undefined)).toEqual({ b: 2 });
    expect(setIn({} as Record<string, unknown>, ['retry', 'maxAttempts'], 3)).toEqual({ retry: { maxAttempts: 3 } });
  });
});

describe('tryEdit', () => {
  it('commits a valid value through replaceNode', () => {
    const doc = starterDoc();
    const r = tryEdit(doc, service, ['workers'], 6);
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.doc.nodes.find((n) => n.id === 'users-api')).toMatchObject({ workers: 6 });
    expect(doc.nodes[1]).toMatchObject({ workers: 4 });
  });

  it('refuses an invalid value with the schema message for that field', () => {
    expect(tryEdit(starterDoc(), service, ['workers'], -3)).toEqual({ ok: false, message: 'must be ≥ 1' });
    expect(tryEdit(starterDoc(), service, ['workers'], 2.5)).toEqual({ ok: false, message: 'must be a whole number' });
  });

  it('names a problem the edit causes next to the field', () => {
    const r = tryEdit(starterDoc(), { kind: 'doc' }, ['run', 'durationMs'], 0.5);
    expect(r.ok).toBe(false);
    const warm = tryEdit({ ...starterDoc(), run: { durationMs: 10_000, warmupMs: 5000, windowMs: 1000 } }, { kind: 'doc' }, ['run', 'durationMs'], 4000);
    expect(warm).toEqual({ ok: false, message: 'warmupMs must be less than durationMs' });
  });

  it('reports a sibling field of the same distribution without a path', () => {
    const r = tryEdit(starterDoc(), service, ['serviceTime', 'p50'], 500);
    expect(r).toEqual({ ok: false, message: 'p99 must be greater than or equal to p50' });
  });

  it('does not blame an edit for problems that were already there', () => {
    const doc = starterDoc();
    const broken = { ...doc, nodes: doc.nodes.map((n) => (n.id === 'users-db' ? { ...n, workers: 0 } : n)) };
    expect(tryEdit(broken, service, ['workers'], 5).ok).toBe(true);
  });

  it('edits links through replaceLink, keeping their ends', () => {
    const r = tryEdit(starterDoc(), { kind: 'link', id: 'web-users-api' }, ['retry'], { maxAttempts: 3, jitter: 'full' });
    expect(r.ok && r.doc.links?.[0]).toMatchObject({ from: 'web', to: 'users-api', retry: { maxAttempts: 3, jitter: 'full' } });
  });

  it('says when the element is gone', () => {
    expect(tryEdit(starterDoc(), { kind: 'node', id: 'nope' }, ['workers'], 1)).toEqual({ ok: false, message: 'this element no longer exists' });
  });
});

describe('sameJson', () => {
  it('ignores undefined keys and compares deeply', () => {
    expect(sameJson({ a: 1, b: undefined }, { a: 1 })).toBe(true);
    expect(sameJson({ a: [1, { b: 2 }] }, { a: [1, { b: 2 }] })).toBe(true);
    expect(sameJson({ a: 1 }, { a: 2 })).toBe(false);
  });
});
