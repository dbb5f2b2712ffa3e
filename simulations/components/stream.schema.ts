/**
 * The stream kind: its parameters (zod schema) and palette info, without its behaviour,
 * so the page (palette, inspector, validation) can import it without bundling the engine. Behaviour: ./stream.ts.
 */
import { z } from 'zod';
import { msSchema, nodeBase, positiveCountSchema } from '../scenario/common';
import type { NodeKindInfo } from './registry';

export const streamSchema = z
  .strictObject({
    ...nodeBase,
    kind: z.literal('stream'),
    partitions: positiveCountSchema(1000).default(6).describe('Partitions: a key always goes to the same one; a group reads each in order, one message at a time'),
    retentionMs: msSchema.min(1, 'retentionMs must be ≥ 1 ms').optional().describe('Messages older than this are deleted, read or not (checked every window). Omit to keep until every group has read them'),
    retryDelayMs: msSchema.default(1000).describe('After a consumer failure the same message is retried after this delay; its partition waits (order is kept)'),
    replayAtMs: msSchema.optional().describe('At this time every consumer group rewinds to the earliest retained message (a replay)'),
  })
  .describe('Event stream: partitioned log, per-key order, consumer groups, retention, replay');
export type StreamParams = z.infer<typeof streamSchema>;

export const streamInfo: NodeKindInfo = {
  title: 'Event stream',
  category: 'messaging',
  summary: 'Partitioned log: per-key order, consumer groups with their own offsets, retention, replay.',
  callable: false,
  broker: 'topic',
  caller: false,
  faultable: false,
  accent: '#56B4E9',
};
