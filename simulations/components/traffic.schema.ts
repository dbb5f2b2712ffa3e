/**
 * A client's traffic shapes (zod schema), without the arrival processes that run them, so the page
 * (palette, inspector, validation) can import it without bundling the engine. Behaviour: ./traffic.ts.
 */
import { z } from 'zod';
import { distributionSchema } from '../scenario/distribution-schema';
import { msSchema, positiveCountSchema, rateSchema } from '../scenario/common';

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
