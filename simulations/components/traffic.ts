/** Open-loop arrival processes of a client, in the shapes load generators offer. */
import { z } from 'zod';
import type { Rng } from '../core/rng';
import { distributionSchema } from '../scenario/distribution-schema';
import { msSchema, positiveCountSchema, rateSchema } from '../scenario/common';
import { log } from '../core/portable-math';

export const trafficSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('constant'), ratePerSec: rateSchema }).describe('Evenly spaced arrivals'),
  z.strictObject({ type: z.literal('poisson'), ratePerSec: rateSchema }).describe('Poisson arrivals (exponential gaps)'),
  z
    .strictObject({
      type: z.literal('bursts'),
      ratePerSec: rateSchema.describe('Poisson rate while a burst is on'),
      baseRatePerSec: rateSchema.default(0).describe('Poisson rate between bursts'),
      onMs: msSchema.min(1, 'onMs must be ≥ 1 ms'),
      offMs: msSchema,
    })
    .describe('On/off bursts'),
  z
    .strictObject({
      type: z.literal('ramp'),
      fromRatePerSec: rateSchema,
      toRatePerSec: rateSchema,
      rampMs: msSchema.min(1, 'rampMs must be ≥ 1 ms').describe('Time to go from the first rate to the second; the second holds afterwards'),
    })
    .describe('Linear ramp of a Poisson rate'),
  z
    .strictObject({
      type: z.literal('closed'),
      users: positiveCountSchema(100_000).describe('Concurrent users, each waiting for its answer before thinking again'),
      thinkTime: distributionSchema.describe('Pause between an answer and the next request'),
    })
    .describe('Closed loop: N users with think time'),
]);
export type Traffic = z.infer<typeof trafficSchema>;
export type OpenTraffic = Exclude<Traffic, { type: 'closed' }>;

/** Yields successive arrival times (ms) of an open-loop process; Infinity when it never fires. */
export type ArrivalProcess = (now: number) => number;

export function createArrivals(t: OpenTraffic, startAt: number, rng: Rng): ArrivalProcess {
  const exp = (rate: number) => (-log(1 - rng.next()) * 1000) / rate;
  switch (t.type) {
    case 'constant': {
      if (t.ratePerSec <= 0) return () => Infinity;
      const gap = 1000 / t.ratePerSec;
      return (now) => now + gap;
    }
    case 'poisson':
      if (t.ratePerSec <= 0) return () => Infinity;
      return (now) => now + exp(t.ratePerSec);
    case 'bursts': {
      const period = t.onMs + t.offMs;
      return thinning(Math.max(t.ratePerSec, t.baseRatePerSec), (at) => ((at - startAt) % period < t.onMs ? t.ratePerSec : t.baseRatePerSec), exp, rng);
    }
    case 'ramp': {
      const { fromRatePerSec: a, toRatePerSec: b, rampMs } = t;
      return thinning(Math.max(a, b), (at) => a + (b - a) * Math.min(1, Math.max(0, (at - startAt) / rampMs)), exp, rng);
    }
  }
}

/** Lewis–Shedler thinning: a Poisson process of rate λ(t) ≤ λmax from one of rate λmax. */
function thinning(max: number, rateAt: (t: number) => number, exp: (rate: number) => number, rng: Rng): ArrivalProcess {
  if (max <= 0) return () => Infinity;
  return (now) => {
    let t = now;
    for (let guard = 0; guard < 1_000_000; guard++) {
      t += exp(max);
      if (rng.next() * max < rateAt(t)) return t;
    }
    return Infinity;
  };
}
