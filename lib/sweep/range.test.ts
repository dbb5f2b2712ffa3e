import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_POINTS, rangeProblem, rangeWarning, sweepValues } from './range';

describe('sweepValues', () => {
  it('spaces points evenly, ends included', () => {
    expect(sweepValues({ from: 20, to: 200, points: 10, scale: 'linear' })).toEqual([20, 40, 60, 80, 100, 120, 140, 160, 180, 200]);
    expect(sweepValues({ from: 5, to: 1, points: 3, scale: 'linear' })).toEqual([5, 3, 1]);
    expect(sweepValues({ from: 0.1, to: 0.3, points: 3, scale: 'linear' })).toEqual([0.1, 0.2, 0.3]);
  });

  it('spaces points by ratio on a log scale', () => {
    expect(sweepValues({ from: 1, to: 1000, points: 4, scale: 'log' })).toEqual([1, 10, 100, 1000]);
    expect(sweepValues({ from: 10, to: 1000, points: 3, scale: 'log' })).toEqual([10, 100, 1000]);
  });

  it('rounds whole-number parameters', () => {
    expect(sweepValues({ from: 1, to: 4, points: 7, scale: 'linear', int: true })).toEqual([1, 2, 2, 3, 3, 4, 4]);
  });

  it('never crashes and yields exactly N finite points for any input', () => {
    const num = fc.oneof(fc.double(), fc.integer({ min: -1e6, max: 1e6 }));
    fc.assert(
      fc.property(num, num, fc.integer({ min: 1, max: MAX_POINTS }), fc.constantFrom('linear' as const, 'log' as const), fc.boolean(), (from, to, points, scale, int) => {
        const vs = sweepValues({ from, to, points, scale, int });
        expect(vs).toHaveLength(points);
        for (const v of vs) expect(Number.isFinite(v)).toBe(true);
      }),
    );
  });

  it('stays between its ends for valid ranges', () => {
    fc.assert(
      fc.property(fc.double({ min: 1e-3, max: 1e6, noNaN: true }), fc.double({ min: 1e-3, max: 1e6, noNaN: true }), fc.integer({ min: 2, max: MAX_POINTS }), fc.constantFrom('linear' as const, 'log' as const), (a, b, n, scale) => {
        const vs = sweepValues({ from: a, to: b, points: n, scale });
        expect(vs).toHaveLength(n);
        const lo = Math.min(a, b) * (1 - 1e-5);
        const hi = Math.max(a, b) * (1 + 1e-5);
        for (const v of vs) expect(v >= lo && v <= hi).toBe(true);
        expect(rangeProblem({ from: a, to: b, points: n, scale })).toBeUndefined();
      }),
    );
  });
});

describe('rangeProblem', () => {
  it('says what is wrong', () => {
    expect(rangeProblem({ from: NaN, to: 1, points: 10, scale: 'linear' })).toMatch(/numbers/);
    expect(rangeProblem({ from: 1, to: 2, points: 1, scale: 'linear' })).toMatch(/points/);
    expect(rangeProblem({ from: 1, to: 2, points: 2.5, scale: 'linear' })).toMatch(/points/);
    expect(rangeProblem({ from: 0, to: 10, points: 5, scale: 'log' })).toMatch(/log/);
    expect(rangeProblem({ from: 0, to: 10, points: 5, scale: 'linear' })).toBeUndefined();
    expect(rangeWarning({ from: 0, to: 10, points: 5, scale: 'linear' }, { min: 1 })).toMatch(/least value is 1/);
    expect(rangeWarning({ from: 1, to: 200, points: 5, scale: 'linear' }, { min: 1, max: 100 })).toMatch(/greatest value is 100/);
    expect(rangeWarning({ from: 1, to: 10, points: 5, scale: 'linear' }, { min: 1, max: 100 })).toBeUndefined();
  });
});
