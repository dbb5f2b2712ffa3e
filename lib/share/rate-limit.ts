/**
 * Token buckets per client, for the write API. Time is passed in (ms), so tests step it by hand instead of waiting.
 * Memory is bounded: past `maxClients` buckets the least recently used one is dropped. Dropping a bucket can only
 * be generous (that client starts again with a full bucket), and an idle bucket refills to full anyway.
 */

export interface RateLimitOptions {
  /** Tokens a bucket holds: the burst a client may send at once. */
  capacity: number;
  /** Tokens added per second: the sustained rate. */
  refillPerSec: number;
  /** Buckets kept at most. */
  maxClients?: number;
}

export type TakeResult = { ok: true; remaining: number } | { ok: false; retryAfterSec: number };

interface Bucket {
  tokens: number;
  at: number;
}

export class RateLimiter {
  readonly capacity: number;
  readonly refillPerSec: number;
  readonly maxClients: number;
  // A Map iterates in insertion order; re-inserting on every use keeps the least recently used bucket first.
  private readonly buckets = new Map<string, Bucket>();

  constructor({ capacity, refillPerSec, maxClients = 10_000 }: RateLimitOptions) {
    if (!(capacity >= 1) || !(refillPerSec > 0) || !(maxClients >= 1)) throw new RangeError('capacity ≥ 1, refillPerSec > 0, maxClients ≥ 1');
    this.capacity = capacity;
    this.refillPerSec = refillPerSec;
    this.maxClients = maxClients;
  }

  /** Takes one token from `key`'s bucket at time `now` (ms), or says how many whole seconds until one is there. */
  take(key: string, now: number): TakeResult {
    const old = this.buckets.get(key);
    // A clock that steps back adds nothing rather than taking tokens away.
    const elapsedSec = old ? Math.max(0, now - old.at) / 1000 : 0;
    const bucket = { tokens: old ? Math.min(this.capacity, old.tokens + elapsedSec * this.refillPerSec) : this.capacity, at: old ? Math.max(old.at, now) : now };
    this.buckets.delete(key);
    this.buckets.set(key, bucket);
    if (this.buckets.size > this.maxClients) this.buckets.delete(this.buckets.keys().next().value as string);
    if (bucket.tokens < 1) return { ok: false, retryAfterSec: Math.max(1, Math.ceil((1 - bucket.tokens) / this.refillPerSec)) };
    bucket.tokens -= 1;
    return { ok: true, remaining: Math.floor(bucket.tokens) };
  }

  get size(): number {
    return this.buckets.size;
  }
}

/**
 * Whom a request counts against: the first hop of X-Forwarded-For, else X-Real-IP, else "local". `next start` fills
 * X-Forwarded-For with the socket's address when the client sent none; a client can set it itself, so behind the
 * open internet put a proxy in front that overwrites it. Capped in length so a huge header cannot become a huge key.
 */
export function clientKey(headers: Headers): string {
  const first = headers.get('x-forwarded-for')?.split(',')[0]?.trim();
  return (first || headers.get('x-real-ip')?.trim() || 'local').slice(0, 64);
}

function envNumber(name: string, fallback: number): number {
  const value = Number(process.env[name]);
  return process.env[name] && Number.isFinite(value) && value > 0 ? value : fallback;
}

export const WRITE_BURST = 20;
export const WRITE_RATE_PER_SEC = 2;

let writes: RateLimiter | undefined;

/** The process's limiter for POST /api/scenarios: $INTERPLAY_WRITE_BURST (20) tokens, $INTERPLAY_WRITE_RATE (2) per s. */
export function writeLimiter(): RateLimiter {
  writes ??= new RateLimiter({ capacity: envNumber('INTERPLAY_WRITE_BURST', WRITE_BURST), refillPerSec: envNumber('INTERPLAY_WRITE_RATE', WRITE_RATE_PER_SEC) });
  return writes;
}
