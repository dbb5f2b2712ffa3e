import { describe, expect, it } from 'vitest';
import { OUTCOMES } from '@/lib/run/traffic';
import { DotPool, isRefused, MAX_SPAWN_PER_SEC, pickOutcome, spawnFor, spawnRate, travelSeconds } from './dots';

describe('traffic dots', () => {
  it('spawn one dot per request at low rates, logarithmically more above, capped', () => {
    expect(spawnRate(0)).toBe(0);
    expect(spawnRate(-1)).toBe(0);
    expect(spawnRate(1)).toBe(1);
    expect(spawnRate(2)).toBe(2);
    expect(spawnRate(20)).toBeCloseTo(7, 10);
    expect(spawnRate(200)).toBeCloseTo(12, 10);
    expect(spawnRate(1000)).toBeLessThan(MAX_SPAWN_PER_SEC);
    expect(spawnRate(1e7)).toBe(MAX_SPAWN_PER_SEC);
    // Monotone: more traffic never shows fewer dots.
    let prev = 0;
    for (let r = 0.1; r < 1e5; r *= 1.3) {
      expect(spawnRate(r)).toBeGreaterThanOrEqual(prev);
      prev = spawnRate(r);
    }
  });

  it('pick outcomes in proportion to their shares, evenly spread', () => {
    const credits = new Float64Array(6);
    const shares = [0.7, 0.2, 0.1, 0, 0, 0];
    const picks = Array.from({ length: 100 }, () => pickOutcome(credits, shares));
    expect(picks.filter((p) => p === 0)).toHaveLength(70);
    expect(picks.filter((p) => p === 1)).toHaveLength(20);
    expect(picks.filter((p) => p === 2)).toHaveLength(10);
    // No run of more than 4 "ok" in a row when 30 % are failures: the mix is visible at once.
    expect(picks.join('')).not.toMatch(/0{5}/);
    expect(pickOutcome(new Float64Array(6), [0, 0, 0, 0, 0, 0])).toBe(0);
  });

  it('spawn at the rate over time, back-dated within the frame, and free dots on arrival', () => {
    const pool = new DotPool(64);
    const credits = new Float64Array(6);
    let acc = 0;
    let t = 0;
    for (let frame = 0; frame < 63; frame++) {
      acc = spawnFor(pool, 0, 10, acc, t, 1 / 60, 1, credits, [1, 0, 0, 0, 0, 0]);
      t += 1 / 60;
    }
    expect(pool.alive).toBe(10); // 10 dots/s for 1.05 s
    const ages = [...pool.born.slice(0, 10)].map((b) => t - b);
    for (let i = 1; i < ages.length; i++) expect(ages[i - 1] - ages[i]).toBeCloseTo(0.1, 6);
    let arrived = 0;
    for (let i = 0; i < pool.capacity; i++) if (pool.link[i] >= 0 && pool.progress(i, t + 1) < 0) arrived++;
    expect(arrived).toBe(10);
    expect(pool.alive).toBe(0);
  });

  it('reuse the oldest slot when full, and travel time follows link length within bounds', () => {
    const pool = new DotPool(4);
    for (let i = 0; i < 6; i++) pool.spawn(i, i, 1, 0);
    expect(pool.alive).toBe(4);
    expect([...pool.link]).toEqual([4, 5, 2, 3]);
    expect(travelSeconds(10)).toBe(0.6);
    expect(travelSeconds(440)).toBe(2);
    expect(travelSeconds(5000)).toBe(2.5);
  });

  it('stop dots early only where this link itself refused the call', () => {
    const sc = OUTCOMES.indexOf('shortCircuited');
    const rl = OUTCOMES.indexOf('rateLimited');
    expect(isRefused(sc, { breaker: true, limiter: false })).toBe(true);
    expect(isRefused(sc, { breaker: false, limiter: true })).toBe(false); // short-circuited downstream: it did travel here
    expect(isRefused(rl, { breaker: false, limiter: true })).toBe(true);
    expect(isRefused(OUTCOMES.indexOf('error'), { breaker: true, limiter: true })).toBe(false);
  });
});
