/**
 * Publish / enqueue link: the producer hands a domain event to a topic or queue after network
 * latency. While the link is cut (partition or outage) messages wait in the producer's outbox
 * and go out when it heals, so nothing is lost — lag grows instead.
 */
import { z } from 'zod';
import type { EventTarget } from '../core/kernel';
import { createSampler, type Sampler } from '../core/distributions';
import { NO_REPLY, type Message, type MessageSink, type Replier, type Request } from '../core/types';
import type { Outlet } from '../components/outlet';
import { EventFactory } from '../events/domain-event';
import { writeLedgerOf, type WriteLedger } from '../events/write-ledger';
import type { FaultState } from '../faults/fault-state';
import { LinkStats } from '../metrics/link-stats';
import type { RunContext } from '../run/context';
import { NO_SPAN, type Recording } from '../trace/recording';
import { linkBase, probabilitySchema } from '../scenario/common';
import { distributionSchema } from '../scenario/distribution-schema';

const produceFields = {
  ...linkBase,
  latency: distributionSchema.default({ type: 'constant', value: 1 }).describe('Network delay to the broker (ms)'),
  probability: probabilitySchema.default(1).describe('Chance an event is produced for a request'),
  weight: z.number().finite().min(0).max(1e6).default(1).describe("Share of a client's traffic when it has several links"),
  eventType: z.string().min(1).max(120).default('entity.updated').describe('Domain event type, e.g. "user.registered"'),
  aggregateType: z.string().min(1).max(60).default('entity').describe('e.g. "user"'),
  data: z
    .record(z.string(), z.union([z.string().max(500), z.number(), z.boolean()]))
    .optional()
    .describe('Event payload; strings may use {aggregateId}, {key}, {timestamp}, {requestId}, {op}'),
};

export const publishLinkSchema = z.strictObject({ ...produceFields, kind: z.literal('publish') }).describe('Publish an event to a topic');
export const enqueueLinkSchema = z.strictObject({ ...produceFields, kind: z.literal('enqueue') }).describe('Send a message to a queue');
export type ProduceLinkParams = z.infer<typeof publishLinkSchema> | z.infer<typeof enqueueLinkSchema>;

interface Pending {
  msg: Message;
  caller: Replier;
  /** A traced producer waiting for the broker's acknowledgement. */
  rec: Recording | undefined;
  span: number;
}

const DELIVER = 0;

export class ProduceLink implements EventTarget, Outlet {
  readonly sync = false;
  readonly fallback = false;
  readonly stats = new LinkStats();
  private readonly latency: Sampler;
  private readonly events: EventFactory;
  private readonly fault: FaultState;
  /** Acknowledged writes per aggregate, for read models' stale-read check (records only when a read model exists). */
  private readonly writes: WriteLedger;
  private outbox: Pending[] = [];

  constructor(
    readonly id: string,
    readonly params: ProduceLinkParams,
    private readonly sink: MessageSink,
    private readonly ctx: RunContext,
  ) {
    this.latency = createSampler(params.latency, ctx.stream(`${id}/latency`));
    this.events = new EventFactory(params.from);
    this.fault = ctx.faults(id);
    this.writes = writeLedgerOf(ctx.shared);
    this.fault.onHeal.push(() => this.flush());
  }

  /** The node at the other end. */
  get to(): string {
    return this.params.to;
  }

  get weight(): number {
    return this.params.weight;
  }
  get probability(): number {
    return this.params.probability;
  }

  call(req: Request, caller: Replier, now: number): void {
    if (req.counted) {
      this.stats.calls++;
      this.stats.attempts++;
    }
    this.stats.w[0]++;
    const event = this.events.create(req.eventType === undefined ? this.params : { ...this.params, eventType: req.eventType }, req, now);
    // A consumed message passes its origin on, so lag is measured end to end along the chain.
    const originAt = req.event ? req.originAt : now;
    // The producer's write is acknowledged now (its outbox holds the event): a read model that has
    // not applied it yet serves stale reads of this aggregate from here on.
    this.writes.record(event.aggregateType, req.key, originAt);
    const msg: Message = { event, originAt, enqueuedAt: now, counted: req.counted, key: req.key, receiveCount: 0, receipt: 0, state: 'visible' };
    const p: Pending = { msg, caller, rec: undefined, span: NO_SPAN };
    if (req.trace !== undefined) this.tracePublish(p, req.trace, now);
    if (this.fault.cut) this.outbox.push(p);
    else this.ctx.kernel.schedule(now + this.latency() + this.fault.extraMs, this, DELIVER, p);
  }

  onEvent(_kind: number, data: unknown, now: number): void {
    const p = data as Pending;
    if (this.fault.cut) {
      this.outbox.push(p);
      return;
    }
    const accepted = this.sink.publish(p.msg, now);
    if (accepted) this.ctx.eventLog.append(p.msg.event);
    const outcome = accepted ? 'ok' : 'rejected';
    this.stats.onAttemptEnd(p.msg.counted, outcome);
    p.rec?.close(p.span, now, outcome, accepted ? undefined : 'the broker refused it (full)');
    p.caller.reply(outcome, false, now);
  }

  /**
   * Fire-and-forget (a service's events after its write): a zero-length mark, the message is not
   * followed. A client publishing directly waits for the broker, so that is a span until it answers.
   */
  private tracePublish(p: Pending, rec: Recording, now: number): void {
    const name = `publish ${p.msg.event.type}`;
    const held = this.fault.cut ? ' (held in the outbox: link cut)' : '';
    if (p.caller === NO_REPLY) {
      rec.add(rec.parent, name, 'publish', this.id, now, now, `fire-and-forget to ${this.params.to}${held}`);
      return;
    }
    p.rec = rec;
    p.span = rec.open(rec.parent, name, 'publish', this.id, now);
    rec.annotate(p.span, undefined, `to ${this.params.to}${held}`);
  }

  private flush(): void {
    const now = this.ctx.kernel.now;
    const held = this.outbox;
    this.outbox = [];
    for (const p of held) this.ctx.kernel.schedule(now + this.latency(), this, DELIVER, p);
  }

  get outboxSize(): number {
    return this.outbox.length;
  }

  window(): number[] {
    return this.stats.window(0, 0);
  }
}
