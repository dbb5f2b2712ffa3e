/**
 * The read model kind: its parameters (zod schema) and palette info, without its behaviour,
 * so the page (palette, inspector, validation) can import it without bundling the engine. Behaviour: ./read-model.ts.
 */
import { z } from 'zod';
import { nodeBase } from '../scenario/common';
import { distributionSchema } from '../scenario/distribution-schema';
import type { NodeKindInfo } from './registry';

export const readModelSchema = z
  .strictObject({
    ...nodeBase,
    kind: z.literal('readModel'),
    applyTime: distributionSchema.default({ type: 'constant', value: 2 }).describe('Time to apply one event to the view (ms). The subscription hands over one event at a time per consumer slot'),
    queryTime: distributionSchema.default({ type: 'exponential', mean: 2 }).describe('Time to answer one query from the view (ms)'),
    aggregateType: z
      .string()
      .min(1)
      .max(60)
      .optional()
      .describe('Aggregate its queries read, e.g. "user": a query for key 17 reads "user-17". Omit to compare with writes of every aggregate type'),
  })
  .describe('Read model (CQRS projection): updated from events, answers queries; counts stale reads and measures lag');
export type ReadModelParams = z.infer<typeof readModelSchema>;

export const readModelInfo: NodeKindInfo = {
  title: 'Read model',
  category: 'data',
  summary: 'CQRS projection: updated from events, answers queries; stale reads and consistency lag.',
  callable: true,
  broker: false,
  caller: false,
  faultable: true,
  accent: '#009E73',
};
