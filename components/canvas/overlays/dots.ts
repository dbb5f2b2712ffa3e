/**
 * The traffic animation's model, free of canvas and React: how many dots a link spawns, which
 * outcome each dot shows, how far along its link it is. Struct-of-arrays in a fixed pool, so a
 * busy graph allocates nothing per frame.
 */
import { OUTCOMES } from '@/lib/run/traffic';

/** Dots per second of animation time for a link carrying `rps` requests per simulated second. */
export function spawnRate(rps: number): number {
  if (!(rps > 0)) return 0;
  // Literal at low rates (one request a second is one dot a second), logarithmic above, capped so a
  // link at thousands of requests per second stays a readable stream instead of a solid line.
  if (rps <= 2) return rps;
  return Math.min(MAX_SPAWN_PER_SEC, 2 + 5 * Math.log10(rps / 2));
}
export const MAX_SPAWN_PER_SEC = 18;

/**
 * Picks the next dot's outcome so that, over many dots, each outcome's share matches `shares`
 * (a weighted round-robin: deterministic and smooth, no random clumps).
 * `credits` carries the remainders from dot to dot; it is updated in place.
 */
export function pickOutcome(credits: Float64Array, shares: ArrayLike<number>): number {
  let total = 0;
  for (let i = 0; i < credits.length; i++) total += shares[i];
  if (!(total > 0)) return 0; // nothing ended yet: show the calls as plain traffic
  let best = 0;
  for (let i = 0; i < credits.length; i++) {
    credits[i] += shares[i] / total;
    if (credits[i] > credits[best]) best = i;
  }
  credits[best] -= 1;
  return best;
}

/** Seconds of animation a dot takes along a link `length` flow-pixels long. */
export function travelSeconds(length: number): number {
  return Math.min(2.5, Math.max(0.6, length / SPEED_PX_PER_SEC));
}
const SPEED_PX_PER_SEC = 220;

/**
 * Calls this link's own breaker or limiter refused never reach the callee: their dots stop early
 * and fade. (Refused further downstream, they did travel this link, and their dots go all the way.)
 */
export const REFUSED_REACH = 0.28;
const SHORT_CIRCUITED = OUTCOMES.indexOf('shortCircuited');
const RATE_LIMITED = OUTCOMES.indexOf('rateLimited');
export function isRefused(outcome: number, policies: { breaker: boolean; limiter: boolean }): boolean {
  return (outcome === SHORT_CIRCUITED && policies.breaker) || (outcome === RATE_LIMITED && policies.limiter);
}

export class DotPool {
  readonly link: Int32Array;
  readonly born: Float64Array;
  readonly life: Float32Array;
  readonly outcome: Uint8Array;
  private next = 0;
  alive = 0;

  constructor(readonly capacity = 4096) {
    this.link = new Int32Array(capacity).fill(-1);
    this.born = new Float64Array(capacity);
    this.life = new Float32Array(capacity);
    this.outcome = new Uint8Array(capacity);
  }

  /** Adds a dot; when full, the oldest slot is reused (a capped pool never grows). */
  spawn(link: number, born: number, life: number, outcome: number): void {
    const i = this.next;
    if (this.link[i] < 0) this.alive++;
    this.link[i] = link;
    this.born[i] = born;
    this.life[i] = life;
    this.outcome[i] = outcome;
    this.next = (i + 1) % this.capacity;
  }

  /**
   * How far dot `i` is along its link at animation time `t` (0..1), or -1 once it has arrived
   * (the slot is freed then).
   */
  progress(i: number, t: number): number {
    if (this.link[i] < 0) return -1;
    const f = (t - this.born[i]) / this.life[i];
    if (f >= 1) {
      this.link[i] = -1;
      this.alive--;
      return -1;
    }
    return Math.max(0, f);
  }

  clear(): void {
    this.link.fill(-1);
    this.alive = 0;
    this.next = 0;
  }
}

/**
 * Spawns a link's dots for `dt` seconds of animation at time `t`, carrying the fractional dot in
 * `acc` (returned). Dots born inside the frame are back-dated to where they would be, so a fast
 * stream is evenly spaced rather than bunched at frame boundaries.
 */
export function spawnFor(pool: DotPool, link: number, rate: number, acc: number, t: number, dt: number, life: number, credits: Float64Array, shares: ArrayLike<number>): number {
  if (rate <= 0) return 0;
  acc += rate * dt;
  while (acc >= 1) {
    acc -= 1;
    pool.spawn(link, t - acc / rate, life, pickOutcome(credits, shares));
  }
  return acc;
}
