/** Batch / ETL job on the canvas: its schedule in the summary, the target's staleness as a badge. */
import type { DocNode } from '@/lib/scenario-doc/types';
import type { PatternUi } from './registry';

type BatchDoc = Extract<DocNode, { kind: 'batchJob' }>;

export const seconds = (ms: number) => (ms >= 60_000 ? `${+(ms / 60_000).toFixed(1)} min` : ms >= 1000 ? `${+(ms / 1000).toFixed(1)} s` : `${ms} ms`);

export const batchJobUi: PatternUi = {
  summary(node) {
    const b = node as BatchDoc;
    return `every ${seconds(b.intervalMs ?? 60_000)} · chunks of ${b.chunkSize ?? 500}`;
  },
  badges: [{ metric: 'stalenessMs', label: 'stale', format: seconds }],
};
