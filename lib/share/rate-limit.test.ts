import { describe, expect, it } from 'vitest';
import { clientKey, RateLimiter } from './rate-limit';

describe('RateLimiter (token bucket, time passed in)', () => {
  it('lets a full burst through, then refuses and says when to retry', () => {
    const limiter = new RateLimiter({ capacity: 20, refillPerSec: 2 });
    for (let i = 0; i < 20; i++) expect(limiter.take('a', 1000).ok).toBe(true);
    expect(limiter.take('a', 1000)).toEqual({ ok: false, retryAfterSec: 1 });
  });

  it('refills at the stated rate: 2 per second gives one token after 500 ms, not after 499 ms', () => {
    const limiter = new RateLimiter({ capacity: 2, refillPerSec: 2 });
    limiter.take('a', 0);
    limiter.take('a', 0);
    expect(limiter.take('a', 499).ok).toBe(false);
    expect(limiter.take('a', 500).ok).toBe(true);
    expect(limiter.take('a', 500).ok).toBe(false);
  });

  it('sustains exactly the refill rate over a long run', () => {
    const limiter = new RateLimiter({ capacity: 5, refillPerSec: 2 });
    let granted = 0;
    // An attempt every 250 ms (half a token, exact in binary) from 0 to 59.75 s: the burst of 5 plus 2 per second
    // for 59.75 s is 124.5 tokens, so 124 calls get through.
    for (let t = 0; t < 60_000; t += 250) if (limiter.take('a', t).ok) granted++;
    expect(granted).toBe(124);
  });

  it('rounds Retry-After up to whole seconds', () => {
    const limiter = new RateLimiter({ capacity: 1, refillPerSec: 0.25 });
    limiter.take('a', 0);
    expect(limiter.take('a', 0)).toEqual({ ok: false, retryAfterSec: 4 });
    expect(limiter.take('a', 1500)).toEqual({ ok: false, retryAfterSec: 3 });
  });

  it('never fills a bucket above its capacity, however long it was idle', () => {
    const limiter = new RateLimiter({ capacity: 3, refillPerSec: 100 });
    limiter.take('a', 0);
    const results = [1, 2, 3, 4].map(() => limiter.take('a', 3_600_000).ok);
    expect(results).toEqual([true, true, true, false]);
  });

  it('keeps clients apart', () => {
    const limiter = new RateLimiter({ capacity: 1, refillPerSec: 1 });
    expect(limiter.take('a', 0).ok).toBe(true);
    expect(limiter.take('a', 0).ok).toBe(false);
    expect(limiter.take('b', 0).ok).toBe(true);
  });

  it('gains nothing when the clock steps back', () => {
    const limiter = new RateLimiter({ capacity: 1, refillPerSec: 1 });
    limiter.take('a', 10_000);
    expect(limiter.take('a', 0).ok).toBe(false);
    expect(limiter.take('a', 10_999).ok).toBe(false);
    expect(limiter.take('a', 11_000).ok).toBe(true);
  });

  it('holds at most maxClients buckets and drops the least recently used', () => {
    const limiter = new RateLimiter({ capacity: 1, refillPerSec: 0.001, maxClients: 100 });
    for (let i = 0; i < 10_000; i++) limiter.take(`ip-${i}`, 0);
    expect(limiter.size).toBe(100);
    // ip-9999 was used last and is still limited; ip-0 was dropped long ago and starts again with a full bucket.
    expect(limiter.take('ip-9999', 0).ok).toBe(false);
    expect(limiter.take('ip-0', 0).ok).toBe(true);
  });

  it('keeps a recently used bucket when others are dropped', () => {
    const limiter = new RateLimiter({ capacity: 1, refillPerSec: 0.001, maxClients: 2 });
    limiter.take('a', 0);
    limiter.take('b', 0);
    limiter.take('a', 0); // a is now the most recently used
    limiter.take('c', 0); // drops b
    expect(limiter.take('a', 0).ok).toBe(false);
    expect(limiter.take('b', 0).ok).toBe(true);
  });

  it('refuses nonsense settings', () => {
    expect(() => new RateLimiter({ capacity: 0, refillPerSec: 1 })).toThrow(RangeError);
    expect(() => new RateLimiter({ capacity: 1, refillPerSec: 0 })).toThrow(RangeError);
    expect(() => new RateLimiter({ capacity: 1, refillPerSec: Number.NaN })).toThrow(RangeError);
  });
});

describe('clientKey', () => {
  it('takes the first hop of X-Forwarded-For, then X-Real-IP, then "local"', () => {
    expect(clientKey(new Headers({ 'x-forwarded-for': ' 203.0.113.7 , 10.0.0.1', 'x-real-ip': '198.51.100.1' }))).toBe('203.0.113.7');
    expect(clientKey(new Headers({ 'x-real-ip': '198.51.100.1' }))).toBe('198.51.100.1');
    expect(clientKey(new Headers({ 'x-forwarded-for': ' , ', 'x-real-ip': '198.51.100.1' }))).toBe('198.51.100.1');
    expect(clientKey(new Headers())).toBe('local');
  });

  it('caps the key length', () => {
    expect(clientKey(new Headers({ 'x-forwarded-for': 'x'.repeat(10_000) }))).toHaveLength(64);
  });
});
