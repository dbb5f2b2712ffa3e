// Token bucket with reservations. The state is the time at which the bucket will be full again
// (`fullAt`), kept as anchor + n * interval and recomputed from integers on each take, so rounding
// does not accumulate over millions of calls as a running float sum of refills would.

export interface TokenBucketConfig {
  capacity: number;
  refillPerSec: number;
}

// Times computed by the engine as `now + wait` may land a few ulps before the exact refill instant;
// without this slack such a caller would be refused a token that is, in exact arithmetic, there.
const EPS_MS = 1e-6;

export class TokenBucket {
  readonly capacity: number;
  readonly refillPerSec: number;
  /** ms per token */
  private readonly interval: number;
  private anchor: number;
  private taken = 0;

  constructor(config: TokenBucketConfig, now = 0) {
    const { capacity, refillPerSec } = config;
    if (!(capacity >= 1) || !Number.isFinite(capacity)) throw new RangeError(`capacity must be a finite number >= 1, got ${capacity}`);
    if (!(refillPerSec > 0) || !Number.isFinite(refillPerSec)) {
      throw new RangeError(`refillPerSec must be a finite number > 0, got ${refillPerSec}`);
    }
    this.capacity = capacity;
    this.refillPerSec = refillPerSec;
    this.interval = 1000 / refillPerSec;
    this.anchor = now;
  }

  tryTake(now: number): boolean {
    if (this.fullAt() - now > (this.capacity - 1) * this.interval + EPS_MS) return false;
    this.take(now);
    return true;
  }

  /**
   * Reserve one token, waiting at most maxWaitMs. Returns the wait in ms (0 if available now) or -1.
   * A reservation takes its token at once (the bucket goes into debt), like Resilience4j's
   * RateLimiter reservations, so later callers queue behind it and tryTake refuses until the debt is repaid.
   */
  reserve(now: number, maxWaitMs: number): number {
    const fullAfter = Math.max(this.fullAt(), now) + this.interval;
    const wait = fullAfter - now - this.capacity * this.interval;
    if (wait > maxWaitMs + EPS_MS) return -1;
    this.take(now);
    return wait > EPS_MS ? wait : 0;
  }

  /** Tokens available at `now`; negative while reservations are outstanding. */
  tokens(now: number): number {
    const fullAt = this.fullAt();
    return now >= fullAt ? this.capacity : this.capacity - (fullAt - now) / this.interval;
  }

  private fullAt(): number {
    return this.anchor + (this.taken * 1000) / this.refillPerSec;
  }

  private take(now: number): void {
    // Once the bucket is full again the past no longer matters: restart counting from now.
    if (now >= this.fullAt()) {
      this.anchor = now;
      this.taken = 0;
    }
    this.taken++;
  }
}
