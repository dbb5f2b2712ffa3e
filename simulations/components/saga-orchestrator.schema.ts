/**
 * The saga orchestrator kind: its parameters (zod schema) and palette info, without its behaviour,
 * so the page (palette, inspector, validation) can import it without bundling the engine. Behaviour: ./saga-orchestrator.ts.
 */
import { z } from 'zod';
import { countSchema, msSchema, nodeBase } from '../scenario/common';
import { sagaStepSchema } from './saga-steps';
import type { NodeKindInfo } from './registry';

export const sagaOrchestratorSchema = z
  .strictObject({
    ...nodeBase,
    kind: z.literal('sagaOrchestrator'),
    steps: z
      .array(sagaStepSchema)
      .max(20, 'at most 20 steps')
      .default([])
      .describe("The steps in the order they run, with the operation of each and of its undo. REST links to nodes not listed run after these, in link order"),
    stepOverheadMs: msSchema.default(1).describe("The orchestrator's own work before each call: writing the saga's state to its log (ms)"),
    compensationRetries: countSchema(20).default(3).describe('Times a failed compensation is tried again before the saga is declared stuck'),
    compensationRetryDelayMs: msSchema.default(1000).describe('Wait before trying a failed compensation again'),
    compensateTimedOutStep: z.boolean().default(true).describe('A step that timed out may still have happened: undo it too'),
    aggregateType: z.string().min(1).max(60).default('order').describe('Names the lifecycle events: order.created, order.confirmed, order.cancelled, order.compensationFailed'),
  })
  .describe('Saga orchestrator: calls the steps in order; on a failure undoes the done ones in reverse');
export type SagaOrchestratorParams = z.infer<typeof sagaOrchestratorSchema>;

export const sagaOrchestratorInfo: NodeKindInfo = {
  title: 'Saga orchestrator',
  category: 'coordination',
  summary: 'Runs a distributed transaction step by step over its REST links; on a failure it undoes the done steps in reverse.',
  callable: true,
  broker: false,
  caller: true,
  faultable: true,
  accent: '#D55E00',
};
