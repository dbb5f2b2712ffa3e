import { describe, expect, it } from 'vitest';
import type { DomainEvent } from '@/simulations/index';
import { eventTypes, visibleEvents } from './event-filter';

const ev = (i: number, type: string, aggregateId: string, aggregateType = 'user'): DomainEvent => ({ id: `e${i}`, type, aggregateId, aggregateType, version: 1, timestamp: i, data: {} });
const log = [ev(1, 'user.registered', 'user-1'), ev(2, 'order.placed', 'order-7', 'order'), ev(3, 'user.updated', 'user-12'), ev(4, 'user.registered', 'user-3')];

describe('event log filter', () => {
  it('shows the newest first and caps the rows, counting every match', () => {
    const { rows, matched } = visibleEvents(log, { type: '', aggregate: '' }, 2);
    expect(rows.map((e) => e.id)).toEqual(['e4', 'e3']);
    expect(matched).toBe(4);
  });
  it('filters by exact type and by text in the aggregate id or type, case-insensitively', () => {
    expect(visibleEvents(log, { type: 'user.registered', aggregate: '' }, 10).rows.map((e) => e.id)).toEqual(['e4', 'e1']);
    expect(visibleEvents(log, { type: '', aggregate: 'USER-1' }, 10).rows.map((e) => e.id)).toEqual(['e3', 'e1']);
    expect(visibleEvents(log, { type: '', aggregate: 'order' }, 10).rows.map((e) => e.id)).toEqual(['e2']);
    expect(eventTypes(log)).toEqual(['order.placed', 'user.registered', 'user.updated']);
  });
});
