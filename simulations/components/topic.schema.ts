/**
 * The topic kind: its parameters (zod schema), without its behaviour,
 * so the page (palette, inspector, validation) can import it without bundling the engine. Behaviour: ./topic.ts.
 */
import { z } from 'zod';
import { nodeBase } from '../scenario/common';
import { brokerFields } from './queue.schema';

export const topicSchema = z
  .strictObject({ ...nodeBase, kind: z.literal('topic'), ...brokerFields })
  .describe('Topic: fan-out of each event to every subscriber');
export type TopicParams = z.infer<typeof topicSchema>;
