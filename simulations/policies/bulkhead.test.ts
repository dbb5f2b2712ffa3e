import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { Bulkhead } from './bulkhead';

describe('Bulkhead', () => {
  it('admits up to the limit, then refuses until a call exits', () => {
    const b = new Bulkhead(2);
    expect([b.tryEnter(), b.tryEnter(), b.tryEnter()]).toEqual([true, true, false]);
    expect(b.inUse).toBe(2);
    b.exit();
    expect(b.tryEnter()).toBe(true);
  });

  it('exit below zero is a programming error', () => {
    const b = new Bulkhead(1);
    expect(() => b.exit()).toThrow();
    b.tryEnter();
    b.exit();
    expect(() => b.exit()).toThrow();
    expect(b.inUse).toBe(0);
  });

  it('a zero bulkhead admits nothing; invalid limits are rejected', () => {
    expect(new Bulkhead(0).tryEnter()).toBe(false);
    expect(() => new Bulkhead(-1)).toThrow(RangeError);
    expect(() => new Bulkhead(1.5)).toThrow(RangeError);
  });

  it('property: never more than max in use', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 5 }), fc.array(fc.boolean(), { maxLength: 100 }), (max, ops) => {
        const b = new Bulkhead(max);
        let expected = 0;
        for (const enter of ops) {
          if (enter) {
            const ok = b.tryEnter();
            expect(ok).toBe(expected < max);
            if (ok) expected++;
          } else if (expected > 0) {
            b.exit();
            expected--;
          }
          expect(b.inUse).toBe(expected);
          expect(b.inUse).toBeLessThanOrEqual(max);
        }
      }),
    );
  });
});
