/**
 * Distributions of service times, latencies and think times, in milliseconds.
 *
 * createSampler resolves the type once and returns a closure with all derived
 * constants precomputed, so the engine's hot loop pays no switch, no property
 * lookups on the descriptor and no allocation per sample. Parameters are assumed
 * valid (see scenario/distribution-schema); samplers only guarantee finite,
 * non-negative output for parameters that schema accepts.
 */
import type { Rng } from './rng';
import { cos, exp, log, pow, sin } from './portable-math';

export type Distribution =
  | { type: 'constant'; value: number }
  | { type: 'uniform'; min: number; max: number }
  | { type: 'exponential'; mean: number }
  | { type: 'normal'; mean: number; stdDev: number }
  | { type: 'lognormal'; p50: number; p99: number }
  | { type: 'erlang'; k: number; mean: number }
  | { type: 'gamma'; shape: number; mean: number };

export type Sampler = () => number;

/** z such that Phi(z) = 0.99: engineers specify lognormals by median and p99. */
export const Z_99 = 2.3263478740408408;
/** Truncated normal retries; with mean >= 0 each try succeeds with p >= 1/2, so exhausting them has p <= 2^-32. */
const NORMAL_MAX_TRIES = 32;
/** Above this k, one log of a product of uniforms gets slower than Marsaglia–Tsang, and products risk underflow. */
const ERLANG_PRODUCT_MAX_K = 16;
const TWO_PI = 2 * Math.PI;

/** Standard normal via Box–Muller, caching the second variate (the branch alternates, so it predicts perfectly). */
function standardNormal(rng: Rng): Sampler {
  let spare = 0;
  let hasSpare = false;
  return () => {
    if (hasSpare) {
      hasSpare = false;
      return spare;
    }
    // 1 - u is in (0, 1], so the log is finite.
    const r = Math.sqrt(-2 * log(1 - rng.next()));
    const theta = TWO_PI * rng.next();
    spare = r * sin(theta);
    hasSpare = true;
    return r * cos(theta);
  };
}

/** Gamma(shape, 1) by Marsaglia & Tsang (2000); shape < 1 samples Gamma(shape + 1) and scales by U^(1/shape). */
function standardGamma(shape: number, rng: Rng): Sampler {
  const boosted = shape < 1;
  const d = (boosted ? shape + 1 : shape) - 1 / 3;
  const c = 1 / Math.sqrt(9 * d);
  const invShape = 1 / shape;
  const normal = standardNormal(rng);
  const core = (): number => {
    for (;;) {
      const x = normal();
      let v = 1 + c * x;
      if (v <= 0) continue;
      v = v * v * v;
      const u = 1 - rng.next();
      const x2 = x * x;
      if (u < 1 - 0.0331 * x2 * x2) return d * v;
      if (log(u) < 0.5 * x2 + d * (1 - v + log(v))) return d * v;
    }
  };
  if (!boosted) return core;
  return () => core() * pow(1 - rng.next(), invShape);
}

/** ln X ~ N(ln p50, sigma^2) with p99 = p50 * exp(Z_99 * sigma). */
const lognormalSigma = (p50: number, p99: number): number => log(p99 / p50) / Z_99;

/** Standard normal pdf and cdf; the cdf uses the Numerical Recipes erfc (fractional error < 1.2e-7). */
const phi = (x: number): number => exp(-0.5 * x * x) / Math.sqrt(TWO_PI);
function bigPhi(x: number): number {
  const z = Math.abs(x) / Math.SQRT2;
  const t = 1 / (1 + 0.5 * z);
  const poly = t * (1.00002368 + t * (0.37409196 + t * (0.09678418 + t * (-0.18628806 + t * (0.27886807 +
    t * (-1.13520398 + t * (1.48851587 + t * (-0.82215223 + t * 0.17087277))))))));
  const erfc = t * exp(-z * z - 1.26551223 + poly);
  return x >= 0 ? 1 - 0.5 * erfc : 0.5 * erfc;
}

/** Moments of N(mean, sd^2) truncated to [0, inf), which is what the sampler draws. */
function truncatedNormalMoments(mean: number, sd: number): { mean: number; variance: number } {
  // Beyond 8 sd the cut-off mass is < 1e-15 and the formula would compute 0 * inf.
  if (!(mean < 8 * sd)) return { mean, variance: sd * sd };
  const alpha = -mean / sd;
  const lambda = phi(alpha) / bigPhi(mean / sd);
  return { mean: mean + sd * lambda, variance: sd * sd * (1 + alpha * lambda - lambda * lambda) };
}

export function createSampler(d: Distribution, rng: Rng): Sampler {
  switch (d.type) {
    case 'constant': {
      const { value } = d;
      return () => value;
    }
    case 'uniform': {
      const { min } = d;
      const width = d.max - d.min;
      return () => min + width * rng.next();
    }
    case 'exponential': {
      const { mean } = d;
      return () => -mean * log(1 - rng.next());
    }
    case 'normal': {
      const { mean, stdDev: sd } = d;
      const normal = standardNormal(rng);
      return () => {
        for (let i = 0; i < NORMAL_MAX_TRIES; i++) {
          const x = mean + sd * normal();
          if (x >= 0) return x;
        }
        return 0;
      };
    }
    case 'lognormal': {
      const { p50 } = d;
      const mu = log(p50);
      const sigma = lognormalSigma(p50, d.p99);
      if (sigma === 0) return () => p50; // exp(log(x)) is not always exactly x
      const normal = standardNormal(rng);
      return () => exp(mu + sigma * normal());
    }
    case 'erlang': {
      const { k } = d;
      const theta = d.mean / k;
      const gamma = k > ERLANG_PRODUCT_MAX_K ? standardGamma(k, rng) : null;
      if (gamma) return () => theta * gamma();
      // Sum of k exponentials = -theta * log(product of k uniforms): one log instead of k.
      return () => {
        let p = 1;
        for (let i = 0; i < k; i++) p *= 1 - rng.next();
        return -theta * log(p);
      };
    }
    case 'gamma': {
      const scale = d.mean / d.shape;
      const gamma = standardGamma(d.shape, rng);
      return () => scale * gamma();
    }
    default:
      return unknownType(d);
  }
}

export function distributionMean(d: Distribution): number {
  switch (d.type) {
    case 'constant': return d.value;
    case 'uniform': return (d.min + d.max) / 2;
    case 'normal': return truncatedNormalMoments(d.mean, d.stdDev).mean;
    case 'lognormal': return d.p50 * exp(lognormalSigma(d.p50, d.p99) ** 2 / 2);
    case 'exponential': case 'erlang': case 'gamma': return d.mean;
    default: return unknownType(d);
  }
}

/** Variance in ms^2; queueing formulas (Kingman, Pollaczek–Khinchine) need the SCV = variance / mean^2. */
export function distributionVariance(d: Distribution): number {
  switch (d.type) {
    case 'constant': return 0;
    case 'uniform': return ((d.max - d.min) * (d.max - d.min)) / 12;
    case 'exponential': return d.mean * d.mean;
    case 'normal': return truncatedNormalMoments(d.mean, d.stdDev).variance;
    // A formula for people and theory checks, never part of a run: expm1 keeps small sigmas accurate.
    // eslint-disable-next-line no-restricted-properties
    case 'lognormal': return distributionMean(d) ** 2 * Math.expm1(lognormalSigma(d.p50, d.p99) ** 2);
    case 'erlang': return (d.mean * d.mean) / d.k;
    case 'gamma': return (d.mean * d.mean) / d.shape;
    default: return unknownType(d);
  }
}

/** Short label for tooltips and reports, e.g. "exp(mean 20 ms)". */
export function describeDistribution(d: Distribution): string {
  switch (d.type) {
    case 'constant': return `constant(${fmt(d.value)} ms)`;
    case 'uniform': return `uniform(${fmt(d.min)}–${fmt(d.max)} ms)`;
    case 'exponential': return `exp(mean ${fmt(d.mean)} ms)`;
    case 'normal': return `normal(mean ${fmt(d.mean)} ms, sd ${fmt(d.stdDev)} ms)`;
    case 'lognormal': return `lognormal(p50 ${fmt(d.p50)} ms, p99 ${fmt(d.p99)} ms)`;
    case 'erlang': return `erlang(k ${d.k}, mean ${fmt(d.mean)} ms)`;
    case 'gamma': return `gamma(shape ${fmt(d.shape)}, mean ${fmt(d.mean)} ms)`;
    default: return unknownType(d);
  }
}

/** Trims float noise such as 0.30000000000000004 without hiding real precision. */
function fmt(x: number): string {
  return String(Number(x.toPrecision(6)));
}

function unknownType(d: never): never {
  throw new Error(`unknown distribution type: ${JSON.stringify((d as { type?: unknown }).type)}`);
}
