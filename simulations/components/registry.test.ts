// The page imports registry.ts (palette, inspector, validation); the run imports behaviours.ts. These
// check the split holds: every kind has both halves, the halves agree, and the page side reaches no
// node class (which would put the engine back into the page's first-load JavaScript).
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PATTERN_BEHAVIOURS, patternBehaviourOf } from './behaviours';
import { NODE_KINDS, PATTERN_KINDS, patternKindOf } from './registry';

/** Files reached from `file` through value imports (type-only imports vanish from the bundle). */
function valueImports(file: string, seen = new Set<string>()): Set<string> {
  if (seen.has(file)) return seen;
  seen.add(file);
  const src = readFileSync(file, 'utf8');
  for (const m of src.matchAll(/^import (?!type )[^;]*? from '(\.[^']+)';$/gm)) valueImports(resolve(dirname(file), `${m[1]}.ts`), seen);
  for (const m of src.matchAll(/^export (?!type )[^;]*? from '(\.[^']+)';$/gm)) valueImports(resolve(dirname(file), `${m[1]}.ts`), seen);
  return seen;
}

describe('kind registry split', () => {
  it('gives every pattern kind a behaviour with the same info and schema', () => {
    expect(Object.keys(PATTERN_BEHAVIOURS).sort()).toEqual(Object.keys(PATTERN_KINDS).sort());
    for (const kind of Object.keys(PATTERN_KINDS)) {
      expect(patternBehaviourOf(kind)?.info, kind).toBe(patternKindOf(kind)?.info);
      expect(patternBehaviourOf(kind)?.schema, kind).toBe(patternKindOf(kind)?.schema);
      expect(NODE_KINDS[kind as keyof typeof NODE_KINDS], kind).toBe(patternKindOf(kind)?.info);
    }
    expect(patternBehaviourOf('service')).toBeUndefined();
    expect(patternKindOf('toString')).toBeUndefined();
  });

  it('keeps node classes and the run out of what the page imports', () => {
    const here = dirname(new URL(import.meta.url).pathname);
    const reached = [...valueImports(join(here, 'registry.ts'))];
    const behaviourFiles = [...valueImports(join(here, 'behaviours.ts'))].filter((f) => !reached.includes(f));
    expect(behaviourFiles.length).toBeGreaterThan(12); // the split exists: the kinds' own files are behaviour-only
    for (const f of reached) {
      expect(f, 'the run').not.toMatch(/simulations\/run\//);
      expect(readFileSync(f, 'utf8'), f).not.toMatch(/^export class |^class /m);
    }
    for (const kind of ['client', 'service', 'queue', 'topic', 'stream', 'database', 'gateway']) expect(reached.some((f) => f.endsWith(`/${kind}.ts`)), kind).toBe(false);
  });
});
