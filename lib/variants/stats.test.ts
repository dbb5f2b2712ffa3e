import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { meanInterval, pairedDelta, tCdf, tQuantile } from './stats';

describe('Student t', () => {
  // Two-sided 95 % critical values t(0.975, df), from any statistics table.
  const TABLE: [number, number][] = [
    [1, 12.706],
    [2, 4.303],
    [3, 3.182],
    [4, 2.776],
    [5, 2.571],
    [9, 2.262],
    [10, 2.228],
    [19, 2.093],
    [30, 2.042],
    [120, 1.98],
  ];
  it.each(TABLE)('t(0.975, %i) = %f to three decimals', (df, t) => {
    expect(tQuantile(0.975, df)).toBeCloseTo(t, 3);
  });

  it('has the 99 % values and the normal limit', () => {
    expect(tQuantile(0.995, 9)).toBeCloseTo(3.25, 2);
    expect(tQuantile(0.975, 1e6)).toBeCloseTo(1.96, 2);
    expect(tCdf(0, 7)).toBeCloseTo(0.5, 12);
  });

  it('is symmetric and the quantile inverts the CDF', () => {
    fc.assert(
      fc.property(fc.double({ min: 0.001, max: 0.999, noNaN: true }), fc.integer({ min: 1, max: 200 }), (p, df) => {
        const t = tQuantile(p, df);
        expect(tCdf(t, df)).toBeCloseTo(p, 8);
        expect(tQuantile(1 - p, df)).toBeCloseTo(-t, 6);
      }),
      { numRuns: 200 },
    );
  });
});

describe('mean interval', () => {
  it('matches a hand computation', () => {
    // mean 5, sample sd sqrt(2.5), n 5 → half = 2.776 · sqrt(2.5 / 5)
    const e = meanInterval([3, 4, 5, 6, 7]);
    expect(e.mean).toBe(5);
    expect(e.half).toBeCloseTo(2.7764 * Math.sqrt(0.5), 3);
  });

  it('has no interval from one replication', () => {
    expect(meanInterval([4]).half).toBeUndefined();
  });

  it('covers the true mean about 95 % of the time (normal data, fixed pseudo-random samples)', () => {
    let state = 12345;
    const uniform = () => ((state = (state * 1103515245 + 12345) % 2 ** 31) + 0.5) / 2 ** 31;
    const normal = () => Math.sqrt(-2 * Math.log(uniform())) * Math.cos(2 * Math.PI * uniform());
    let covered = 0;
    const trials = 4000;
    for (let k = 0; k < trials; k++) {
      const e = meanInterval(Array.from({ length: 6 }, () => 10 + 3 * normal()));
      if (Math.abs(e.mean - 10) <= e.half!) covered++;
    }
    // Binomial(4000, 0.95): sd ≈ 0.34 %; ±1.5 % is over 4 sd.
    expect(covered / trials).toBeGreaterThan(0.935);
    expect(covered / trials).toBeLessThan(0.965);
  });
});

describe('paired delta', () => {
  it('a constant shift per seed is significant however noisy the seeds are', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: -1e6, max: 1e6, noNaN: true }), { minLength: 2, maxLength: 30 }), fc.double({ min: 0.5, max: 100, noNaN: true }), (a, shift) => {
        const d = pairedDelta(a, a.map((x) => x + shift))!;
        expect(d.mean).toBeCloseTo(shift, 3);
        expect(d.significant).toBe(true);
      }),
    );
  });

  it('is not significant when the differences straddle zero', () => {
    const d = pairedDelta([10, 10, 10, 10], [11, 9, 10.5, 9.5])!;
    expect(d.mean).toBe(0);
    expect(d.significant).toBe(false);
  });

  it('leaves out replications where a variant lacks the number', () => {
    const d = pairedDelta([1, undefined, 3], [2, 5, 4])!;
    expect(d.n).toBe(2);
    expect(d.mean).toBe(1);
    expect(pairedDelta([undefined], [1])).toBeUndefined();
  });
});
