/**
 * The gateway kind: its parameters (zod schema) and palette info, without its behaviour,
 * so the page (palette, inspector, validation) can import it without bundling the engine. Behaviour: ./gateway.ts.
 */
import { z } from 'zod';
import { idSchema, nodeBase, positiveCountSchema, probabilitySchema, rateSchema } from '../scenario/common';
import { distributionSchema } from '../scenario/distribution-schema';
import type { NodeKindInfo } from './registry';

const limitSchema = z.strictObject({
  refillPerSec: rateSchema.gt(0, 'refillPerSec must be > 0 per second').describe('Requests per second the client may make'),
  capacity: positiveCountSchema(1_000_000).describe('Bucket size: the burst it may make above that rate'),
});

export const gatewaySchema = z
  .strictObject({
    ...nodeBase,
    kind: z.literal('gateway'),
    processingTime: distributionSchema.default({ type: 'lognormal', p50: 1, p99: 5 }).describe('Its own work per request, added to every call: TLS, plugins, routing (ms)'),
    badCredentialsShare: probabilitySchema.default(0).describe('Share of requests with missing or bad credentials: answered 401 at the edge, never forwarded'),
    rateLimitPerSec: rateSchema.gt(0, 'rateLimitPerSec must be > 0 per second').optional().describe('Per-client limit: each client gets its own token bucket refilled at this rate; over it → 429. Omit for no limit'),
    rateLimitBurst: positiveCountSchema(1_000_000).default(10).describe('Bucket size of that per-client limit: the burst a client may make above the rate'),
    clientLimits: z.record(idSchema, limitSchema).optional().describe('Limits for named clients (by client id), instead of the per-client limit above: e.g. a partner on a smaller plan'),
    maxInFlight: positiveCountSchema(1_000_000).optional().describe('Requests it handles at once; beyond it new ones are rejected (503). Omit for no limit'),
  })
  .describe('API gateway: each REST link leaving it serves a path prefix — its label (e.g. "/api/users") or else "/api/<id of the node it calls>"; "/" serves everything');
export type GatewayParams = z.infer<typeof gatewaySchema>;

export const gatewayInfo: NodeKindInfo = {
  title: 'API gateway',
  category: 'edge',
  summary: 'One door for every client: authentication (401), per-client rate limits (429), routing by path, a little added latency.',
  callable: true,
  broker: false,
  caller: true,
  faultable: true,
  accent: '#56B4E9',
};
