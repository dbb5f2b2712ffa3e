import { describe, expect, it } from 'vitest';
import { formatDuration, formatShown, parseQuantity, toStored } from './quantity';

const value = (text: string, unit: Parameters<typeof parseQuantity>[1] = '', optional = false) => {
  const r = parseQuantity(text, unit, optional);
  return r.ok ? r.value : `error: ${r.error}`;
};

describe('parseQuantity', () => {
  it('reads plain, signed, decimal and exponent numbers', () => {
    expect(value('42')).toBe(42);
    expect(value(' -3 ')).toBe(-3);
    expect(value('2.5')).toBe(2.5);
    expect(value('.5')).toBe(0.5);
    expect(value('1e3')).toBe(1000);
    expect(value('1.5E-2')).toBe(0.015);
  });

  it('accepts thousands separators but refuses a decimal comma', () => {
    expect(value('1,000')).toBe(1000);
    expect(value('1,000,000')).toBe(1_000_000);
    expect(value('1 000')).toBe(1000);
    expect(value('10_000')).toBe(10_000);
    expect(value('1,5')).toMatch(/use a dot/);
  });

  it('says what is wrong with text', () => {
    expect(value('abc')).toBe('error: "abc" is not a number');
    expect(value('0x10')).toMatch(/not a number/);
    expect(value('Infinity')).toMatch(/not a number/);
    expect(value('')).toBe('error: enter a number');
    expect(value('', 'count', true)).toBeUndefined();
  });

  it('converts typed time units to the shown one', () => {
    expect(value('2s', 'ms')).toBe(2000);
    expect(value('150 ms', 's')).toBe(0.15);
    expect(value('1 min', 's')).toBe(60);
    expect(value('30', 's')).toBe(30);
    expect(value('5%', '%')).toBe(5);
    expect(value('100/s', '/s')).toBe(100);
    expect(value('5 s', 'count')).toMatch(/does not fit/);
  });
});

describe('shown and stored values', () => {
  it('scales without float noise', () => {
    expect(toStored(1.1, 1000)).toBe(1100);
    expect(toStored(5, 0.01)).toBe(0.05);
    expect(formatShown(0.05, 0.01)).toBe('5');
    expect(formatShown(120_000, 1000)).toBe('120');
    expect(formatShown(undefined)).toBe('');
  });

  it('reads durations aloud', () => {
    expect(formatDuration(20)).toBe('20 ms');
    expect(formatDuration(1500)).toBe('1.5 s');
    expect(formatDuration(300_000)).toBe('5 min');
  });
});
