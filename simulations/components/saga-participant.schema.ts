/**
 * The saga participant kind: its parameters (zod schema) and palette info, without its behaviour,
 * so the page (palette, inspector, validation) can import it without bundling the engine. Behaviour: ./saga-participant.ts.
 */
import { z } from 'zod';
import { countSchema, nodeBase, probabilitySchema } from '../scenario/common';
import { distributionSchema } from '../scenario/distribution-schema';
import type { NodeKindInfo } from './registry';

const eventName = z.string().min(1, 'an event type must not be empty').max(120, 'an event type must be at most 120 characters');

export const sagaParticipantSchema = z
  .strictObject({
    ...nodeBase,
    kind: z.literal('sagaParticipant'),
    triggerEvent: eventName.optional().describe('The event that makes it do its step, e.g. "order.created". Leave empty for the first participant: a REST call starts the saga there'),
    successEvent: eventName.default('step.completed').describe('Published when its step succeeds, e.g. "inventory.reserved"'),
    failureEvent: eventName.default('step.failed').describe('Published when its step fails: the others undo theirs, e.g. "payment.failed"'),
    compensateOn: z
      .string()
      .max(500)
      .optional()
      .describe('Events that make it undo its step, comma-separated, e.g. "payment.failed, payment.refunded". Leave empty for a step that is never undone'),
    compensatedEvent: eventName.default('step.compensated').describe('Published when it has undone its step, e.g. "inventory.released"'),
    completesSaga: z.boolean().default(false).describe('Its success completes the saga (the last step)'),
    serviceTime: distributionSchema.default({ type: 'exponential', mean: 10 }).describe('Its own step (ms)'),
    compensationTime: distributionSchema.optional().describe('Undoing its step (ms); as the step when not set'),
    failureRate: probabilitySchema.default(0).describe('Share of steps that fail: out of stock, card declined'),
    compensationRetries: countSchema(20).default(3).describe('A failed undo is tried again (redelivered) this many times; then the saga is stuck'),
  })
  .describe('Saga participant: does its step when its trigger event arrives, announces the outcome, undoes on a compensation event');
export type SagaParticipantParams = z.infer<typeof sagaParticipantSchema>;

export const sagaParticipantInfo: NodeKindInfo = {
  title: 'Saga participant',
  category: 'coordination',
  summary: 'A service in a choreographed saga: reacts to an event with its step, announces the outcome, undoes its step on a compensation event.',
  callable: true,
  broker: false,
  caller: true,
  faultable: true,
  accent: '#009E73',
};
