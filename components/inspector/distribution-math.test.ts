import { describe, expect, it } from 'vitest';
import { distributionMean, type Distribution } from '@/simulations/index';
import { DISTRIBUTION_CHOICES, convertDistribution, normalCdf, normalInverse, quantile, readDistribution } from './distribution-math';

describe('quantile', () => {
  it('matches closed forms', () => {
    expect(quantile({ type: 'exponential', mean: 10 }, 0.5)).toBeCloseTo(10 * Math.LN2, 9);
    expect(quantile({ type: 'lognormal', p50: 20, p99: 120 }, 0.5)).toBeCloseTo(20, 6);
    expect(quantile({ type: 'lognormal', p50: 20, p99: 120 }, 0.99)).toBeCloseTo(120, 6);
    expect(quantile({ type: 'uniform', min: 10, max: 30 }, 0.25)).toBe(15);
  });

  it('agrees with the exponential for Erlang k = 1 and gamma shape 1', () => {
    const exp = quantile({ type: 'exponential', mean: 50 }, 0.99);
    expect(quantile({ type: 'erlang', k: 1, mean: 50 }, 0.99)).toBeCloseTo(exp, 6);
    expect(quantile({ type: 'gamma', shape: 1, mean: 50 }, 0.99)).toBeCloseTo(exp, 6);
  });

  it('knows Erlang-2 quantiles: P(X <= x) = 1 - e^-y (1 + y), y = x / theta', () => {
    const x = quantile({ type: 'erlang', k: 2, mean: 20 }, 0.9);
    const y = x / 10;
    expect(1 - Math.exp(-y) * (1 + y)).toBeCloseTo(0.9, 9);
  });

  it('treats the normal as truncated at 0', () => {
    expect(quantile({ type: 'normal', mean: 100, stdDev: 10 }, 0.5)).toBeCloseTo(100, 3);
    expect(quantile({ type: 'normal', mean: 0, stdDev: 10 }, 0.5)).toBeCloseTo(10 * normalInverse(0.75), 3);
    expect(normalCdf(normalInverse(0.99))).toBeCloseTo(0.99, 6);
  });
});

describe('readDistribution', () => {
  it('reads a lognormal as an engineer would say it', () => {
    expect(readDistribution({ type: 'lognormal', p50: 20, p99: 120 })).toBe('median 20 ms, 1 in 100 slower than 120 ms (mean 26.9 ms)');
  });
  it('reads constants and ranges plainly', () => {
    expect(readDistribution({ type: 'constant', value: 5 })).toBe('always 5 ms');
    expect(readDistribution({ type: 'uniform', min: 10, max: 1500 })).toBe('anywhere from 10 ms to 1.5 s (mean 755 ms)');
  });
});

describe('convertDistribution', () => {
  const from: Distribution = { type: 'lognormal', p50: 20, p99: 120 };
  it('keeps the mean within rounding when switching type', () => {
    const mean = distributionMean(from);
    for (const { type } of DISTRIBUTION_CHOICES) {
      const d = convertDistribution(from, type);
      expect(d.type).toBe(type);
      if (type !== 'normal') expect(distributionMean(d)).toBeCloseTo(mean, -0.5);
    }
  });
  it('assumes the exponential spread when leaving a constant', () => {
    expect(convertDistribution({ type: 'constant', value: 10 }, 'erlang')).toEqual({ type: 'erlang', k: 1, mean: 10 });
    const ln = convertDistribution({ type: 'constant', value: 10 }, 'lognormal');
    expect(ln.type === 'lognormal' && ln.p99 > ln.p50).toBe(true);
  });
  it('never produces a distribution the schema refuses', () => {
    const zero = convertDistribution({ type: 'constant', value: 0 }, 'exponential');
    expect(zero).toEqual({ type: 'exponential', mean: 0.001 });
  });
});
