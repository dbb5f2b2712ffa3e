/**
 * The two phase kind: its parameters (zod schema) and palette info, without its behaviour,
 * so the page (palette, inspector, validation) can import it without bundling the engine. Behaviour: ./two-phase.ts.
 */
import { z } from 'zod';
import { msSchema, nodeBase } from '../scenario/common';
import type { NodeKindInfo } from './registry';

export const twoPhaseCoordinatorSchema = z
  .strictObject({
    ...nodeBase,
    kind: z.literal('twoPhaseCoordinator'),
    decisionLogMs: msSchema.default(2).describe("Forcing the decision to the coordinator's log before phase two (ms)"),
    timeoutMs: msSchema.min(1, 'timeoutMs must be ≥ 1 ms').default(10_000).describe('How long it waits for a participant: a vote not in by then is a no (the transaction aborts); a decision not acknowledged by then is sent again (ms)'),
    retryDelayMs: msSchema.min(1, 'retryDelayMs must be ≥ 1 ms').default(1_000).describe('A participant that did not acknowledge the decision is sent it again after this delay (ms)'),
  })
  .describe('Two-phase commit coordinator: PREPARE to every participant, COMMIT if all vote yes, else ABORT');
export type TwoPhaseCoordinatorParams = z.infer<typeof twoPhaseCoordinatorSchema>;

export const twoPhaseCoordinatorInfo: NodeKindInfo = {
  title: 'Two-phase commit',
  category: 'coordination',
  summary: 'Coordinator: PREPARE to every participant, then COMMIT or ABORT. Participants hold their locks in doubt until it decides.',
  callable: true,
  broker: false,
  caller: true,
  faultable: true,
  accent: '#D55E00',
};
