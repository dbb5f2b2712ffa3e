/**
 * One sampled request being recorded. It travels with the request (`Request.trace`), so every
 * component it reaches can add spans without looking anything up.
 *
 * Parentage: the same Request object goes down the whole chain, so "the span the next hop hangs
 * under" cannot live on the request's path alone. Whoever hands the request on sets `parent` just
 * before the synchronous `call`/`accept`, and the receiver reads it first thing. Parallel calls and
 * retries are safe because nothing runs between the write and the read.
 */
import type { Outcome } from '../core/types';
import type { SpanKind, Trace } from './types';

/** Enough for deep chains with retries; a runaway fan-out stops recording instead of growing. */
export const MAX_SPANS_PER_TRACE = 400;

/** Span id meaning "not recorded": every hook checks `>= 0` before touching a span. */
export const NO_SPAN = -1;

export class Recording {
  /** The span the next synchronous hop becomes a child of. */
  parent = 0;
  readonly trace: Trace;

  constructor(id: number, client: string, op: string, now: number) {
    this.trace = { id, client, op, startMs: now, spans: [{ id: 0, parentId: null, name: op, kind: 'request', target: client, startMs: now }] };
  }

  /** Opens a span under `parentId`; returns its id, or NO_SPAN once the trace is full. */
  open(parentId: number, name: string, kind: SpanKind, target: string, startMs: number): number {
    const spans = this.trace.spans;
    if (parentId < 0) return NO_SPAN;
    if (spans.length >= MAX_SPANS_PER_TRACE) {
      this.trace.truncated = true;
      return NO_SPAN;
    }
    const id = spans.length;
    spans.push({ id, parentId, name, kind, target, startMs });
    return id;
  }

  /** A span whose end is already known (work of a sampled length, a backoff, a zero-length mark). */
  add(parentId: number, name: string, kind: SpanKind, target: string, startMs: number, endMs: number, note?: string): number {
    const id = this.open(parentId, name, kind, target, startMs);
    if (id >= 0) {
      const s = this.trace.spans[id];
      s.endMs = endMs;
      if (note !== undefined) s.note = note;
    }
    return id;
  }

  /**
   * Ends a span. A span that outlives its parent is marked abandoned: the caller timed out and
   * left, but the work went on (and kept loading the node).
   */
  close(id: number, endMs: number, outcome?: Outcome, note?: string): void {
    if (id < 0) return;
    const s = this.trace.spans[id];
    if (s.endMs !== undefined) return;
    s.endMs = endMs;
    if (outcome !== undefined) s.outcome = outcome;
    if (note !== undefined) s.note = s.note ? `${s.note}; ${note}` : note;
    const p = s.parentId === null ? undefined : this.trace.spans[s.parentId];
    if (p?.endMs !== undefined && p.endMs < endMs) {
      s.abandoned = true;
      s.note = `${s.note ? `${s.note}; ` : ''}abandoned: the caller stopped waiting at ${fmtMs(p.endMs - this.trace.startMs)}`;
    }
  }

  /** Sets or adds to a span's outcome and note without ending it. */
  annotate(id: number, outcome?: Outcome, note?: string): void {
    if (id < 0) return;
    const s = this.trace.spans[id];
    if (outcome !== undefined) s.outcome = outcome;
    if (note !== undefined) s.note = s.note ? `${s.note}; ${note}` : note;
  }

  isOpen(id: number): boolean {
    return id >= 0 && this.trace.spans[id].endMs === undefined;
  }
}

/** "12 ms", "0.25 ms", "1.2 s" — for notes; simulated time is in ms. */
export function fmtMs(ms: number): string {
  if (ms >= 10_000) return `${(ms / 1000).toFixed(1)} s`;
  if (Number.isInteger(ms)) return `${ms} ms`;
  return `${Number(ms.toPrecision(3))} ms`;
}
