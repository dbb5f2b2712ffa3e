/**
 * The queue kind: its parameters (zod schema), without its behaviour,
 * so the page (palette, inspector, validation) can import it without bundling the engine. Behaviour: ./queue.ts.
 */
import { z } from 'zod';
import { countSchema, idSchema, msSchema, nodeBase } from '../scenario/common';

export const brokerFields = {
  visibilityTimeoutMs: msSchema.default(30_000).describe('A delivered message that is not acknowledged in this time is delivered again (0 = never)'),
  maxReceives: countSchema(1000).default(5).describe('Receives before a message is dead-lettered (0 = never)'),
  retryDelayMs: msSchema.default(1000).describe('After a consumer failure the message is visible again after this delay'),
};

export const queueSchema = z
  .strictObject({
    ...nodeBase,
    kind: z.literal('queue'),
    capacity: countSchema(100_000_000).optional().describe('Messages held at most (waiting + in flight); more are rejected. Omit for unbounded'),
    deadLetterQueue: idSchema.optional().describe('Queue node that receives dead-lettered messages'),
    ...brokerFields,
  })
  .describe('Message queue: competing consumers, redelivery, dead letters');
export type QueueParams = z.infer<typeof queueSchema>;
