/**
 * Snapshots and rebuilds of an event store's state. A snapshot is taken every `snapshotEvery` events
 * stored; a rebuild (a restart, a new projection) loads the latest snapshot and replays every event
 * stored after it, so its time is snapshotLoadMs + (events since the snapshot) × replayMsPerEvent —
 * or, without snapshots, the whole history × replayMsPerEvent, growing as the log does.
 */

export interface RebuildParams {
  snapshotEvery: number;
  snapshotLoadMs: number;
  replayMsPerEvent: number;
}

/** Rebuild time: the latest snapshot (if one was taken) plus every event stored after it. */
export function rebuildCost(eventsStored: number, snapshotAt: number, p: RebuildParams): { ms: number; eventsRead: number } {
  const eventsRead = eventsStored - snapshotAt;
  return { ms: (snapshotAt > 0 ? p.snapshotLoadMs : 0) + eventsRead * p.replayMsPerEvent, eventsRead };
}

export class Rebuilds {
  snapshotsTaken = 0;
  /** Position (events stored) of the latest snapshot; 0 = none yet. */
  snapshotAt = 0;
  count = 0;
  lastMs = 0;
  maxMs = 0;
  lastEventsRead = 0;
  /** Rebuilds due while one was still running: folded into it, not stacked. */
  overlapping = 0;
  /** End of the rebuild in progress, or -1. */
  until = -1;

  constructor(private readonly params: RebuildParams) {}

  get active(): boolean {
    return this.until >= 0;
  }

  /** After each append: a snapshot when one is due. */
  stored(eventsStored: number): void {
    const n = this.params.snapshotEvery;
    if (n > 0 && eventsStored % n === 0) {
      this.snapshotsTaken++;
      this.snapshotAt = eventsStored;
    }
  }

  /** Starts a rebuild over `eventsStored` events; returns its duration, or undefined if one is running. */
  begin(now: number, eventsStored: number): number | undefined {
    if (this.active) {
      this.overlapping++;
      return undefined;
    }
    const { ms, eventsRead } = rebuildCost(eventsStored, this.snapshotAt, this.params);
    this.count++;
    this.lastMs = ms;
    this.maxMs = Math.max(this.maxMs, ms);
    this.lastEventsRead = eventsRead;
    this.until = now + ms;
    return ms;
  }

  end(): void {
    this.until = -1;
  }

  remainingMs(now: number): number {
    return this.active ? this.until - now : 0;
  }

  values(now: number): Record<string, number> {
    return {
      snapshotsTaken: this.snapshotsTaken,
      rebuilds: this.count,
      lastRebuildMs: this.lastMs,
      maxRebuildMs: this.maxMs,
      lastRebuildEventsRead: this.lastEventsRead,
      overlappingRebuilds: this.overlapping,
      rebuildLeftAtEndMs: this.remainingMs(now),
    };
  }
}
