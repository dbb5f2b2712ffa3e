/**
 * Topic (pub/sub): every subscriber gets its own copy in its own backlog, so a slow subscriber
 * builds its own lag without holding the others back.
 */
import type { Message, MessageSink } from '../core/types';
import type { RunContext } from '../run/context';
import { Backlog } from './backlog';
import type { TopicParams } from './topic.schema';

export { topicSchema, type TopicParams } from './topic.schema';

export class Topic implements MessageSink {
  /** One backlog per subscribing node, keyed `${topicId}:${subscriberId}`. */
  readonly subscriptions: Backlog[] = [];
  published = 0;

  constructor(
    readonly id: string,
    readonly params: TopicParams,
    private readonly ctx: RunContext,
  ) {}

  /** A second subscribe link into the same node joins that node's subscription as another consumer. */
  subscribe(subscriberId: string): Backlog {
    const id = `${this.id}:${subscriberId}`;
    const existing = this.subscriptions.find((s) => s.id === id);
    if (existing) return existing;
    const b = new Backlog(id, this.params, this.ctx);
    this.subscriptions.push(b);
    return b;
  }

  publish(msg: Message, now: number): boolean {
    if (msg.counted) this.published++;
    for (const b of this.subscriptions) b.publish({ ...msg }, now);
    return true;
  }
}
