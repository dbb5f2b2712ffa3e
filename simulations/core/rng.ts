/**
 * Seeded random streams for the simulator.
 *
 * Every consumer of randomness (a component's service time, a link's latency, a
 * client's think time) owns its own stream, derived only from the run seed and a
 * stable string key. A stream therefore never depends on how many other streams
 * exist or in which order they draw, so adding a node to a topology does not
 * perturb the numbers any other node sees.
 *
 * Generator: sfc32 (Chris Doty-Humphrey's Small Fast Chaotic PRNG, 128-bit state,
 * passes PractRand to multiple TB, period >= 2^32 thanks to the counter word). It
 * is pure 32-bit integer arithmetic, which V8 keeps in registers without boxing.
 * Seeding: the seed's two 32-bit halves and the key's UTF-16 code units are fed
 * through cyrb128, and each resulting word is finalised with splitmix32 so that
 * keys differing in one character give unrelated states.
 */

export interface Rng {
  /** Uniform in [0, 1) with 53 bits of resolution (two generator steps). */
  next(): number;
  /** Uniform integer in [0, 2^32). */
  nextUint32(): number;
}

const TWO_POW_32 = 4294967296;
const TWO_POW_53 = 9007199254740992;
/** Discarded outputs after seeding; the sfc32 reference implementation uses 12+. */
const WARMUP = 15;

class Sfc32 implements Rng {
  private a: number;
  private b: number;
  private c: number;
  private d: number;

  constructor(a: number, b: number, c: number, d: number) {
    this.a = a | 0;
    this.b = b | 0;
    this.c = c | 0;
    this.d = d | 0;
    for (let i = 0; i < WARMUP; i++) this.nextUint32();
  }

  nextUint32(): number {
    const a = this.a;
    const b = this.b;
    const c = this.c;
    const t = (((a + b) | 0) + this.d) | 0;
    this.d = (this.d + 1) | 0;
    this.a = b ^ (b >>> 9);
    this.b = (c + (c << 3)) | 0;
    const r = (c << 21) | (c >>> 11);
    this.c = (r + t) | 0;
    return t >>> 0;
  }

  next(): number {
    // 27 high bits from one draw and 26 from the next, as in the canonical
    // genrand_res53; 32 bits alone would leave visible gaps in exponential tails.
    const hi = this.nextUint32() >>> 5;
    const lo = this.nextUint32() >>> 6;
    return (hi * 67108864 + lo) / TWO_POW_53;
  }
}

function splitmix32(x: number): number {
  let z = (x + 0x9e3779b9) | 0;
  z = Math.imul(z ^ (z >>> 16), 0x21f0aaad);
  z = Math.imul(z ^ (z >>> 15), 0x735a2d97);
  return (z ^ (z >>> 15)) >>> 0;
}

/** cyrb128 over [seedLo, seedHi, ...key code units]; the seed words have a fixed length, so no (seed, key) pair can alias another. */
function hashSeedKey(seedLo: number, seedHi: number, key: string): [number, number, number, number] {
  let h1 = 1779033703;
  let h2 = 3144134277;
  let h3 = 1013904242;
  let h4 = 2773480762;
  const n = key.length + 2;
  for (let i = 0; i < n; i++) {
    const k = i === 0 ? seedLo : i === 1 ? seedHi : key.charCodeAt(i - 2);
    h1 = h2 ^ Math.imul(h1 ^ k, 597399067);
    h2 = h3 ^ Math.imul(h2 ^ k, 2869860233);
    h3 = h4 ^ Math.imul(h3 ^ k, 951274213);
    h4 = h1 ^ Math.imul(h4 ^ k, 2716044179);
  }
  h1 = Math.imul(h3 ^ (h1 >>> 18), 597399067);
  h2 = Math.imul(h4 ^ (h2 >>> 22), 2869860233);
  h3 = Math.imul(h1 ^ (h3 >>> 17), 951274213);
  h4 = Math.imul(h2 ^ (h4 >>> 19), 2716044179);
  h1 ^= h2 ^ h3 ^ h4;
  h2 ^= h1;
  h3 ^= h1;
  h4 ^= h1;
  return [splitmix32(h1), splitmix32(h2 ^ 0x6a09e667), splitmix32(h3 ^ 0xbb67ae85), splitmix32(h4 ^ 0x3c6ef372)];
}

/**
 * An independent stream derived from the run seed and a string key such as
 * "api/work" or "link-3/latency"; adding another stream never changes this one.
 * @param seed integer in [0, 2^53]; 0 is an ordinary seed.
 */
export function createStream(seed: number, key: string): Rng {
  if (!Number.isInteger(seed) || seed < 0 || seed > TWO_POW_53) {
    throw new RangeError(`seed must be an integer in [0, 2^53], got ${seed}`);
  }
  const lo = seed >>> 0;
  // Exact for integers up to 2^53: (seed - lo) is a multiple of 2^32.
  const hi = ((seed - lo) / TWO_POW_32) >>> 0;
  const [a, b, c, d] = hashSeedKey(lo, hi, key);
  return new Sfc32(a, b, c, d);
}
