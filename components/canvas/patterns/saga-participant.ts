/** Saga participant on the canvas: the event it reacts to and the one it announces; its steps as badges. */
import type { DocNode } from '@/lib/scenario-doc/types';
import type { PatternUi } from './registry';

type ParticipantDoc = Extract<DocNode, { kind: 'sagaParticipant' }>;

export const sagaParticipantUi: PatternUi = {
  summary(node) {
    const p = node as ParticipantDoc;
    const parts = [`${p.triggerEvent ?? 'REST call'} → ${p.successEvent ?? 'step.completed'}`];
    if (p.failureRate) parts.push(`fails ${+(p.failureRate * 100).toFixed(1)} %`);
    if (p.completesSaga) parts.push('last step');
    else if (p.compensateOn?.trim()) parts.push(`undo → ${p.compensatedEvent ?? 'step.compensated'}`);
    return parts.join(' · ');
  },
  badges: [
    { metric: 'done', label: 'done' },
    { metric: 'failed', label: 'failed' },
    { metric: 'undone', label: 'undone' },
    { metric: 'stuck', label: 'stuck', warnAbove: 0 },
  ],
};
