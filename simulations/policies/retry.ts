// Backoff formulas from Marc Brooker, "Exponential Backoff And Jitter", AWS Architecture Blog (2015),
// https://aws.amazon.com/blogs/architecture/exponential-backoff-and-jitter/ and its simulator
// (github.com/aws-samples/aws-arch-backoff-simulator, src/backoff_simulator.py), where
// random_between is a uniform draw:
//   none:         min(cap, base * 2^n)
//   full:         random_between(0, min(cap, base * 2^n))
//   equal:        t = min(cap, base * 2^n); t/2 + random_between(0, t/2)
//   decorrelated: min(cap, random_between(base, prev * 3))
// with n = retry - 1 here, so the first retry waits `base` when there is no jitter.

export type Jitter = 'none' | 'full' | 'equal' | 'decorrelated';

export interface RetryConfig {
  /** total attempts, the first one included */
  maxAttempts: number;
  baseMs: number;
  capMs: number;
  jitter: Jitter;
}

export const RETRY_DEFAULTS: RetryConfig = Object.freeze({ maxAttempts: 3, baseMs: 100, capMs: 10_000, jitter: 'none' });

const between = (lo: number, hi: number, random: () => number): number => lo + (hi - lo) * random();

/** min(cap, base * 2^(retry-1)) without NaN: 2^n overflows to Infinity for n > 1023, and 0 * Infinity is NaN. */
function exponential(cfg: RetryConfig, retry: number): number {
  if (cfg.baseMs <= 0) return 0;
  const grown = cfg.baseMs * 2 ** (retry - 1);
  return grown >= cfg.capMs ? cfg.capMs : grown;
}

/**
 * Delay before retry number `retry` (1 = first retry). prevDelayMs is the previous delay (baseMs for
 * the first); only decorrelated jitter uses it.
 */
export function backoffDelay(cfg: RetryConfig, retry: number, prevDelayMs: number, random: () => number): number {
  if (!(retry >= 1)) throw new RangeError(`retry must be >= 1, got ${retry}`);
  switch (cfg.jitter) {
    case 'none':
      return exponential(cfg, retry);
    case 'full':
      return between(0, exponential(cfg, retry), random);
    case 'equal': {
      const t = exponential(cfg, retry);
      return t / 2 + between(0, t / 2, random);
    }
    case 'decorrelated': {
      // The article's own sleeps always lie in [base, cap]; clamping a caller's prev there keeps the
      // range well-formed and stops prev * 3 from reaching Infinity (Infinity * 0 would be NaN).
      const prev = Math.min(Math.max(prevDelayMs, cfg.baseMs), cfg.capMs);
      return Math.min(cfg.capMs, between(cfg.baseMs, prev * 3, random));
    }
  }
}

/** Whether another attempt is allowed after `attemptsMade` attempts (maxAttempts counts the first call). */
export function canRetry(cfg: RetryConfig, attemptsMade: number): boolean {
  return attemptsMade < cfg.maxAttempts;
}
