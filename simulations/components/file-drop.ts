/**
 * File-based exchange: the producer's records are written to a file every `dropIntervalMs`; the
 * consumer polls the drop folder every `pollIntervalMs` and loads every complete file it finds.
 * A record waits for the next drop, then for the next poll: staleness ≈ drop wait + poll wait +
 * load. Some files are found half-written (skipped until the next poll) and some are corrupt
 * (quarantined; the partner re-sends their records in its next file, as exchanges agree to do).
 */
import type { EventTarget } from '../core/kernel';
import type { Rng } from '../core/rng';
import type { Message } from '../core/types';
import type { RunContext } from '../run/context';
import { Backlog } from './backlog';
import type { PatternKind, PatternNode, PatternReport } from './pattern-kind';
import { fileDropSchema, type FileDropParams, fileDropInfo } from './file-drop.schema';

export { fileDropSchema, type FileDropParams } from './file-drop.schema';

interface DroppedFile {
  records: Message[];
  droppedAt: number;
  /** Polls that will still find it incomplete. */
  incompleteFor: number;
  corrupt: boolean;
}

const DROP = 0;
const POLL = 1;
/** Same consumer settings as a queue that never dead-letters: a record is retried until it is loaded. */
const DELIVERY = { visibilityTimeoutMs: 30_000, maxReceives: 0, retryDelayMs: 1000 };

export class FileDrop implements PatternNode, EventTarget {
  readonly outlets = [];
  readonly seriesColumns = ['waitingRecords', 'files', 'stalenessMs'] as const;
  private unwritten: Message[] = [];
  private folder: DroppedFile[] = [];
  private readonly readers: Backlog[] = [];
  private readonly rng: Rng;
  private readonly counts = { records: 0, filesDropped: 0, filesLoaded: 0, partialSkips: 0, quarantined: 0, resentRecords: 0, recordsHandedOver: 0 };

  constructor(
    readonly id: string,
    readonly params: FileDropParams,
    private readonly ctx: RunContext,
  ) {
    this.rng = ctx.stream(`${id}/files`);
  }

  start(): void {
    this.ctx.kernel.schedule(this.params.dropIntervalMs, this, DROP);
    this.ctx.kernel.schedule(this.params.pollIntervalMs, this, POLL);
  }

  publish(msg: Message): boolean {
    if (msg.counted) this.counts.records++;
    this.unwritten.push(msg);
    return true;
  }

  /** Each subscribing node reads the folder into its own backlog (its import job). */
  subscribe(subscriberId: string): Backlog {
    const id = `${this.id}:${subscriberId}`;
    let b = this.readers.find((r) => r.id === id);
    if (!b) this.readers.push((b = new Backlog(id, DELIVERY, this.ctx)));
    return b;
  }

  onEvent(kind: number, _data: unknown, now: number): void {
    if (kind === DROP) {
      this.ctx.kernel.schedule(now + this.params.dropIntervalMs, this, DROP);
      this.drop(now);
    } else {
      this.ctx.kernel.schedule(now + this.params.pollIntervalMs, this, POLL);
      this.poll(now);
    }
  }

  private drop(now: number): void {
    if (this.unwritten.length === 0) return;
    const partial = this.rng.next() < this.params.partialShare;
    const corrupt = this.rng.next() < this.params.corruptShare;
    this.folder.push({ records: this.unwritten, droppedAt: now, incompleteFor: partial ? 1 : 0, corrupt });
    this.unwritten = [];
    this.counts.filesDropped++;
  }

  private poll(now: number): void {
    const left: DroppedFile[] = [];
    for (const f of this.folder) {
      if (f.incompleteFor > 0) {
        f.incompleteFor--;
        this.counts.partialSkips++;
        left.push(f);
      } else if (f.corrupt) {
        this.counts.quarantined++;
        this.counts.resentRecords += f.records.length;
        // The partner is told and re-exports these records with its next file.
        this.unwritten.unshift(...f.records);
      } else {
        this.counts.filesLoaded++;
        this.counts.recordsHandedOver += f.records.length;
        for (const r of this.readers) for (const m of f.records) r.publish({ ...m, receiveCount: 0, receipt: 0, state: 'visible' }, now);
      }
    }
    this.folder = left;
  }

  /** Age of the oldest record not yet handed to the importers (their own backlog shows in the lag chart). */
  private stalenessMs(now: number): number {
    let oldest = Infinity;
    if (this.unwritten.length > 0) oldest = this.unwritten[0].originAt;
    for (const f of this.folder) if (f.records.length > 0) oldest = Math.min(oldest, f.records[0].originAt);
    return oldest === Infinity ? 0 : now - oldest;
  }

  private waitingRecords(): number {
    return this.unwritten.length + this.folder.reduce((n, f) => n + f.records.length, 0);
  }

  window(now: number): number[] {
    return [this.waitingRecords(), this.folder.length, this.stalenessMs(now)];
  }

  gauge(now: number) {
    return { queueDepth: this.waitingRecords(), inFlight: 0, metrics: { files: this.folder.length, quarantined: this.counts.quarantined, stalenessMs: this.stalenessMs(now) } };
  }

  report(now: number): PatternReport {
    return { kind: 'fileDrop', values: { ...this.counts, waitingAtEnd: this.waitingRecords(), filesInFolderAtEnd: this.folder.length, stalenessAtEndMs: this.stalenessMs(now) } };
  }
}

export const fileDropKind: PatternKind<typeof fileDropSchema> = {
  info: fileDropInfo,
  schema: fileDropSchema,
  create: (id, params, ctx) => new FileDrop(id, params, ctx),
};
