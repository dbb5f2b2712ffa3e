/**
 * The answer to a console request (see external-request.ts): its HTTP status, a small JSON body
 * (the entity it touched, the events its write published, or where and why it failed), and the
 * nodes and links its trace went through.
 */
import type { Outcome, Request } from '../core/types';
import type { Trace } from '../trace/types';
import type { Run } from './run';

export interface AnswerParts {
  outcome: Outcome;
  degraded: boolean;
  trace: Trace;
  events: PublishedEvent[];
  /** The template's values, e.g. { id: "42" }. */
  params: Record<string, string>;
  key: number;
  requestBody: unknown;
}

/** 2xx on success (201 for a POST), and the status a gateway would give each failure kind. */
export function statusOf(outcome: Outcome, method: string): number {
  switch (outcome) {
    case 'ok':
      return method === 'POST' ? 201 : 200;
    case 'error':
      return 500;
    case 'timeout':
      return 504;
    case 'rejected':
    case 'shortCircuited':
      return 503;
    case 'rateLimited':
      return 429;
  }
}

const WHY: Record<Outcome, string> = {
  ok: 'answered',
  error: 'a service failed',
  timeout: 'a caller stopped waiting (timeout)',
  rejected: 'refused: a waiting room or bulkhead was full',
  shortCircuited: 'refused at once: the circuit breaker is open',
  rateLimited: 'refused: the rate limiter had no token',
};

export function bodyOf(a: AnswerParts): Record<string, unknown> {
  const { outcome, degraded, trace, events } = a;
  if (outcome !== 'ok') {
    // The deepest span that failed says where and why, e.g. "service down: refused at once".
    const failed = [...trace.spans].reverse().find((s) => s.outcome !== undefined && s.outcome !== 'ok' && s.id !== 0);
    return { error: outcome, message: WHY[outcome], ...(failed ? { at: failed.target, detail: failed.note ?? failed.name } : {}) };
  }
  const body: Record<string, unknown> = { ...a.params, key: a.key };
  if (a.requestBody !== undefined && a.requestBody !== null && typeof a.requestBody === 'object') Object.assign(body, a.requestBody);
  if (degraded) body.degraded = 'a call with a fallback failed; this answer is partial';
  if (events.length > 0) body.events = events;
  return body;
}

/**
 * The events its write published, as the publishing links' templates make them (the broker gets
 * them after the link's latency, so they are read off the trace's publish spans, not the event log).
 */
export function publishedEvents(run: Run, req: Request, trace: Trace): PublishedEvent[] {
  const out: PublishedEvent[] = [];
  for (const s of trace.spans) {
    const link = s.kind === 'publish' ? run.produceLinks.get(s.target) : undefined;
    if (!link) continue;
    const t = link.params;
    const aggregateId = `${t.aggregateType}-${req.key}`;
    const data: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(t.data ?? { [`${t.aggregateType}Id`]: '{aggregateId}' })) data[k] = typeof v === 'string' ? fillTemplate(v, aggregateId, req, s.startMs) : v;
    out.push({ type: s.name.replace(/^publish /, ''), aggregateId, to: t.to, data });
  }
  return out;
}

/** The placeholders of events/domain-event.ts: {aggregateId}, {key}, {timestamp}, {requestId}, {op}. */
function fillTemplate(v: string, aggregateId: string, req: Request, now: number): string | number {
  if (v === '{timestamp}') return now;
  if (v === '{key}') return req.key;
  return v.replaceAll('{aggregateId}', aggregateId).replaceAll('{key}', String(req.key)).replaceAll('{timestamp}', String(now)).replaceAll('{requestId}', String(req.id)).replaceAll('{op}', req.op);
}

export interface PublishedEvent {
  type: string;
  aggregateId: string;
  /** The topic or queue it goes to. */
  to: string;
  data: Record<string, unknown>;
}

export function visited(run: Run, trace: Trace): { nodes: string[]; links: string[] } {
  const nodes = new Set<string>();
  const links = new Set<string>();
  const isNode = new Set(run.scenario.nodes.map((n) => n.id));
  for (const s of trace.spans) (isNode.has(s.target) ? nodes : links).add(s.target);
  for (const l of run.scenario.links) if (links.has(l.id)) nodes.add(l.to);
  return { nodes: [...nodes], links: [...links] };
}

/** Plain data (the recording goes on being written while late work finishes). */
export function copy(t: Trace): Trace {
  return { ...t, spans: t.spans.map((s) => ({ ...s })) };
}
