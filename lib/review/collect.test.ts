import { describe, expect, it } from 'vitest';
import { starterDoc } from '../scenario-doc/defaults';
import { simulationKey } from '../scenario-doc/simulation-key';
import type { SweepResult } from '../sweep/sweep';
import { compareKey, type LastCompare } from '../variants/last-compare';
import { reviewFileName, reviewInput } from './collect';

const a = { ...starterDoc(), name: 'Chain' };
const b = { ...a, seed: 9 };
const variants = [
  { name: 'A', doc: a },
  { name: 'B', doc: b },
];
const last: LastCompare = { names: ['A', 'B'], rows: [], seeds: [1], replicated: false, failures: [], key: compareKey(variants) };
const result = { scenario: 'Chain', param: { id: 'x', element: 'Web', name: 'arrival rate', unit: '/s', int: false }, seeds: [1], scale: 'linear', points: [], metricIds: [] } as SweepResult;
const base = { origin: 'http://x', variants, workspace: a, colors: ['#000'] };

describe('review input', () => {
  it('takes the last comparison only when it ran these variants', () => {
    expect(reviewInput({ ...base, last }).compare).toBe(last);
    const changed = [variants[0], { name: 'B', doc: { ...b, run: { durationMs: 1000, warmupMs: 0, windowMs: 1000 } } }];
    expect(reviewInput({ ...base, variants: changed, last }).compare).toBeUndefined();
    // Moving a box is not a change of design: the numbers still hold.
    const moved = [variants[0], { name: 'B', doc: { ...b, nodes: b.nodes.map((n) => ({ ...n, position: { x: 1, y: 2 } })) } }];
    expect(reviewInput({ ...base, variants: moved, last }).compare).toBe(last);
  });

  it('links the sweep to the variant it swept, and to nothing when that document is gone', () => {
    expect(reviewInput({ ...base, sweep: { result, docKey: simulationKey(b) } }).sweep).toMatchObject({ doc: b, variant: 'B' });
    expect(reviewInput({ ...base, sweep: { result, docKey: 'gone' } }).sweep!.doc).toBeUndefined();
  });

  it('names the file after the scenario', () => {
    expect(reviewFileName('Signup chain <v2>!', 'html')).toBe('signup-chain-v2-review.html');
    expect(reviewFileName('', 'md')).toBe('scenario-review.md');
  });
});
