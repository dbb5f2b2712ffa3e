/**
 * The formulas and helpers the queueing-theory tests compare the engine with: checked here against
 * textbook values and independent closed forms, so a slip in a formula cannot make an engine bug
 * look right.
 */
import { describe, expect, it } from 'vitest';
import { LogHistogram } from '../metrics/histogram';
import { erlangC, mmcKBlocking, mmcKDistribution, shareAboveZeroBucket } from './queueing.fixtures';

/** Erlang C by its defining sum, for small c: (a^c/c!)·c/(c−a) / (Σ_{k<c} a^k/k! + (a^c/c!)·c/(c−a)). */
function erlangCBySum(c: number, a: number): number {
  let term = 1;
  let sum = 0;
  for (let k = 0; k < c; k++) {
    sum += term;
    term = (term * a) / (k + 1);
  }
  const tail = (term * c) / (c - a);
  return tail / (sum + tail);
}

describe('erlangC', () => {
  it('matches published values', () => {
    // c = 2, a = 1 Erlang: C = 1/3, the textbook two-server value.
    expect(erlangC(2, 1)).toBeCloseTo(1 / 3, 12);
    // One server: an arrival waits exactly when the server is busy, C = ρ.
    expect(erlangC(1, 0.8)).toBeCloseTo(0.8, 12);
    // c = 10, a = 8 (the M/M/10 case the engine is tested on): 0.4092 to four places.
    expect(erlangC(10, 8)).toBeCloseTo(0.4092, 4);
  });

  it('agrees with the defining sum', () => {
    for (const [c, a] of [[3, 2.4], [5, 1], [10, 8], [20, 19.5]]) expect(erlangC(c, a)).toBeCloseTo(erlangCBySum(c, a), 12);
  });

  it('rejects loads that have no steady state', () => {
    expect(() => erlangC(2, 2)).toThrow(RangeError);
  });
});

describe('M/M/c/K distribution', () => {
  it('c = 2, K = 5, a = 2: p ∝ 1, 2, 2, 2, 2, 2, so blocking is 2/11', () => {
    expect(mmcKDistribution(2, 5, 2).map((p) => p * 11)).toEqual([1, 2, 2, 2, 2, 2].map((x) => expect.closeTo(x, 12)));
    expect(mmcKBlocking(2, 5, 2)).toBeCloseTo(2 / 11, 12);
  });

  it('one server: the M/M/1/K closed form (1−ρ)ρ^K / (1−ρ^(K+1))', () => {
    const rho = 0.9;
    expect(mmcKBlocking(1, 4, rho)).toBeCloseTo(((1 - rho) * rho ** 4) / (1 - rho ** 5), 12);
  });

  it('no waiting room (K = c): Erlang B, e.g. B(2, 2) = 2/5 and B(1, 1) = 1/2', () => {
    expect(mmcKBlocking(2, 2, 2)).toBeCloseTo(0.4, 12);
    expect(mmcKBlocking(1, 1, 1)).toBeCloseTo(0.5, 12);
  });
});

describe('shareAboveZeroBucket', () => {
  it('counts the recorded zeros exactly through quantile()', () => {
    const h = new LogHistogram();
    for (let i = 0; i < 700; i++) h.record(0);
    for (let i = 0; i < 300; i++) h.record(0.5 + i);
    h.record(h.minValue / 2); // within the zero bucket: counts as a zero
    expect(shareAboveZeroBucket(h)).toBe(300 / 1001);
    h.record(h.minValue * 1.5);
    expect(shareAboveZeroBucket(h)).toBe(301 / 1002);
    expect(shareAboveZeroBucket(new LogHistogram())).toBe(0);
    const none = new LogHistogram();
    none.record(2);
    expect(shareAboveZeroBucket(none)).toBe(1);
  });
});
