/**
 * The external api kind: its parameters (zod schema) and palette info, without its behaviour,
 * so the page (palette, inspector, validation) can import it without bundling the engine. Behaviour: ./external-api.ts.
 */
import { z } from 'zod';
import { nodeBase, positiveCountSchema, probabilitySchema, rateSchema } from '../scenario/common';
import { distributionSchema } from '../scenario/distribution-schema';
import type { NodeKindInfo } from './registry';

export const externalApiSchema = z
  .strictObject({
    ...nodeBase,
    kind: z.literal('externalApi'),
    latency: distributionSchema.default({ type: 'lognormal', p50: 120, p99: 900 }).describe('Time the provider takes to answer, its network included (ms); heavy-tailed'),
    errorRate: probabilitySchema.default(0.01).describe('Share of calls the provider fails on its own (5xx)'),
    quotaPerSec: rateSchema.gt(0, 'quotaPerSec must be > 0 per second').optional().describe('Quota the provider enforces across all callers, in calls per second (token bucket); over it → 429. Omit for none'),
    quotaBurst: positiveCountSchema(1_000_000).optional().describe("Calls allowed at once above the quota rate (the bucket size); default one second's worth"),
    failureMode: z
      .enum(['error', 'hang'])
      .default('error')
      .describe("How a failing call ends: 'error' answers 5xx (after its latency; at once in an outage), 'hang' never answers, so only the caller's timeout ends it"),
  })
  .describe('Third-party API: heavy-tailed latency, its own errors, outages, a quota across all callers');
export type ExternalApiParams = z.infer<typeof externalApiSchema>;

export const externalApiInfo: NodeKindInfo = {
  title: 'Third-party API',
  category: 'edge',
  summary: "Someone else's service across the internet: slow tail, its own errors and outages, a quota shared by all callers.",
  callable: true,
  broker: false,
  caller: false,
  faultable: true,
  accent: '#D55E00',
};
