/** The shapes of a request trace, as the worker hands them to a UI (plain data, structured-clonable). */
import type { Outcome } from '../core/types';

export type SpanKind = 'request' | 'call' | 'attempt' | 'backoff' | 'wait' | 'work' | 'network' | 'publish' | 'service';

export interface Span {
  /** Index in its trace's `spans`; the root span is 0. */
  id: number;
  /** null for the root span. */
  parentId: number | null;
  /** e.g. "GET /api/users/{id}", "call orders", "attempt 2", "queue wait", "work", "backoff". */
  name: string;
  kind: SpanKind;
  /** The node or link it happens on. */
  target: string;
  startMs: number;
  /** Absent while the span is still open: late work the caller stopped waiting for may outlive its trace. */
  endMs?: number;
  outcome?: Outcome;
  /** Attempt number (1 = the first try), on `attempt` spans. */
  attempt?: number;
  /** Why it ended as it did, in words: "breaker OPEN", "abandoned: the caller stopped waiting at 250 ms". */
  note?: string;
  /** The span went on after its parent had ended (work nobody waits for any more, but it still loads the node). */
  abandoned?: boolean;
}

export interface Trace {
  /** The request id. */
  id: number;
  client: string;
  op: string;
  startMs: number;
  endMs?: number;
  outcome?: Outcome;
  /** Answered ok, but a call with a fallback failed on the way. */
  degraded?: boolean;
  /** Spans beyond the per-trace cap were not recorded. */
  truncated?: boolean;
  spans: Span[];
}

/** One line of the list of recent traces. */
export interface TraceSummary {
  id: number;
  client: string;
  op: string;
  startMs: number;
  durationMs: number;
  outcome: Outcome;
  degraded?: boolean;
  spanCount: number;
}
