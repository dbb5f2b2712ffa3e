/**
 * Fixed log-bucket latency histogram (the DDSketch mapping, without collapsing).
 *
 * Bucket i holds values in (gamma^(i-1), gamma^i] with gamma = (1+a)/(1-a), and
 * reports 2*gamma^i/(gamma+1), which is within relative error a of every value
 * in the bucket. Buckets span [minValue, maxValue] once, up front, so memory is
 * independent of run length (about 1,270 Float64 counters at the defaults) and
 * record() is a log, a multiply and an increment: no allocation, no search.
 * Float64 counters stay exact up to 2^53 per bucket; Uint32 would wrap silently
 * in long runs at millions of events per second.
 */

import { log, pow } from '../core/portable-math';

export interface Summary { count: number; mean: number; p50: number; p95: number; p99: number; max: number }

export const EMPTY_SUMMARY: Summary = Object.freeze({ count: 0, mean: 0, p50: 0, p95: 0, p99: 0, max: 0 });

export interface LogHistogramOptions {
  /** Maximum relative error of any reported quantile, default 0.01. */
  relativeError?: number;
  /** Values <= minValue (ms) are counted in a zero bucket, default 1e-3 (1 µs). */
  minValue?: number;
  /** Values above maxValue (ms) are clamped into the last bucket, default 1e8 (about 28 h). */
  maxValue?: number;
}

/**
 * Nearest-rank definition used by quantile(): the ceil(q*n)-th smallest value
 * (1-based, at least 1). The tiny shrink keeps float noise such as
 * 0.07 * 100 = 7.000000000000001 from skipping a rank.
 */
export function nearestRank(q: number, n: number): number {
  return Math.min(n, Math.max(1, Math.ceil(q * n * (1 - 1e-12))));
}

/**
 * The mapping uses a slightly smaller a than requested so that float rounding in
 * log() at bucket boundaries (~1e-13 relative) cannot push the error past the
 * promised bound; it costs about 0.0001% more buckets.
 */
const SAFETY = 1 - 1e-6;

export class LogHistogram {
  readonly relativeError: number;
  readonly minValue: number;
  readonly maxValue: number;
  private readonly gamma: number;
  private readonly invLogGamma: number;
  /** Bucket index of the first counter; counts[j] is bucket offset + j. */
  private readonly offset: number;
  private readonly last: number;
  private readonly counts: Float64Array;
  private zeroCount = 0;
  private n = 0;
  private sum = 0;
  private lo = Infinity;
  private hi = -Infinity;

  constructor(opts: LogHistogramOptions = {}) {
    const a = opts.relativeError ?? 0.01;
    const minValue = opts.minValue ?? 1e-3;
    const maxValue = opts.maxValue ?? 1e8;
    if (!(a > 0 && a < 1)) throw new RangeError(`relativeError must be in (0, 1), got ${a}`);
    if (!(minValue > 0 && maxValue > minValue && Number.isFinite(maxValue))) {
      throw new RangeError(`need 0 < minValue < maxValue < Infinity, got ${minValue}, ${maxValue}`);
    }
    this.relativeError = a;
    this.minValue = minValue;
    this.maxValue = maxValue;
    const effective = a * SAFETY;
    this.gamma = (1 + effective) / (1 - effective);
    this.invLogGamma = 1 / log(this.gamma);
    this.offset = Math.ceil(log(minValue) * this.invLogGamma);
    this.last = Math.ceil(log(maxValue) * this.invLogGamma) - this.offset;
    this.counts = new Float64Array(this.last + 1);
  }

  /** NaN is ignored: one NaN would otherwise poison sum and mean for the rest of the run. */
  record(value: number): void {
    if (value !== value) return;
    this.n++;
    this.sum += value;
    if (value < this.lo) this.lo = value;
    if (value > this.hi) this.hi = value;
    if (value <= this.minValue) {
      this.zeroCount++;
      return;
    }
    // Math.max guards log() rounding just above minValue; Math.min clamps overflow.
    const j = Math.ceil(log(value) * this.invLogGamma) - this.offset;
    this.counts[Math.min(Math.max(j, 0), this.last)]++;
  }

  /**
   * The value at nearest rank ceil(q*n) (see nearestRank), within relativeError
   * of the exact one when that value lies in (minValue, maxValue]. Ranks 1 and n
   * return the exact min and max, other results are clamped into [min, max], and
   * ranks in the zero bucket report the exact min (0 when zeros were recorded).
   * 0 when empty.
   */
  quantile(q: number): number {
    if (this.n === 0) return 0;
    return this.valuesAtRanks([nearestRank(q, this.n)])[0];
  }

  summary(): Summary {
    const n = this.n;
    if (n === 0) return { ...EMPTY_SUMMARY };
    // One walk for all three ranks: summaries are taken per window per node.
    const [p50, p95, p99] = this.valuesAtRanks([nearestRank(0.5, n), nearestRank(0.95, n), nearestRank(0.99, n)]);
    return { count: n, mean: this.sum / n, p50, p95, p99, max: this.hi };
  }

  /** Adds other's counts; both must share the same bucket layout. */
  merge(other: LogHistogram): void {
    if (other.relativeError !== this.relativeError || other.minValue !== this.minValue || other.maxValue !== this.maxValue) {
      throw new Error('cannot merge histograms with different relativeError/minValue/maxValue');
    }
    if (other.n === 0) return;
    const a = this.counts;
    const b = other.counts;
    for (let j = 0; j < a.length; j++) a[j] += b[j];
    this.zeroCount += other.zeroCount;
    this.n += other.n;
    this.sum += other.sum;
    if (other.lo < this.lo) this.lo = other.lo;
    if (other.hi > this.hi) this.hi = other.hi;
  }

  reset(): void {
    if (this.n === 0) return;
    this.counts.fill(0);
    this.zeroCount = 0;
    this.n = 0;
    this.sum = 0;
    this.lo = Infinity;
    this.hi = -Infinity;
  }

  get count(): number { return this.n; }
  get mean(): number { return this.n === 0 ? 0 : this.sum / this.n; }
  get max(): number { return this.n === 0 ? 0 : this.hi; }
  get min(): number { return this.n === 0 ? 0 : this.lo; }
  /** Number of counters; fixed at construction, whatever is recorded. */
  get bucketCount(): number { return this.counts.length; }

  /** One ascending walk resolves all ranks (which must be sorted ascending). */
  private valuesAtRanks(ranks: readonly number[]): number[] {
    const out = new Array<number>(ranks.length);
    const counts = this.counts;
    const gamma = this.gamma;
    let j = -1; // -1 stands for the zero bucket
    let seen = this.zeroCount;
    for (let k = 0; k < ranks.length; k++) {
      const rank = ranks[k];
      // The extremes are known exactly; this also makes p99 of small windows exact.
      if (rank >= this.n) out[k] = this.hi;
      else if (rank <= 1 || this.zeroCount >= rank) out[k] = this.lo;
      else {
        // Terminates inside the array because rank < n = zeroCount + sum(counts).
        while (seen < rank) seen += counts[++j];
        const representative = (2 * pow(gamma, j + this.offset)) / (gamma + 1);
        out[k] = Math.min(Math.max(representative, this.lo), this.hi);
      }
    }
    return out;
  }
}
