/** Counters of one message backlog (a queue, or one subscription of a topic). */
export interface QueueReport {
  enqueued: number;
  acked: number;
  redelivered: number;
  deadLettered: number;
  rejected: number;
  duplicates: number;
  depthAtEnd: number;
  inFlightAtEnd: number;
  maxDepth: number;
}

export const QUEUE_SERIES = ['enqueued', 'acked', 'redelivered', 'deadLettered', 'depth', 'inFlight', 'oldestAgeMs'] as const;

export class QueueStats {
  enqueued = 0;
  acked = 0;
  redelivered = 0;
  deadLettered = 0;
  rejected = 0;
  /** Answers from an earlier delivery that arrived after the message was handed out again. */
  duplicates = 0;
  maxDepth = 0;
  /** enqueued, acked, redelivered, deadLettered */
  readonly w = new Float64Array(4);

  window(depth: number, inFlight: number, oldestAgeMs: number): number[] {
    const row = [...this.w, depth, inFlight, oldestAgeMs];
    this.w.fill(0);
    return row;
  }

  report(depthAtEnd: number, inFlightAtEnd: number): QueueReport {
    return {
      enqueued: this.enqueued,
      acked: this.acked,
      redelivered: this.redelivered,
      deadLettered: this.deadLettered,
      rejected: this.rejected,
      duplicates: this.duplicates,
      depthAtEnd,
      inFlightAtEnd,
      maxDepth: this.maxDepth,
    };
  }
}
