/**
 * Consume / subscribe link: how a queue or topic subscription hands messages to a consuming
 * node. `concurrency` is the number of messages the consumer works on at once (its pollers).
 */
import { z } from 'zod';
import type { EventTarget } from '../core/kernel';
import { createSampler, type Sampler } from '../core/distributions';
import type { Message, Outcome, Replier, Request, SyncCallee } from '../core/types';
import type { Consumer } from '../components/backlog';
import type { FaultState } from '../faults/fault-state';
import { LinkStats } from '../metrics/link-stats';
import type { RunContext } from '../run/context';
import { linkBase, positiveCountSchema } from '../scenario/common';
import { distributionSchema } from '../scenario/distribution-schema';

const deliverFields = {
  ...linkBase,
  latency: distributionSchema.default({ type: 'constant', value: 1 }).describe('Delay from broker to consumer (ms)'),
  concurrency: positiveCountSchema(10_000).default(1).describe('Messages this consumer processes at once'),
};

export const consumeLinkSchema = z.strictObject({ ...deliverFields, kind: z.literal('consume') }).describe('A consumer taking messages from a queue');
export const subscribeLinkSchema = z.strictObject({ ...deliverFields, kind: z.literal('subscribe') }).describe('A subscriber receiving copies from a topic');
export type DeliverLinkParams = z.infer<typeof consumeLinkSchema> | z.infer<typeof subscribeLinkSchema>;

/** A delivered message on its way to, and inside, the consumer. */
class InTransit implements Replier {
  constructor(
    readonly link: DeliverLink,
    readonly req: Request,
    readonly lease: Replier,
  ) {}

  reply(outcome: Outcome, degraded: boolean, now: number): void {
    this.link.stats.onAttemptEnd(this.req.counted, outcome);
    this.lease.reply(outcome, degraded, now);
  }
}

const ARRIVE = 0;

export class DeliverLink implements EventTarget, Consumer {
  readonly stats = new LinkStats();
  busy = 0;
  private readonly latency: Sampler;
  private readonly fault: FaultState;

  constructor(
    readonly id: string,
    readonly params: DeliverLinkParams,
    private readonly target: SyncCallee,
    private readonly ctx: RunContext,
  ) {
    this.latency = createSampler(params.latency, ctx.stream(`${id}/latency`));
    this.fault = ctx.faults(id);
  }

  get concurrency(): number {
    return this.params.concurrency;
  }
  get targetId(): string {
    return this.target.id;
  }

  reachable(): boolean {
    return !this.fault.cut;
  }

  deliver(msg: Message, from: string, lease: Replier, now: number): void {
    const req: Request = {
      id: this.ctx.nextRequestId(),
      op: msg.event.type,
      origin: from,
      createdAt: now,
      counted: msg.counted,
      key: msg.key,
      originAt: msg.originAt,
      event: msg.event,
      // Consumed messages are not traced: a trace follows one client request, and stops at its publish.
      trace: undefined,
    };
    if (msg.counted) {
      this.stats.calls++;
      this.stats.attempts++;
    }
    this.stats.w[0]++;
    this.ctx.kernel.schedule(now + this.latency() + this.fault.extraMs, this, ARRIVE, new InTransit(this, req, lease));
  }

  onEvent(_kind: number, data: unknown, now: number): void {
    const t = data as InTransit;
    this.target.accept(t.req, t, now);
  }

  window(): number[] {
    return this.stats.window(0, 0);
  }
}
