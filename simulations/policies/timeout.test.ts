import { describe, expect, it } from 'vitest';
import { deadline } from './timeout';

describe('deadline', () => {
  it('adds the timeout to now', () => {
    expect(deadline(1000, { timeoutMs: 250 })).toBe(1250);
    expect(deadline(1000, { timeoutMs: Infinity })).toBe(Infinity);
  });

  it('is Infinity without a timeout', () => {
    expect(deadline(1000)).toBe(Infinity);
  });

  it('rejects a negative or NaN timeout', () => {
    expect(() => deadline(0, { timeoutMs: -1 })).toThrow(RangeError);
    expect(() => deadline(0, { timeoutMs: NaN })).toThrow(RangeError);
  });
});
