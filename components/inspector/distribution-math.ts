/**
 * Reading and converting duration distributions the way engineers talk about them: a median,
 * "1 in 100 slower than", a mean. Quantiles are computed exactly enough to print three digits.
 */
import { distributionMean, type Distribution } from '@/simulations/index';
import { distributionVariance, Z_99 } from '@/simulations/core/distributions';
import { formatDuration } from './quantity';

export type DistributionType = Distribution['type'];

export const DISTRIBUTION_CHOICES: readonly { type: DistributionType; label: string; hint: string }[] = [
  { type: 'constant', label: 'Constant', hint: 'always the same' },
  { type: 'exponential', label: 'Exponential (mean)', hint: 'memoryless, as in M/M/1' },
  { type: 'uniform', label: 'Uniform (min–max)', hint: 'anything in a range' },
  { type: 'normal', label: 'Normal (mean, std dev)', hint: 'bell curve, cut at 0' },
  { type: 'lognormal', label: 'Log-normal (p50, p99)', hint: 'typical latency: a long right tail' },
  { type: 'erlang', label: 'Erlang (k, mean)', hint: 'k steps in a row: steadier than exponential' },
  { type: 'gamma', label: 'Gamma (shape, mean)', hint: 'shape < 1 burstier, > 1 steadier' },
];

/** The q-quantile (0 < q < 1) in ms. */
export function quantile(d: Distribution, q: number): number {
  switch (d.type) {
    case 'constant': return d.value;
    case 'uniform': return d.min + (d.max - d.min) * q;
    case 'exponential': return -d.mean * Math.log(1 - q);
    case 'lognormal': {
      const sigma = Math.log(d.p99 / d.p50) / Z_99;
      return d.p50 * Math.exp(sigma * normalInverse(q));
    }
    case 'normal': {
      if (d.stdDev === 0) return d.mean;
      // The sampler redraws negative values: a normal truncated at 0.
      const below = normalCdf(-d.mean / d.stdDev);
      return Math.max(0, d.mean + d.stdDev * normalInverse(below + q * (1 - below)));
    }
    case 'erlang': return gammaQuantile(d.k, d.mean / d.k, q);
    case 'gamma': return gammaQuantile(d.shape, d.mean / d.shape, q);
  }
}

/** One plain sentence: "median 20 ms, 1 in 100 slower than 120 ms (mean 27.6 ms)". */
export function readDistribution(d: Distribution): string {
  const mean = distributionMean(d);
  if (d.type === 'constant') return `always ${formatDuration(d.value)}`;
  if (d.type === 'uniform') return `anywhere from ${formatDuration(d.min)} to ${formatDuration(d.max)} (mean ${formatDuration(mean)})`;
  const p50 = quantile(d, 0.5);
  const p99 = quantile(d, 0.99);
  if (p99 - p50 < 1e-9 * Math.max(1, p50)) return `always ${formatDuration(p50)}`;
  return `median ${formatDuration(p50)}, 1 in 100 slower than ${formatDuration(p99)} (mean ${formatDuration(mean)})`;
}

/** Switches type keeping the mean (and, where the new type can, the spread). Constant → variable assumes CV = 1. */
export function convertDistribution(d: Distribution, type: DistributionType): Distribution {
  if (d.type === type) return d;
  const mean = Math.max(distributionMean(d), 0.001);
  const sd0 = Math.sqrt(Math.max(0, distributionVariance(d)));
  const sd = sd0 > 0 && Number.isFinite(sd0) ? sd0 : mean;
  const cv2 = (sd / mean) ** 2;
  switch (type) {
    case 'constant': return { type, value: nice(mean) };
    case 'exponential': return { type, mean: nice(mean) };
    case 'uniform': {
      const half = Math.min(mean, sd * Math.sqrt(3));
      return { type, min: nice(mean - half), max: nice(mean + half) };
    }
    case 'normal': return { type, mean: nice(mean), stdDev: nice(sd) };
    case 'lognormal': {
      const s2 = Math.log(1 + cv2);
      const p50 = Math.max(0.001, nice(mean * Math.exp(-s2 / 2)));
      return { type, p50, p99: Math.max(p50, nice(p50 * Math.exp(Z_99 * Math.sqrt(s2)))) };
    }
    case 'erlang': return { type, k: Math.min(1000, Math.max(1, Math.round(1 / cv2))), mean: nice(mean) };
    case 'gamma': return { type, shape: Math.min(1000, Math.max(0.01, nice(1 / cv2))), mean: nice(mean) };
  }
}

/** Three significant digits: what a person would have typed. */
function nice(x: number): number {
  return x === 0 ? 0 : Number(x.toPrecision(3));
}

/** Standard normal CDF (Abramowitz–Stegun 7.1.26, |error| < 1.5e-7). */
export function normalCdf(z: number): number {
  const x = Math.abs(z) / Math.SQRT2;
  const t = 1 / (1 + 0.3275911 * x);
  const erf = 1 - ((((1.061405429 * t - 1.453152027) * t + 1.421413741) * t - 0.284496736) * t + 0.254829592) * t * Math.exp(-x * x);
  return z >= 0 ? (1 + erf) / 2 : (1 - erf) / 2;
}

/** Inverse standard normal CDF (Acklam, relative error < 1.2e-9). */
export function normalInverse(p: number): number {
  const a = [-39.69683028665376, 220.9460984245205, -275.9285104469687, 138.357751867269, -30.66479806614716, 2.506628277459239];
  const b = [-54.47609879822406, 161.5858368580409, -155.6989798598866, 66.80131188771972, -13.28068155288572];
  const c = [-0.007784894002430293, -0.3223964580411365, -2.400758277161838, -2.549732539343734, 4.374664141464968, 2.938163982698783];
  const d = [0.007784695709041462, 0.3224671290700398, 2.445134137142996, 3.754408661907416];
  if (p <= 0) return -Infinity;
  if (p >= 1) return Infinity;
  const lo = 0.02425;
  if (p < lo || p > 1 - lo) {
    const q = Math.sqrt(-2 * Math.log(p < lo ? p : 1 - p));
    const x = (((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5]) / ((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1);
    return p < lo ? x : -x;
  }
  const q = p - 0.5;
  const r = q * q;
  return ((((((a[0] * r + a[1]) * r + a[2]) * r + a[3]) * r + a[4]) * r + a[5]) * q) / (((((b[0] * r + b[1]) * r + b[2]) * r + b[3]) * r + b[4]) * r + 1);
}

/** Quantile of Gamma(shape, scale) by bisection on the regularized incomplete gamma function. */
function gammaQuantile(shape: number, scale: number, q: number): number {
  let lo = 0;
  let hi = Math.max(1, shape) * 2;
  while (gammaP(shape, hi) < q && hi < 1e12) hi *= 2;
  for (let i = 0; i < 100 && hi - lo > 1e-12 * hi; i++) {
    const mid = (lo + hi) / 2;
    if (gammaP(shape, mid) < q) lo = mid;
    else hi = mid;
  }
  return ((lo + hi) / 2) * scale;
}

/** Regularized lower incomplete gamma P(a, x) (Numerical Recipes: series, then continued fraction). */
function gammaP(a: number, x: number): number {
  if (x <= 0) return 0;
  const lnPrefix = a * Math.log(x) - x - lnGamma(a);
  if (x < a + 1) {
    let term = 1 / a;
    let sum = term;
    for (let n = 1; n < 1000 && Math.abs(term) > Math.abs(sum) * 1e-15; n++) sum += term *= x / (a + n);
    return sum * Math.exp(lnPrefix);
  }
  const tiny = 1e-300;
  let b = x + 1 - a;
  let c = 1 / tiny;
  let d = 1 / b;
  let h = d;
  for (let i = 1; i < 1000; i++) {
    const an = -i * (i - a);
    b += 2;
    d = an * d + b;
    if (Math.abs(d) < tiny) d = tiny;
    c = b + an / c;
    if (Math.abs(c) < tiny) c = tiny;
    d = 1 / d;
    const delta = d * c;
    h *= delta;
    if (Math.abs(delta - 1) < 1e-15) break;
  }
  return 1 - Math.exp(lnPrefix) * h;
}

/** ln Γ(x) for x > 0 (Lanczos, g = 7). */
function lnGamma(x: number): number {
  const g = [0.9999999999998099, 676.5203681218851, -1259.1392167224028, 771.3234287776531, -176.6150291621406, 12.507343278686905, -0.13857109526572012, 9.984369578019572e-6, 1.5056327351493116e-7];
  if (x < 0.5) return Math.log(Math.PI / Math.sin(Math.PI * x)) - lnGamma(1 - x);
  const y = x - 1;
  let a = g[0];
  const t = y + 7.5;
  for (let i = 1; i < 9; i++) a += g[i] / (y + i);
  return 0.5 * Math.log(2 * Math.PI) + (y + 0.5) * Math.log(t) - t + Math.log(a);
}
