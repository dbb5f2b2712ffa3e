import { describe, expect, it } from 'vitest';
import { validateScenario } from '@/simulations/index';
import { addFault, removeFault } from './commands';
import { starterDoc } from './defaults';

describe('fault commands', () => {
  it('adds a fault at the end and returns its index', () => {
    const doc = starterDoc();
    const { doc: next, index } = addFault(doc, { kind: 'outage', target: 'users-db', atMs: 10_000, durationMs: 5000 });
    expect(index).toBe(0);
    expect(next.faults).toEqual([{ kind: 'outage', target: 'users-db', atMs: 10_000, durationMs: 5000 }]);
    expect(doc.faults).toEqual([]);
    expect(validateScenario(next).ok).toBe(true);
  });

  it('removes by index and ignores an index out of range', () => {
    const one = addFault(starterDoc(), { kind: 'failFirst', target: 'users-api', count: 3 }).doc;
    const two = addFault(one, { kind: 'partition', target: 'web-users-api', atMs: 0, durationMs: 1000 }).doc;
    expect(removeFault(two, 0).faults).toEqual([{ kind: 'partition', target: 'web-users-api', atMs: 0, durationMs: 1000 }]);
    expect(removeFault(two, 5)).toBe(two);
  });
});
