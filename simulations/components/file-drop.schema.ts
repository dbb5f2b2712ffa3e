/**
 * The file drop kind: its parameters (zod schema) and palette info, without its behaviour,
 * so the page (palette, inspector, validation) can import it without bundling the engine. Behaviour: ./file-drop.ts.
 */
import { z } from 'zod';
import { msSchema, nodeBase, probabilitySchema } from '../scenario/common';
import type { NodeKindInfo } from './registry';

export const fileDropSchema = z
  .strictObject({
    ...nodeBase,
    kind: z.literal('fileDrop'),
    dropIntervalMs: msSchema.min(100, 'dropIntervalMs must be ≥ 100 ms').default(30_000).describe('The producer writes a file with the records since the last one at this interval'),
    pollIntervalMs: msSchema.min(100, 'pollIntervalMs must be ≥ 100 ms').default(10_000).describe('The consumer looks for new files at this interval'),
    partialShare: probabilitySchema.default(0).describe('Share of files still being written when first seen: skipped until the next poll'),
    corruptShare: probabilitySchema.default(0).describe('Share of files that fail validation: quarantined, their records re-sent in the next file'),
  })
  .describe('File-based exchange: files dropped on a schedule, picked up by polling');
export type FileDropParams = z.infer<typeof fileDropSchema>;

export const fileDropInfo: NodeKindInfo = {
  title: 'File drop',
  category: 'data',
  summary: 'Files written on a schedule and picked up by polling: simple, decoupled, and as stale as both intervals.',
  callable: false,
  broker: 'topic',
  caller: false,
  faultable: false,
  accent: '#999999',
};
