/** Message queue (point-to-point): consumers compete for messages; at-least-once, with a dead-letter step. */
import type { RunContext } from '../run/context';
import { Backlog } from './backlog';
import type { QueueParams } from './queue.schema';

export { brokerFields, queueSchema, type QueueParams } from './queue.schema';

export class Queue {
  readonly backlog: Backlog;

  constructor(
    readonly id: string,
    readonly params: QueueParams,
    ctx: RunContext,
  ) {
    this.backlog = new Backlog(id, params, ctx);
  }
}
