/**
 * Event stream: a partitioned, retained log (Kafka, Kinesis). Producers publish to it; each node that
 * subscribes is a consumer group with its own offsets, so groups never slow each other down. A key
 * always lands in the same partition, which is what keeps per-key order.
 */
import type { Message } from '../core/types';
import type { RunContext } from '../run/context';
import type { PatternKind, PatternNode, PatternReport } from './pattern-kind';
import { StreamGroup } from './stream-group';
import { PartitionLog } from './stream-log';
import { streamSchema, type StreamParams, streamInfo } from './stream.schema';

export { streamSchema, type StreamParams } from './stream.schema';

export const STREAM_SERIES_PREFIX = 'lag p';

/** Spreads keys over partitions (Knuth's multiplicative hash: consecutive keys do not share a partition). */
export function partitionOf(key: number, partitions: number): number {
  return (Math.imul(key, 2654435761) >>> 0) % partitions;
}

const REPLAY = 0;

export class Stream implements PatternNode {
  readonly outlets = [];
  readonly logs: PartitionLog[];
  readonly groups: StreamGroup[] = [];
  readonly seriesColumns: readonly string[];
  published = 0;

  constructor(
    readonly id: string,
    readonly params: StreamParams,
    private readonly ctx: RunContext,
  ) {
    this.logs = Array.from({ length: params.partitions }, () => new PartitionLog());
    this.seriesColumns = this.logs.map((_, p) => `${STREAM_SERIES_PREFIX}${p}`);
  }

  start(): void {
    if (this.params.replayAtMs !== undefined) this.ctx.kernel.schedule(this.params.replayAtMs, this, REPLAY);
  }

  onEvent(_kind: number, _data: unknown, now: number): void {
    for (const g of this.groups) g.rewind(now);
  }

  /** Each subscribing node is one consumer group; a second link into the same node adds a consumer. */
  subscribe(subscriberId: string): StreamGroup {
    const id = `${this.id}:${subscriberId}`;
    let g = this.groups.find((x) => x.id === id);
    if (!g) this.groups.push((g = new StreamGroup(id, this.logs, this.params.retryDelayMs, this.ctx)));
    return g;
  }

  publish(msg: Message, now: number): boolean {
    if (msg.counted) this.published++;
    msg.enqueuedAt = now;
    this.logs[partitionOf(msg.key, this.logs.length)].append(msg);
    for (const g of this.groups) g.appended(msg.counted);
    for (const g of this.groups) g.dispatch(now);
    return true;
  }

  /** Once per window: retention, and dropping what every group has read (when no replay is coming). */
  private trim(now: number): void {
    const replayAhead = this.params.replayAtMs !== undefined && now < this.params.replayAtMs;
    for (let p = 0; p < this.logs.length; p++) {
      const log = this.logs[p];
      if (this.params.retentionMs !== undefined) log.expireBefore(now - this.params.retentionMs);
      if (!replayAhead && this.params.retentionMs === undefined && this.groups.length > 0) log.dropBefore(Math.min(...this.groups.map((g) => g.offsets[p])));
    }
    for (const g of this.groups) {
      g.catchUp();
      g.dispatch(now);
    }
  }

  /** Lag per partition: the most any group is behind on it. */
  private partitionLags(): number[] {
    return this.logs.map((_, p) => this.groups.reduce((m, g) => Math.max(m, g.lagOf(p)), 0));
  }

  window(now: number): number[] {
    this.trim(now);
    return this.partitionLags();
  }

  gauge(): { queueDepth: number; inFlight: number; metrics: Record<string, number> } {
    const lags = this.partitionLags();
    let inFlight = 0;
    for (const g of this.groups) inFlight += g.inFlightCount;
    return { queueDepth: lags.reduce((a, b) => a + b, 0), inFlight, metrics: { maxPartitionLag: Math.max(0, ...lags), groups: this.groups.length } };
  }

  report(): PatternReport {
    const values: Record<string, number> = { published: this.published, partitions: this.logs.length, maxPartitionLagAtEnd: Math.max(0, ...this.partitionLags()) };
    for (const g of this.groups) {
      const name = g.id.slice(this.id.length + 1);
      values[`lagAtEnd.${name}`] = this.logs.reduce((s, _, p) => s + g.lagOf(p), 0);
      values[`unreadAtEnd.${name}`] = g.depth;
      values[`expired.${name}`] = g.expired;
      values[`activeConsumers.${name}`] = Math.min(g.consumers.length, this.logs.length);
    }
    return { kind: 'stream', values };
  }
}

export const streamKind: PatternKind<typeof streamSchema> = {
  info: streamInfo,
  schema: streamSchema,
  create: (id, params, ctx) => new Stream(id, params, ctx),
};
