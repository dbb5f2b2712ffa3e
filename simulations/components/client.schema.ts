/**
 * The client kind: its parameters (zod schema), without its behaviour,
 * so the page (palette, inspector, validation) can import it without bundling the engine. Behaviour: ./client.ts.
 */
import { z } from 'zod';
import { msSchema, nodeBase, positiveCountSchema } from '../scenario/common';
import { trafficSchema } from './traffic.schema';

export const operationSchema = z.strictObject({
  name: z.string().min(1).max(120).describe('e.g. "GET /api/users/{id}" or "POST /api/users"'),
  weight: z.number().finite().min(0, 'weight must be ≥ 0').max(1e6).default(1),
});

export const clientSchema = z
  .strictObject({
    ...nodeBase,
    kind: z.literal('client'),
    traffic: trafficSchema,
    operations: z.array(operationSchema).min(1, 'a client needs at least one operation').max(50).default([{ name: 'GET /api/users/{id}', weight: 1 }]),
    keySpace: positiveCountSchema(1e9).default(1000).describe('Requests touch entities 1..keySpace, uniformly'),
    startAtMs: msSchema.default(0),
    stopAtMs: msSchema.optional().describe('No new requests after this time'),
  })
  .describe('Client: sends requests');
export type ClientParams = z.infer<typeof clientSchema>;
