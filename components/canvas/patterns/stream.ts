/** Event stream on the canvas: partitions and retention in the summary, the worst partition lag as a badge. */
import type { DocNode } from '@/lib/scenario-doc/types';
import type { PatternUi } from './registry';

type StreamDoc = Extract<DocNode, { kind: 'stream' }>;

export const streamUi: PatternUi = {
  summary(node) {
    const s = node as StreamDoc;
    const parts = [`${s.partitions ?? 6} partitions`];
    parts.push(s.retentionMs === undefined ? 'kept until read' : `retain ${s.retentionMs >= 1000 ? `${s.retentionMs / 1000} s` : `${s.retentionMs} ms`}`);
    if (s.replayAtMs !== undefined) parts.push(`replay @${s.replayAtMs / 1000} s`);
    return parts.join(' · ');
  },
  badges: [{ metric: 'maxPartitionLag', label: 'max lag', warnAbove: 100 }],
};
