/** Database on the canvas: pool, transaction length and table in the summary; pool and lock pressure as badges. */
import type { DocNode } from '@/lib/scenario-doc/types';
import { distributionMean, type Distribution } from '@/simulations/index';
import { formatCount, formatMs, formatPercent } from '@/components/run/format';
import type { PatternUi } from './registry';

type DatabaseDoc = Extract<DocNode, { kind: 'database' }>;

export const databaseUi: PatternUi = {
  summary(node) {
    const d = node as DatabaseDoc;
    const tx = distributionMean((d.transactionTime ?? { type: 'exponential', mean: 10 }) as Distribution);
    // Short: the node shows one line. Pool size first, then what a write holds its locks for.
    const parts = [`pool ${d.connections ?? 10}`, `tx ~${formatMs(Math.round(tx))}`, `${formatCount(d.rows ?? 10_000)} rows`];
    if ((d.hotRowShare ?? 0) > 0) parts.push(`${formatPercent(d.hotRowShare!)} on ${d.hotRows ?? 10} hot`);
    return parts.join(' · ');
  },
  badges: [
    { metric: 'connectionsInUse', label: 'connections busy' },
    { metric: 'waitingForConnection', label: 'waiting for one', warnAbove: 0 },
    { metric: 'blockedOnLocks', label: 'blocked on a lock', warnAbove: 0 },
    { metric: 'locksHeld', label: 'rows locked' },
  ],
};
