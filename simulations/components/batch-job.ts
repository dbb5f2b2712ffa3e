/**
 * Scheduled batch / ETL: changes published to the job pile up until its next run; a run extracts
 * what has piled up, transforms it record by record, and loads it into the target in chunks over its
 * REST links. A change is visible in the target only when its chunk is loaded, so the target's
 * staleness is a saw-tooth: it grows until a run lands, then drops. Expected record lag with steady
 * arrivals ≈ interval / 2 + run time.
 */
import type { EventTarget } from '../core/kernel';
import type { Message, Outcome, Replier, Request } from '../core/types';
import type { RunContext } from '../run/context';
import type { Outlet } from './outlet';
import type { PatternKind, PatternNode, PatternReport } from './pattern-kind';
import { batchJobSchema, type BatchJobParams, batchJobInfo } from './batch-job.schema';

export { batchJobSchema, type BatchJobParams } from './batch-job.schema';

/** One load call of a run. */
class Chunk implements Replier {
  constructor(
    readonly job: BatchJob,
    readonly records: Message[],
  ) {}

  reply(outcome: Outcome, _degraded: boolean, now: number): void {
    this.job.loaded(this, outcome, now);
  }
}

const TICK = 0;
const LOAD = 1;

export class BatchJob implements PatternNode, EventTarget {
  readonly outlets: Outlet[] = [];
  readonly seriesColumns = ['pending', 'stalenessMs', 'loaded', 'running'] as const;
  private pending: Message[] = [];
  private inRun: Message[] = [];
  private chunksOut = 0;
  private running = false;
  private runStartedAt = 0;
  private target?: Outlet;
  private loadedInWindow = 0;
  private readonly counts = { runs: 0, skippedRuns: 0, recordsIn: 0, recordsLoaded: 0, failedChunks: 0, retriedRecords: 0 };
  private readonly runMs: number[] = [];

  constructor(
    readonly id: string,
    readonly params: BatchJobParams,
    private readonly ctx: RunContext,
  ) {}

  start(): void {
    this.target = this.outlets.find((o) => o.sync);
    this.ctx.kernel.schedule(this.params.offsetMs ?? this.params.intervalMs, this, TICK);
  }

  /** Changes arrive here (publish links from the source). */
  publish(msg: Message): boolean {
    this.pending.push(msg);
    if (msg.counted) this.counts.recordsIn++;
    return true;
  }

  onEvent(kind: number, _data: unknown, now: number): void {
    if (kind === TICK) {
      this.ctx.kernel.schedule(now + this.params.intervalMs, this, TICK);
      // A run that overruns its interval makes the next one wait (no overlapping runs).
      if (this.running) this.counts.skippedRuns++;
      else this.begin(now);
    } else this.load(now);
  }

  private begin(now: number): void {
    this.counts.runs++;
    this.running = true;
    this.runStartedAt = now;
    this.inRun = this.pending;
    this.pending = [];
    const n = this.inRun.length;
    const work = this.params.setupMs + n * (this.params.extractMsPerRecord + this.params.transformMsPerRecord);
    this.ctx.kernel.schedule(now + work, this, LOAD);
  }

  private load(now: number): void {
    const records = this.inRun;
    if (records.length === 0 || !this.target) return this.end(now);
    for (let i = 0; i < records.length; i += this.params.chunkSize) {
      const chunk = new Chunk(this, records.slice(i, i + this.params.chunkSize));
      const first = chunk.records[0];
      const req: Request = {
        id: this.ctx.nextRequestId(),
        op: 'POST /api/imports',
        origin: this.id,
        createdAt: now,
        counted: chunk.records.some((r) => r.counted),
        key: first.key,
        originAt: first.originAt,
        trace: undefined,
      };
      this.chunksOut++;
      this.target.call(req, chunk, now);
    }
  }

  loaded(chunk: Chunk, outcome: Outcome, now: number): void {
    this.chunksOut--;
    if (outcome === 'ok') {
      for (const r of chunk.records) {
        if (!r.counted) continue;
        this.counts.recordsLoaded++;
        this.ctx.lag(this.target!.to).record(now - r.originAt);
      }
      this.loadedInWindow += chunk.records.length;
    } else {
      // The chunk goes back on the pile: the next run loads it again.
      this.counts.failedChunks++;
      this.counts.retriedRecords += chunk.records.length;
      this.pending.unshift(...chunk.records);
    }
    if (this.chunksOut === 0) this.end(now);
  }

  private end(now: number): void {
    this.running = false;
    this.inRun = [];
    this.runMs.push(now - this.runStartedAt);
  }

  /** Age of the oldest change the target does not have yet. */
  private stalenessMs(now: number): number {
    const oldest = this.inRun.length > 0 ? this.inRun[0] : this.pending[0];
    return oldest ? now - oldest.originAt : 0;
  }

  window(now: number): number[] {
    const row = [this.pending.length + this.inRun.length, this.stalenessMs(now), this.loadedInWindow, this.running ? 1 : 0];
    this.loadedInWindow = 0;
    return row;
  }

  gauge(now: number) {
    return { queueDepth: this.pending.length, inFlight: this.inRun.length, metrics: { stalenessMs: this.stalenessMs(now), runs: this.counts.runs } };
  }

  report(now: number): PatternReport {
    const runs = this.runMs.length;
    return {
      kind: 'batchJob',
      values: {
        ...this.counts,
        pendingAtEnd: this.pending.length,
        inRunAtEnd: this.inRun.length,
        meanRunMs: runs === 0 ? 0 : this.runMs.reduce((a, b) => a + b, 0) / runs,
        stalenessAtEndMs: this.stalenessMs(now),
      },
    };
  }
}

export const batchJobKind: PatternKind<typeof batchJobSchema> = {
  info: batchJobInfo,
  schema: batchJobSchema,
  create: (id, params, ctx) => new BatchJob(id, params, ctx),
};
