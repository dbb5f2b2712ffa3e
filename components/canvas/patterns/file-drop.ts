/** File drop on the canvas: both schedules in the summary; staleness and quarantined files as badges. */
import type { DocNode } from '@/lib/scenario-doc/types';
import { seconds } from './batch-job';
import type { PatternUi } from './registry';

type FileDropDoc = Extract<DocNode, { kind: 'fileDrop' }>;

export const fileDropUi: PatternUi = {
  summary(node) {
    const f = node as FileDropDoc;
    return `file every ${seconds(f.dropIntervalMs ?? 30_000)} · poll every ${seconds(f.pollIntervalMs ?? 10_000)}`;
  },
  badges: [
    { metric: 'stalenessMs', label: 'stale', format: seconds },
    { metric: 'quarantined', label: 'quarantined', warnAbove: 0 },
  ],
};
