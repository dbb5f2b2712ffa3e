/** Two-phase commit coordinator on the canvas: its timeouts in the summary; outcomes and what is held in doubt as badges. */
import type { DocNode } from '@/lib/scenario-doc/types';
import { formatMs } from '@/components/run/format';
import type { PatternUi } from './registry';

type CoordinatorDoc = Extract<DocNode, { kind: 'twoPhaseCoordinator' }>;

export const twoPhaseCoordinatorUi: PatternUi = {
  summary(node) {
    const c = node as CoordinatorDoc;
    return `PREPARE all → COMMIT or ABORT · wait ${formatMs(c.timeoutMs ?? 10_000)} for votes`;
  },
  badges: [
    { metric: 'committed', label: 'committed' },
    { metric: 'aborted', label: 'aborted', warnAbove: 0 },
    { metric: 'inDoubt', label: 'in doubt' },
    { metric: 'locksHeld', label: 'rows locked in doubt' },
  ],
};
