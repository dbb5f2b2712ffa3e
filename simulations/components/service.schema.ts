/**
 * The service kind: its parameters (zod schema), without its behaviour,
 * so the page (palette, inspector, validation) can import it without bundling the engine. Behaviour: ./service.ts.
 */
import { z } from 'zod';
import { countSchema, nodeBase, positiveCountSchema, probabilitySchema } from '../scenario/common';
import { distributionSchema } from '../scenario/distribution-schema';

export const serviceSchema = z
  .strictObject({
    ...nodeBase,
    kind: z.literal('service'),
    workers: positiveCountSchema(100_000).default(1).describe('Requests processed at once (c)'),
    queueCapacity: countSchema(10_000_000).optional().describe('Requests that may wait for a worker; beyond it arrivals are rejected. Omit for unbounded'),
    serviceTime: distributionSchema.default({ type: 'exponential', mean: 10 }).describe('Own work per request (ms)'),
    operations: z.record(z.string(), distributionSchema).optional().describe('Service time per operation name, overriding serviceTime'),
    errorRate: probabilitySchema.default(0).describe('Share of requests whose own work fails'),
    callMode: z.enum(['sequential', 'parallel']).default('sequential').describe('How outgoing synchronous calls are made'),
    callsHoldWorker: z.boolean().default(true).describe('A worker stays busy while waiting on downstream calls'),
  })
  .describe('Service: workers, a waiting line, its own work, then calls to others');
export type ServiceParams = z.infer<typeof serviceSchema>;
