/**
 * One consumer group reading a partitioned log (Kafka's model): each partition is owned by one
 * consumer of the group and read strictly in order, one message at a time, so a group's parallelism
 * is min(partitions, consumers) and a slow message holds up only its own partition. Failed messages
 * are retried in place after `retryDelayMs` (order is kept; the partition waits). A group that falls
 * behind retention loses what expired (counted), as a Kafka consumer resetting to the earliest offset would.
 */
import type { EventTarget } from '../core/kernel';
import type { Message, Outcome, Replier } from '../core/types';
import { QueueStats } from '../metrics/queue-stats';
import type { RunContext } from '../run/context';
import type { Consumer } from './backlog';
import type { Subscription } from './pattern-kind';
import type { PartitionLog } from './stream-log';

/** One delivery of the message at a partition's offset. */
class Delivery implements Replier {
  constructor(
    readonly group: StreamGroup,
    readonly partition: number,
    readonly offset: number,
    readonly msg: Message,
    readonly consumer: Consumer,
  ) {}

  reply(outcome: Outcome, _degraded: boolean, now: number): void {
    this.group.settle(this, outcome, now);
  }
}

const RETRY = 0;

export class StreamGroup implements Subscription, EventTarget {
  readonly consumers: Consumer[] = [];
  readonly stats = new QueueStats();
  /** Next offset to read, per partition. */
  readonly offsets: number[];
  private readonly busy: boolean[];
  private readonly waiting: boolean[];
  /** A replay came while the partition had a message out: rewind when it is settled. */
  private readonly rewindPending: boolean[];
  expired = 0;
  private inFlight = 0;

  constructor(
    readonly id: string,
    private readonly logs: PartitionLog[],
    private readonly retryDelayMs: number,
    private readonly ctx: RunContext,
  ) {
    this.offsets = logs.map(() => 0);
    this.busy = logs.map(() => false);
    this.waiting = logs.map(() => false);
    this.rewindPending = logs.map(() => false);
  }

  /** Messages appended that this group has not been handed yet, per partition. */
  unreadOf(p: number): number {
    const next = this.busy[p] ? this.offsets[p] + 1 : this.offsets[p];
    return this.logs[p].end - Math.max(next, this.logs[p].start);
  }

  /** Consumer lag as Kafka tools show it: not yet processed, the one in the consumer's hands included. */
  lagOf(p: number): number {
    return this.unreadOf(p) + (this.busy[p] ? 1 : 0);
  }

  get depth(): number {
    let d = 0;
    for (let p = 0; p < this.logs.length; p++) d += this.unreadOf(p);
    return d;
  }

  get inFlightCount(): number {
    return this.inFlight;
  }

  /** Called by the stream after an append. */
  appended(counted: boolean): void {
    if (counted) this.stats.enqueued++;
    this.stats.w[0]++;
    const d = this.depth;
    if (d > this.stats.maxDepth) this.stats.maxDepth = d;
  }

  /** Rewinds every partition to the earliest retained offset (a replay from the beginning). */
  rewind(now: number): void {
    for (let p = 0; p < this.logs.length; p++) {
      if (this.busy[p]) this.rewindPending[p] = true;
      else this.offsets[p] = this.logs[p].start;
    }
    this.dispatch(now);
  }

  /** After retention deleted the front of the log: what this group had not read yet is lost to it. */
  catchUp(): void {
    for (let p = 0; p < this.logs.length; p++) {
      const start = this.logs[p].start;
      const next = this.busy[p] ? this.offsets[p] + 1 : this.offsets[p];
      if (next >= start) continue;
      this.expired += start - next;
      if (!this.busy[p]) this.offsets[p] = start;
    }
  }

  /** Partition p belongs to consumer p mod n (a round-robin assignment, stable while the group is). */
  dispatch(now: number): void {
    const n = this.consumers.length;
    if (n === 0) return;
    for (let p = 0; p < this.logs.length; p++) {
      if (this.busy[p] || this.waiting[p]) continue;
      const log = this.logs[p];
      if (this.offsets[p] >= log.end) continue;
      const c = this.consumers[p % n];
      if (c.busy >= c.concurrency || !c.reachable()) continue;
      this.busy[p] = true;
      this.inFlight++;
      c.busy++;
      const msg = log.at(this.offsets[p]);
      c.deliver(msg, this.id, new Delivery(this, p, this.offsets[p], msg, c), now);
    }
  }

  settle(d: Delivery, outcome: Outcome, now: number): void {
    d.consumer.busy--;
    this.inFlight--;
    this.busy[d.partition] = false;
    const { msg, partition: p } = d;
    const start = this.logs[p].start;
    if (outcome === 'ok') {
      // Past the front: if retention removed the rest meanwhile, catchUp() has counted it already.
      this.offsets[p] = Math.max(d.offset + 1, start);
      this.stats.w[1]++;
      if (msg.counted) {
        this.stats.acked++;
        this.ctx.lag(d.consumer.targetId).record(now - msg.originAt);
      }
    } else {
      if (msg.counted) this.stats.redelivered++;
      this.stats.w[2]++;
      if (d.offset < start) {
        // The message itself expired while it was out: it is gone, count it lost and move on.
        this.expired++;
        this.offsets[p] = start;
      } else {
        this.waiting[p] = true;
        // A failure in the same instant would be retried in that instant forever; wait at least 1 ms.
        this.ctx.kernel.schedule(now + Math.max(1, this.retryDelayMs), this, RETRY, p);
      }
    }
    if (this.rewindPending[p]) {
      this.rewindPending[p] = false;
      this.offsets[p] = start;
    }
    this.dispatch(now);
  }

  onEvent(_kind: number, data: unknown, now: number): void {
    this.waiting[data as number] = false;
    this.dispatch(now);
  }

  private oldestAgeMs(now: number): number {
    let oldest = 0;
    for (let p = 0; p < this.logs.length; p++) {
      const log = this.logs[p];
      const off = Math.max(this.offsets[p], log.start);
      if (off < log.end) oldest = Math.max(oldest, now - log.at(off).enqueuedAt);
    }
    return oldest;
  }

  window(now: number): number[] {
    return this.stats.window(this.depth, this.inFlight, this.oldestAgeMs(now));
  }
}
