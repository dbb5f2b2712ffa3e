/**
 * Replication statistics for the variant comparison: a mean with its Student-t confidence
 * interval, and the difference between two variants paired by seed. Every variant runs the same
 * seeds (common random numbers), so B − A is taken per seed: the traffic's own noise cancels and
 * a real difference shows with far fewer replications than two independent means would need.
 */

export interface Estimate {
  /** Replications that had this number. */
  n: number;
  mean: number;
  /** Half the interval's width; undefined with fewer than two replications (no spread to judge by). */
  half?: number;
}

export interface Delta extends Estimate {
  /** The interval excludes 0: the difference is larger than the seeds' noise. */
  significant: boolean;
}

/** ln Γ(x) for x > 0 (Lanczos, g = 7): enough digits for the t distribution's tails. */
function logGamma(x: number): number {
  const c = [0.9999999999998099, 676.5203681218851, -1259.1392167224028, 771.3236851246337, -176.6150291621406, 12.507343278686905, -0.13857109526572012, 9.984369578019572e-6, 1.5056327351493116e-7];
  if (x < 0.5) return Math.log(Math.PI / Math.sin(Math.PI * x)) - logGamma(1 - x);
  const z = x - 1;
  let a = c[0];
  const t = z + 7.5;
  for (let i = 1; i < 9; i++) a += c[i] / (z + i);
  return 0.5 * Math.log(2 * Math.PI) + (z + 0.5) * Math.log(t) - t + Math.log(a);
}

/** Continued fraction of the regularised incomplete beta function (Lentz), as in Numerical Recipes. */
function betaFraction(a: number, b: number, x: number): number {
  const tiny = 1e-300;
  let c = 1;
  let d = 1 - ((a + b) * x) / (a + 1);
  d = 1 / (Math.abs(d) < tiny ? tiny : d);
  let h = d;
  for (let m = 1; m <= 300; m++) {
    const m2 = 2 * m;
    for (const aa of [(m * (b - m) * x) / ((a + m2 - 1) * (a + m2)), (-(a + m) * (a + b + m) * x) / ((a + m2) * (a + m2 + 1))]) {
      d = 1 + aa * d;
      d = 1 / (Math.abs(d) < tiny ? tiny : d);
      c = 1 + aa / c;
      if (Math.abs(c) < tiny) c = tiny;
      h *= d * c;
    }
    if (Math.abs(d * c - 1) < 1e-14) break;
  }
  return h;
}

/** I_x(a, b), the regularised incomplete beta function. */
function incompleteBeta(x: number, a: number, b: number): number {
  if (x <= 0) return 0;
  if (x >= 1) return 1;
  const front = Math.exp(logGamma(a + b) - logGamma(a) - logGamma(b) + a * Math.log(x) + b * Math.log(1 - x));
  return x < (a + 1) / (a + b + 2) ? (front * betaFraction(a, b, x)) / a : 1 - (front * betaFraction(b, a, 1 - x)) / b;
}

/** P(T ≤ t) for Student's t with `df` degrees of freedom. */
export function tCdf(t: number, df: number): number {
  const tail = 0.5 * incompleteBeta(df / (df + t * t), df / 2, 0.5);
  return t >= 0 ? 1 - tail : tail;
}

/** The p-quantile of Student's t with `df` degrees of freedom (bisection on the CDF; p in (0, 1)). */
export function tQuantile(p: number, df: number): number {
  if (!(p > 0 && p < 1) || !(df > 0)) throw new RangeError(`tQuantile needs 0 < p < 1 and df > 0 (got p=${p}, df=${df})`);
  if (p === 0.5) return 0;
  let lo = -1e4;
  let hi = 1e4;
  for (let i = 0; i < 200 && hi - lo > 1e-12; i++) {
    const mid = (lo + hi) / 2;
    if (tCdf(mid, df) < p) lo = mid;
    else hi = mid;
  }
  return (lo + hi) / 2;
}

/** Mean and the half-width of its two-sided `level` confidence interval (Student t, sample standard deviation). */
export function meanInterval(xs: readonly number[], level = 0.95): Estimate {
  const n = xs.length;
  if (n === 0) return { n, mean: Number.NaN };
  const mean = xs.reduce((a, b) => a + b, 0) / n;
  if (n < 2) return { n, mean };
  const variance = xs.reduce((a, x) => a + (x - mean) * (x - mean), 0) / (n - 1);
  return { n, mean, half: tQuantile(1 - (1 - level) / 2, n - 1) * Math.sqrt(variance / n) };
}

/**
 * B − A paired by replication (index i of both ran seed s + i). Replications where either variant
 * lacks the number are left out. Significant when the interval excludes 0 — with zero spread, when
 * the difference is not 0.
 */
export function pairedDelta(a: readonly (number | undefined)[], b: readonly (number | undefined)[], level = 0.95): Delta | undefined {
  const diffs: number[] = [];
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    const x = a[i];
    const y = b[i];
    if (x !== undefined && y !== undefined && Number.isFinite(x) && Number.isFinite(y)) diffs.push(y - x);
  }
  if (diffs.length === 0) return undefined;
  const e = meanInterval(diffs, level);
  const significant = e.half === undefined ? false : e.half === 0 ? e.mean !== 0 : Math.abs(e.mean) > e.half;
  return { ...e, significant };
}
