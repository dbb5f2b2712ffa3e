/**
 * The broker core shared by queues and topic subscriptions: at-least-once delivery to competing
 * consumers, with SQS-style visibility timeouts, redelivery after a consumer failure, and a
 * dead-letter step once a message has been received `maxReceives` times.
 */
import type { EventTarget } from '../core/kernel';
import type { Message, MessageSink, Outcome, Replier } from '../core/types';
import { QueueStats } from '../metrics/queue-stats';
import { deadLetterIncident } from '../events/incident-texts';
import type { RunContext } from '../run/context';

export interface BacklogParams {
  capacity?: number;
  visibilityTimeoutMs: number;
  maxReceives: number;
  retryDelayMs: number;
}

/** The queue's side of a consume/subscribe link. */
export interface Consumer {
  readonly concurrency: number;
  busy: number;
  /** false while the consumer cannot be reached (a partition or outage on its link). */
  reachable(): boolean;
  /** Hands the message to the consuming node; `lease` is answered with its outcome. */
  deliver(msg: Message, from: string, lease: Replier, now: number): void;
  /** The node that processes, for consistency lag. */
  readonly targetId: string;
}

/** One delivery of a message: answered by the consumer, or expired by the visibility timeout. */
class Lease implements Replier {
  constructor(
    readonly backlog: Backlog,
    readonly msg: Message,
    readonly receipt: number,
    readonly consumer: Consumer,
    readonly leasedAt: number,
  ) {}

  reply(outcome: Outcome, _degraded: boolean, now: number): void {
    this.backlog.settle(this, outcome, now);
  }
}

const VISIBILITY = 0;
const REAPPEAR = 1;
/** The least redelivery delay after a failure that took no time at all, so a run always moves on. */
const ZERO_TIME_RETRY_DELAY_MS = 1;

export class Backlog implements EventTarget, MessageSink {
  readonly stats = new QueueStats();
  readonly consumers: Consumer[] = [];
  deadLetter?: MessageSink;
  private visible: Message[] = [];
  private head = 0;
  private delayed = 0;
  private inFlight = 0;
  private rr = 0;

  constructor(
    readonly id: string,
    private readonly params: BacklogParams,
    private readonly ctx: RunContext,
  ) {}

  get depth(): number {
    return this.visible.length - this.head + this.delayed;
  }

  get inFlightCount(): number {
    return this.inFlight;
  }

  publish(msg: Message, now: number): boolean {
    if (this.depth + this.inFlight >= (this.params.capacity ?? Infinity)) {
      if (msg.counted) this.stats.rejected++;
      return false;
    }
    if (msg.counted) this.stats.enqueued++;
    this.stats.w[0]++;
    msg.state = 'visible';
    msg.enqueuedAt = now;
    this.visible.push(msg);
    if (this.depth > this.stats.maxDepth) this.stats.maxDepth = this.depth;
    this.dispatch(now);
    return true;
  }

  /** Hands visible messages to consumers with a free slot, round-robin (competing consumers). */
  dispatch(now: number): void {
    const n = this.consumers.length;
    while (this.head < this.visible.length && n > 0) {
      let c: Consumer | undefined;
      for (let i = 0; i < n; i++) {
        const cand = this.consumers[(this.rr + i) % n];
        if (cand.busy < cand.concurrency && cand.reachable()) {
          c = cand;
          this.rr = (this.rr + i + 1) % n;
          break;
        }
      }
      if (!c) return;
      const msg = this.take();
      if (this.params.maxReceives > 0 && msg.receiveCount >= this.params.maxReceives) {
        this.kill(msg, now);
        continue;
      }
      this.lease(msg, c, now);
    }
  }

  private take(): Message {
    const msg = this.visible[this.head];
    this.visible[this.head++] = undefined as unknown as Message;
    if (this.head > 1024 && this.head * 2 > this.visible.length) {
      this.visible.splice(0, this.head);
      this.head = 0;
    }
    return msg;
  }

  private lease(msg: Message, c: Consumer, now: number): void {
    msg.receiveCount++;
    const receipt = ++msg.receipt;
    msg.state = 'inflight';
    this.inFlight++;
    c.busy++;
    const lease = new Lease(this, msg, receipt, c, now);
    if (this.params.visibilityTimeoutMs > 0) this.ctx.kernel.schedule(now + this.params.visibilityTimeoutMs, this, VISIBILITY, lease);
    c.deliver(msg, this.id, lease, now);
  }

  settle(lease: Lease, outcome: Outcome, now: number): void {
    const { msg, receipt, consumer: c } = lease;
    c.busy--;
    if (msg.receipt !== receipt || msg.state !== 'inflight') {
      // This delivery's lease ran out and the message went to someone else: its ack is stale.
      if (msg.counted) this.stats.duplicates++;
    } else if (outcome === 'ok') {
      msg.state = 'acked';
      this.inFlight--;
      this.stats.w[1]++;
      if (msg.counted) {
        this.stats.acked++;
        this.ctx.lag(c.targetId).record(now - msg.originAt);
      }
    } else {
      this.inFlight--;
      // With no retry delay, a consumer that fails in the instant it is handed the message would get it
      // back at that same instant forever (with maxReceives 0) and simulated time would stop.
      const zeroTime = this.params.retryDelayMs <= 0 && now === lease.leasedAt;
      this.redeliver(msg, now, zeroTime ? ZERO_TIME_RETRY_DELAY_MS : this.params.retryDelayMs);
    }
    this.dispatch(now);
  }

  private redeliver(msg: Message, now: number, delay: number): void {
    if (msg.counted) this.stats.redelivered++;
    this.stats.w[2]++;
    if (delay > 0) {
      msg.state = 'delayed';
      this.delayed++;
      this.ctx.kernel.schedule(now + delay, this, REAPPEAR, msg);
    } else {
      msg.state = 'visible';
      this.visible.push(msg);
    }
  }

  private kill(msg: Message, now: number): void {
    msg.state = 'dead';
    this.stats.w[3]++;
    if (msg.counted) this.stats.deadLettered++;
    this.ctx.incident(deadLetterIncident(this.id, msg.event.type, msg.receiveCount, this.deadLetter?.id, now));
    if (this.deadLetter) this.deadLetter.publish({ ...msg, receiveCount: 0, receipt: 0, state: 'visible' }, now);
  }

  onEvent(kind: number, data: unknown, now: number): void {
    if (kind === VISIBILITY) {
      const { msg, receipt } = data as Lease;
      if (msg.receipt !== receipt || msg.state !== 'inflight') return;
      this.inFlight--;
      this.redeliver(msg, now, 0);
    } else {
      const msg = data as Message;
      this.delayed--;
      msg.state = 'visible';
      this.visible.push(msg);
    }
    this.dispatch(now);
  }

  oldestAgeMs(now: number): number {
    return this.head < this.visible.length ? now - this.visible[this.head].enqueuedAt : 0;
  }

  window(now: number): number[] {
    return this.stats.window(this.depth, this.inFlight, this.oldestAgeMs(now));
  }
}
