/** Saga orchestrator on the canvas: its steps in run order in the summary; how sagas end as badges. */
import type { DocNode } from '@/lib/scenario-doc/types';
import type { PatternUi } from './registry';

type OrchestratorDoc = Extract<DocNode, { kind: 'sagaOrchestrator' }>;

export const sagaOrchestratorUi: PatternUi = {
  summary(node) {
    const o = node as OrchestratorDoc;
    const steps = (o.steps ?? []).map((s) => s.to);
    // Unlisted REST links run after the listed steps (saga-steps.ts); the canvas line names the listed ones.
    const order = steps.length > 0 ? steps.join(' → ') : 'its REST links in order';
    return `${order} · undo retried ${o.compensationRetries ?? 3}×`;
  },
  badges: [
    { metric: 'inProgress', label: 'in progress' },
    { metric: 'completed', label: 'completed' },
    { metric: 'compensated', label: 'compensated' },
    { metric: 'stuck', label: 'stuck', warnAbove: 0 },
  ],
};
