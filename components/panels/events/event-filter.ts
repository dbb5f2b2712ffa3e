/** Filtering the event log: by type (exact) and by aggregate (text in its id or type). Pure. */
import type { DomainEvent } from '@/simulations/index';

export interface EventFilter {
  type: string;
  aggregate: string;
}

/** Newest first, filtered, at most `limit` rows; also how many matched in all. */
export function visibleEvents(events: readonly DomainEvent[], f: EventFilter, limit: number): { rows: DomainEvent[]; matched: number } {
  const q = f.aggregate.trim().toLowerCase();
  const rows: DomainEvent[] = [];
  let matched = 0;
  for (let i = events.length - 1; i >= 0; i--) {
    const e = events[i];
    if (f.type && e.type !== f.type) continue;
    if (q && !e.aggregateId.toLowerCase().includes(q) && !e.aggregateType.toLowerCase().includes(q)) continue;
    matched++;
    if (rows.length < limit) rows.push(e);
  }
  return { rows, matched };
}

/** Distinct event types, sorted, for the type filter. */
export function eventTypes(events: readonly DomainEvent[]): string[] {
  return [...new Set(events.map((e) => e.type))].sort();
}
