/**
 * The batch job kind: its parameters (zod schema) and palette info, without its behaviour,
 * so the page (palette, inspector, validation) can import it without bundling the engine. Behaviour: ./batch-job.ts.
 */
import { z } from 'zod';
import { msSchema, nodeBase, positiveCountSchema } from '../scenario/common';
import type { NodeKindInfo } from './registry';

export const batchJobSchema = z
  .strictObject({
    ...nodeBase,
    kind: z.literal('batchJob'),
    intervalMs: msSchema.min(100, 'intervalMs must be ≥ 100 ms').default(60_000).describe('Time between runs (a nightly job, scaled down)'),
    offsetMs: msSchema.optional().describe('First run at this time (default: one interval after the start)'),
    setupMs: msSchema.default(500).describe('Fixed cost of a run: connect, query, open files (ms)'),
    extractMsPerRecord: msSchema.default(0.2).describe('Reading one changed record from the source (ms)'),
    transformMsPerRecord: msSchema.default(0.5).describe('Transforming one record (ms)'),
    chunkSize: positiveCountSchema(1_000_000).default(500).describe('Records per load call into the target'),
  })
  .describe('Batch / ETL job: extract changes on a schedule, transform, load into a target');
export type BatchJobParams = z.infer<typeof batchJobSchema>;

export const batchJobInfo: NodeKindInfo = {
  title: 'Batch / ETL job',
  category: 'data',
  summary: 'On a schedule: extract what changed, transform it, load it into a target. The copy is as old as the last run.',
  callable: false,
  broker: 'topic',
  caller: true,
  faultable: false,
  accent: '#F0E442',
  sinkOnly: true,
};
