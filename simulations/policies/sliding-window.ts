// Call-outcome windows behind the circuit breaker, ported from Resilience4j's
// FixedSizeSlidingWindowMetrics (last N calls) and SlidingTimeWindowMetrics (last N epoch seconds).
// Both keep running totals and subtract whatever falls out of the window, so a snapshot costs O(1).

export type Outcome = 'SUCCESS' | 'ERROR' | 'SLOW_SUCCESS' | 'SLOW_ERROR';

export interface WindowSnapshot {
  totalNumberOfCalls: number;
  numberOfFailedCalls: number;
  totalNumberOfSlowCalls: number;
  numberOfSlowFailedCalls: number;
}

export interface CallWindow {
  record(outcome: Outcome, now: number): WindowSnapshot;
  snapshot(now: number): WindowSnapshot;
}

interface Counts {
  calls: number;
  failed: number;
  slow: number;
  slowFailed: number;
}

const emptyCounts = (): Counts => ({ calls: 0, failed: 0, slow: 0, slowFailed: 0 });

function add(into: Counts, outcome: Outcome): void {
  into.calls++;
  if (outcome === 'ERROR' || outcome === 'SLOW_ERROR') into.failed++;
  if (outcome === 'SLOW_SUCCESS' || outcome === 'SLOW_ERROR') into.slow++;
  if (outcome === 'SLOW_ERROR') into.slowFailed++;
}

function subtract(from: Counts, part: Counts): void {
  from.calls -= part.calls;
  from.failed -= part.failed;
  from.slow -= part.slow;
  from.slowFailed -= part.slowFailed;
}

const toSnapshot = (c: Counts): WindowSnapshot => ({
  totalNumberOfCalls: c.calls,
  numberOfFailedCalls: c.failed,
  totalNumberOfSlowCalls: c.slow,
  numberOfSlowFailedCalls: c.slowFailed,
});

/** The last `size` recorded calls, whenever they happened. */
export class CountWindow implements CallWindow {
  private readonly ring: (Outcome | undefined)[];
  private head = 0;
  private readonly total = emptyCounts();

  constructor(readonly size: number) {
    if (!Number.isInteger(size) || size < 1) throw new RangeError(`window size must be an integer >= 1, got ${size}`);
    this.ring = new Array<Outcome | undefined>(size).fill(undefined);
  }

  record(outcome: Outcome, _now: number): WindowSnapshot {
    this.head = (this.head + 1) % this.size;
    const evicted = this.ring[this.head];
    if (evicted !== undefined) {
      const gone = emptyCounts();
      add(gone, evicted);
      subtract(this.total, gone);
    }
    this.ring[this.head] = outcome;
    add(this.total, outcome);
    return toSnapshot(this.total);
  }

  snapshot(_now: number): WindowSnapshot {
    return toSnapshot(this.total);
  }
}

interface Bucket extends Counts {
  epochSecond: number;
}

/**
 * Calls of the last `seconds` epoch seconds, the current one included: a call made in second s
 * counts until the clock reaches second s + seconds. Seconds are floor(now / 1000), as Resilience4j
 * buckets by Instant.getEpochSecond().
 */
export class TimeWindow implements CallWindow {
  private readonly buckets: Bucket[] = [];
  private head = 0;
  private readonly total = emptyCounts();

  constructor(readonly seconds: number) {
    if (!Number.isInteger(seconds) || seconds < 1) {
      throw new RangeError(`time window must be an integer number of seconds >= 1, got ${seconds}`);
    }
  }

  record(outcome: Outcome, now: number): WindowSnapshot {
    add(this.total, outcome);
    add(this.moveTo(now), outcome);
    return toSnapshot(this.total);
  }

  snapshot(now: number): WindowSnapshot {
    this.moveTo(now);
    return toSnapshot(this.total);
  }

  // Resilience4j fills the ring when the window is built; doing it on first use is equivalent because
  // every bucket is empty until then, and it spares the constructor a `now` argument.
  private moveTo(now: number): Bucket {
    const current = Math.floor(now / 1000);
    if (this.buckets.length === 0) {
      for (let i = 0; i < this.seconds; i++) this.buckets.push({ ...emptyCounts(), epochSecond: current + i });
    }
    const latest = this.buckets[this.head];
    const behind = current - latest.epochSecond;
    // A clock that has not moved (or moved back) keeps writing into the head bucket, as Resilience4j does.
    if (behind <= 0) return latest;
    let toMove = Math.min(behind, this.seconds);
    let bucket: Bucket;
    do {
      toMove--;
      this.head = (this.head + 1) % this.seconds;
      bucket = this.buckets[this.head];
      subtract(this.total, bucket);
      Object.assign(bucket, emptyCounts(), { epochSecond: current - toMove });
    } while (toMove > 0);
    return bucket;
  }
}
