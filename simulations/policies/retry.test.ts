import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { RETRY_DEFAULTS, backoffDelay, canRetry } from './retry';
import type { Jitter, RetryConfig } from './retry';

// mulberry32: a tiny seeded PRNG so the statistical test is repeatable.
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const cfg = (jitter: Jitter, over: Partial<RetryConfig> = {}): RetryConfig => ({ ...RETRY_DEFAULTS, jitter, ...over });
const unit = fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true });

describe('backoffDelay', () => {
  it('defaults: 3 attempts, base 100 ms, cap 10 s, no jitter', () => {
    expect(RETRY_DEFAULTS).toEqual({ maxAttempts: 3, baseMs: 100, capMs: 10_000, jitter: 'none' });
    expect([1, 2, 3].map((n) => canRetry(RETRY_DEFAULTS, n))).toEqual([true, true, false]);
  });

  it("'none' doubles from base and stops at cap", () => {
    const delays = [1, 2, 3, 4, 5, 6, 7, 8, 9].map((r) => backoffDelay(cfg('none'), r, 0, () => 0.5));
    expect(delays).toEqual([100, 200, 400, 800, 1600, 3200, 6400, 10_000, 10_000]);
  });

  it('huge retry numbers return cap, never NaN or Infinity, for every jitter', () => {
    for (const j of ['none', 'full', 'equal', 'decorrelated'] as Jitter[]) {
      for (const r of [1024, 1025, 5000, Number.MAX_SAFE_INTEGER]) {
        const d = backoffDelay(cfg(j), r, 1e308, () => 0.999999);
        expect(Number.isFinite(d)).toBe(true);
        expect(d).toBeLessThanOrEqual(10_000);
      }
    }
    expect(backoffDelay(cfg('none'), 5000, 0, () => 0)).toBe(10_000);
    expect(backoffDelay(cfg('none', { baseMs: 0 }), 5000, 0, () => 0)).toBe(0);
  });

  it('rejects retry numbers below 1', () => {
    expect(() => backoffDelay(cfg('none'), 0, 0, () => 0)).toThrow(RangeError);
  });

  it('bounds hold for every jitter', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 2000 }),
        fc.integer({ min: 1, max: 1000 }),
        fc.integer({ min: 0, max: 100_000 }),
        fc.double({ min: 0, max: 1e6, noNaN: true }),
        unit,
        (retry, base, capExtra, prev, r) => {
          const over = { baseMs: base, capMs: base + capExtra };
          const t = Math.min(over.capMs, base * 2 ** (retry - 1));
          const full = backoffDelay(cfg('full', over), retry, prev, () => r);
          expect(full).toBeGreaterThanOrEqual(0);
          expect(full).toBeLessThanOrEqual(t);
          const equal = backoffDelay(cfg('equal', over), retry, prev, () => r);
          expect(equal).toBeGreaterThanOrEqual(t / 2);
          expect(equal).toBeLessThanOrEqual(t);
          const dec = backoffDelay(cfg('decorrelated', over), retry, prev, () => r);
          expect(dec).toBeGreaterThanOrEqual(base);
          expect(dec).toBeLessThanOrEqual(over.capMs);
          expect(dec).toBeLessThanOrEqual(Math.min(Math.max(prev, base), over.capMs) * 3);
        },
      ),
    );
  });

  it('decorrelated draws between base and 3 x the previous delay', () => {
    const c = cfg('decorrelated');
    expect(backoffDelay(c, 1, 100, () => 0)).toBe(100);
    expect(backoffDelay(c, 1, 100, () => 0.5)).toBe(200);
    expect(backoffDelay(c, 2, 1000, () => 0.5)).toBe(1550);
    expect(backoffDelay(c, 9, 9000, () => 0.9)).toBe(10_000);
  });

  it('full jitter averages t/2 (within 2% over 100k seeded samples)', () => {
    const random = mulberry32(42);
    const c = cfg('full');
    const t = 800; // retry 4
    let sum = 0;
    const n = 100_000;
    for (let i = 0; i < n; i++) sum += backoffDelay(c, 4, 0, random);
    expect(Math.abs(sum / n - t / 2) / (t / 2)).toBeLessThan(0.02);
  });
});
