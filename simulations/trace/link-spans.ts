/**
 * The REST link's spans, kept out of the link so its hot path reads as before: each hook is one
 * guarded call, made only for traced requests (`span >= 0`).
 */
import type { Outcome, Request } from '../core/types';
import { fmtMs } from './recording';

interface TracedCall {
  req: Request;
  attempt: number;
  span: number;
}

interface TracedAttempt {
  call: TracedCall;
  span: number;
  net: number;
}

export function traceAttemptStart(call: TracedCall, linkId: string, now: number): number {
  const rec = call.req.trace!;
  const id = rec.open(call.span, `attempt ${call.attempt}`, 'attempt', linkId, now);
  if (id >= 0) rec.trace.spans[id].attempt = call.attempt;
  return id;
}

/** The limiter made the attempt wait for a permit. */
export function traceRateLimitWait(att: TracedAttempt, linkId: string, now: number, waitMs: number): void {
  att.call.req.trace!.add(att.span, 'rate-limit wait', 'wait', linkId, now, now + waitMs, `rate-limit wait ${fmtMs(waitMs)}`);
}

/**
 * The request's trip to the callee. Its end is known when it leaves (Infinity: lost in a
 * partition); the attempt's end cuts it short if the deadline comes first.
 */
export function traceNetwork(att: TracedAttempt, linkId: string, now: number, delayMs: number, slowMs: number): void {
  if (delayMs <= 0) return; // no trip to show
  const rec = att.call.req.trace!;
  if (delayMs === Infinity) {
    att.net = rec.open(att.span, 'network', 'network', linkId, now);
    rec.annotate(att.net, undefined, 'partitioned: the request is lost on the way');
    return;
  }
  const slow = slowMs > 0 ? `, ${fmtMs(slowMs)} of it a slowdown fault` : '';
  att.net = rec.add(att.span, 'network', 'network', linkId, now, now + delayMs, `network ${fmtMs(delayMs)}${slow}`);
}

export function traceAttemptEnd(att: TracedAttempt, outcome: Outcome, now: number, why: string | undefined): void {
  const rec = att.call.req.trace!;
  if (att.net >= 0) {
    const net = rec.trace.spans[att.net];
    if (net.endMs === undefined || net.endMs > now) {
      net.endMs = now;
      net.note = `${net.note ?? 'network'}; still on the way when the attempt ended — the callee never saw it`;
    }
  }
  rec.close(att.span, now, outcome, why);
}

export function traceBackoff(call: TracedCall, linkId: string, now: number, delayMs: number): void {
  call.req.trace!.add(call.span, 'backoff', 'backoff', linkId, now, now + delayMs, `backoff ${fmtMs(delayMs)} before attempt ${call.attempt + 1}`);
}
