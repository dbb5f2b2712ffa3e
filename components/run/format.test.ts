import { describe, expect, it } from 'vitest';
import { formatClock, formatCount, formatMs, formatPercent, formatRate, formatSpeed } from './format';

describe('run formats', () => {
  it('writes the simulated clock as mm:ss.s, flooring tenths', () => {
    expect(formatClock(0)).toBe('00:00.0');
    expect(formatClock(83_499)).toBe('01:23.4');
    expect(formatClock(120_000)).toBe('02:00.0');
    expect(formatClock(3_723_400)).toBe('1:02:03.4');
  });
  it('speeds, rates, percentages and counts', () => {
    expect([formatSpeed(0.1), formatSpeed(0.25), formatSpeed(1), formatSpeed(100), formatSpeed(1234), formatSpeed(Infinity)]).toEqual(['0.1×', '0.25×', '1×', '100×', '1.2k×', 'max']);
    expect([formatRate(0), formatRate(0.44), formatRate(49.6), formatRate(1500)]).toEqual(['0/s', '0.4/s', '50/s', '1.5k/s']);
    expect([formatPercent(0), formatPercent(0.0004), formatPercent(0.005), formatPercent(0.123), formatPercent(0.9995), formatPercent(1)]).toEqual(['0%', '<0.1%', '0.5%', '12%', '99.9%', '100%']);
    expect([formatCount(999), formatCount(1234), formatCount(35_400), formatCount(1_234_567)]).toEqual(['999', '1.2k', '35k', '1.2M']);
    expect([formatMs(0.5), formatMs(12.34), formatMs(1234), formatMs(150_000)]).toEqual(['0.5 ms', '12.3 ms', '1.23 s', '2.5 min']);
  });
});
