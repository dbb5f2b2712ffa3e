/** Read model on the canvas: apply time in the summary; stale reads and how far behind it is as badges. */
import { describeDistribution, type Distribution } from '@/simulations/index';
import type { DocNode } from '@/lib/scenario-doc/types';
import { formatPercent } from '@/components/run/format';
import type { PatternUi } from './registry';

type ReadModelDoc = Extract<DocNode, { kind: 'readModel' }>;

export const readModelUi: PatternUi = {
  summary(node) {
    const r = node as ReadModelDoc;
    const apply = describeDistribution((r.applyTime ?? { type: 'constant', value: 2 }) as Distribution);
    return `apply ${apply}${r.aggregateType ? ` · reads ${r.aggregateType}` : ''}`;
  },
  badges: [
    // Over the last two windows: "how many reads are stale right now".
    { metric: 'staleShare', label: 'stale', warnAbove: 0.01, format: formatPercent },
    { metric: 'staleReads', label: 'stale reads' },
    { metric: 'lagMs', label: 'behind' },
    { metric: 'eventsApplied', label: 'applied' },
  ],
};
