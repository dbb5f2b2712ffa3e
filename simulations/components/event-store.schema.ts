/**
 * The event store kind: its parameters (zod schema) and palette info, without its behaviour,
 * so the page (palette, inspector, validation) can import it without bundling the engine. Behaviour: ./event-store.ts.
 */
import { z } from 'zod';
import { countSchema, msSchema, nodeBase } from '../scenario/common';
import { distributionSchema } from '../scenario/distribution-schema';
import type { NodeKindInfo } from './registry';

export const eventStoreSchema = z
  .strictObject({
    ...nodeBase,
    kind: z.literal('eventStore'),
    commandTime: distributionSchema
      .default({ type: 'exponential', mean: 10 })
      .describe("From reading an aggregate's version to appending its event: load it, decide (ms). Another append to the same aggregate in this window makes this one conflict"),
    maxRetries: countSchema(20).default(3).describe('After a conflict the command re-reads the aggregate and tries again, this many times at most; then it fails'),
    eventType: z.string().min(1).max(120).default('user.registered').describe('Event a command appends, e.g. "user.registered"; PUT/PATCH append "<aggregate>.updated", DELETE "<aggregate>.deleted"'),
    aggregateType: z.string().min(1).max(60).default('user').describe('Aggregate type: a request for key 17 writes the stream "user-17"'),
    snapshotEvery: countSchema(1_000_000_000).default(0).describe('A snapshot of the state every N events stored; a rebuild starts from the latest one. 0: no snapshots'),
    snapshotLoadMs: msSchema.default(50).describe('Time to load the snapshot a rebuild starts from (ms)'),
    replayMsPerEvent: msSchema.max(10_000).default(1).describe('Time to read and apply one event during a rebuild (ms)'),
    rebuildAtMs: msSchema.optional().describe('At this time the state is rebuilt from the log (a restart): latest snapshot, then every event after it. Commands wait meanwhile'),
    rebuildEveryMs: msSchema.min(1000, 'rebuildEveryMs must be ≥ 1000 ms').optional().describe('Rebuild again at this interval after the first rebuild'),
    retryDelayMs: msSchema.default(500).describe('A subscriber that fails an event gets it again after this delay; its subscription waits (order is kept)'),
  })
  .describe('Event store: appends with an expected version (conflicts, retries), subscriptions in order, rebuilds from snapshots');
export type EventStoreParams = z.infer<typeof eventStoreSchema>;

export const eventStoreInfo: NodeKindInfo = {
  title: 'Event store',
  category: 'data',
  summary: 'Event sourcing: appends with an expected version (conflicts retried), ordered subscriptions, rebuilds from snapshots.',
  callable: true,
  broker: 'topic',
  caller: false,
  faultable: true,
  accent: '#E69F00',
};
