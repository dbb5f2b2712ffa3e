/** Builds the guide's domain events from a publishing link's template. */
import type { DomainEvent, Request } from '../core/types';

export interface EventTemplate {
  eventType: string;
  aggregateType: string;
  /** Values may contain {aggregateId}, {key}, {timestamp}, {requestId}, {op}. */
  data?: Record<string, string | number | boolean>;
}

/** Keeps the per-aggregate version counter; bounded by the client's key space. */
export class EventFactory {
  private versions = new Map<string, number>();
  private seq = 0;

  constructor(private readonly source: string) {}

  create(t: EventTemplate, req: Request, now: number): DomainEvent {
    const aggregateId = `${t.aggregateType}-${req.key}`;
    const version = (this.versions.get(aggregateId) ?? 0) + 1;
    this.versions.set(aggregateId, version);
    const data: Record<string, unknown> = {};
    if (t.data) {
      for (const [k, v] of Object.entries(t.data)) data[k] = typeof v === 'string' ? fill(v, aggregateId, req, now) : v;
    } else {
      data[`${t.aggregateType}Id`] = aggregateId;
    }
    return {
      id: `${this.source}-${++this.seq}`,
      type: t.eventType,
      aggregateId,
      aggregateType: t.aggregateType,
      version,
      timestamp: now,
      data,
      // The correlation id names the original request and stays the same along a chain of events;
      // the causation id names the event that directly caused this one.
      metadata: { source: this.source, correlationId: req.event?.metadata?.correlationId ?? `req-${req.id}`, ...(req.event ? { causationId: req.event.id } : {}) },
    };
  }
}

function fill(s: string, aggregateId: string, req: Request, now: number): string | number {
  if (s === '{timestamp}') return now;
  if (s === '{key}') return req.key;
  return s
    .replaceAll('{aggregateId}', aggregateId)
    .replaceAll('{key}', String(req.key))
    .replaceAll('{timestamp}', String(now))
    .replaceAll('{requestId}', String(req.id))
    .replaceAll('{op}', req.op);
}
