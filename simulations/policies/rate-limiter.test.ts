import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { TokenBucket } from './rate-limiter';

describe('TokenBucket', () => {
  it('starts full: a burst of `capacity` passes, the next call is refused', () => {
    const b = new TokenBucket({ capacity: 5, refillPerSec: 10 }, 1000);
    expect(b.tokens(1000)).toBe(5);
    expect(Array.from({ length: 6 }, () => b.tryTake(1000))).toEqual([true, true, true, true, true, false]);
    expect(b.tokens(1000)).toBe(0);
  });

  it('refills continuously and never beyond capacity', () => {
    const b = new TokenBucket({ capacity: 2, refillPerSec: 10 }, 0);
    b.tryTake(0);
    b.tryTake(0);
    expect(b.tokens(50)).toBeCloseTo(0.5, 12);
    expect(b.tryTake(99)).toBe(false);
    expect(b.tryTake(100)).toBe(true);
    expect(b.tokens(10_000)).toBe(2);
  });

  it('long-run admitted rate converges to refillPerSec', () => {
    const b = new TokenBucket({ capacity: 5, refillPerSec: 10 }, 0);
    let admitted = 0;
    for (let t = 0; t <= 10_000; t++) if (b.tryTake(t)) admitted++;
    // 5 from the initial burst, then one every 100 ms from t = 100 to t = 10 000
    expect(admitted).toBe(105);
    expect(Math.abs(admitted - 10 * 10)).toBeLessThanOrEqual(5);
  });

  it('an awkward rate (3/s, 333.33 ms per token) loses nothing to rounding over an hour of 1 ms polling', () => {
    // Capacity 2 keeps the bucket below full, so the fractional refill carries over between calls;
    // the last token is due at exactly t = 3 600 000, which float rounding alone would miss.
    const b = new TokenBucket({ capacity: 2, refillPerSec: 3 }, 0);
    let admitted = 0;
    for (let t = 0; t <= 3_600_000; t += 1) if (b.tryTake(t)) admitted++;
    expect(admitted).toBe(2 + 3 * 3600);
  });

  it('with capacity 1 a refill that lands between polls is not banked (the bucket was full)', () => {
    const b = new TokenBucket({ capacity: 1, refillPerSec: 3 }, 0);
    const admitted = [0, 333, 334, 667, 668].filter((t) => b.tryTake(t));
    expect(admitted).toEqual([0, 334, 668]);
  });

  it('reservations queue up at 1/refill spacing and push later callers back', () => {
    const b = new TokenBucket({ capacity: 1, refillPerSec: 10 }, 0);
    expect([0, 0, 0, 0].map((t) => b.reserve(t, 1000))).toEqual([0, 100, 200, 300]);
    expect(b.tokens(0)).toBe(-3);
    expect(b.tryTake(250)).toBe(false); // the token of t = 300 is already promised
    expect(b.reserve(250, 100)).toBe(-1); // would have to wait until 400
    expect(b.reserve(250, 150)).toBe(150);
    expect(b.tryTake(500)).toBe(true);
  });

  it('a refused reservation takes nothing', () => {
    const b = new TokenBucket({ capacity: 1, refillPerSec: 1 }, 0);
    b.tryTake(0);
    expect(b.reserve(0, 999)).toBe(-1);
    expect(b.reserve(0, 1000)).toBe(1000);
  });

  it('rejects a bucket that could never admit anything', () => {
    expect(() => new TokenBucket({ capacity: 0, refillPerSec: 1 })).toThrow(RangeError);
    expect(() => new TokenBucket({ capacity: 1, refillPerSec: 0 })).toThrow(RangeError);
  });

  it('property: in any interval T at most capacity + refillPerSec * T / 1000 calls are admitted', () => {
    const op = fc.record({
      dt: fc.integer({ min: 0, max: 300 }),
      reserve: fc.boolean(),
      maxWait: fc.integer({ min: 0, max: 2000 }),
    });
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 10 }), fc.integer({ min: 1, max: 200 }), fc.array(op, { maxLength: 150 }), (capacity, rate, ops) => {
        const b = new TokenBucket({ capacity, refillPerSec: rate }, 0);
        const admittedAt: number[] = [];
        let now = 0;
        for (const o of ops) {
          now += o.dt;
          if (o.reserve) {
            const wait = b.reserve(now, o.maxWait);
            if (wait >= 0) admittedAt.push(now + wait);
          } else if (b.tryTake(now)) admittedAt.push(now);
        }
        admittedAt.sort((x, y) => x - y);
        for (let i = 0; i < admittedAt.length; i++) {
          for (let j = i; j < admittedAt.length; j++) {
            const bound = capacity + (rate * (admittedAt[j] - admittedAt[i])) / 1000;
            expect(j - i + 1).toBeLessThanOrEqual(bound + 1e-6);
          }
        }
      }),
      { numRuns: 300 },
    );
  });
});
