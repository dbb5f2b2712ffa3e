/** Event store on the canvas: snapshots, rebuild and retries in the summary; events, conflicts and rebuilds as badges. */
import type { DocNode } from '@/lib/scenario-doc/types';
import { seconds } from './batch-job';
import type { PatternUi } from './registry';

type EventStoreDoc = Extract<DocNode, { kind: 'eventStore' }>;

export const eventStoreUi: PatternUi = {
  summary(node) {
    const e = node as EventStoreDoc;
    const every = e.snapshotEvery ?? 0;
    // Most telling first: the node is narrow and the line is cut at its edge.
    const parts = [every > 0 ? `snapshot every ${every}` : 'no snapshots'];
    if (e.rebuildAtMs !== undefined) parts.push(`rebuild @${seconds(e.rebuildAtMs)}`);
    parts.push(`≤ ${e.maxRetries ?? 3} retries`);
    return parts.join(' · ');
  },
  badges: [
    { metric: 'events', label: 'events' },
    { metric: 'conflicts', label: 'conflicts', warnAbove: 0 },
    { metric: 'rebuildingMs', label: 'rebuilding', warnAbove: 0 },
    { metric: 'lastRebuildMs', label: 'last rebuild' },
  ],
};
