/** A bounded log of the most recent domain events, for inspection in the UI. */
import type { DomainEvent } from '../core/types';

export class EventLog {
  private readonly ring: (DomainEvent | undefined)[];
  /** Events ever appended. */
  total = 0;

  constructor(readonly capacity = 500) {
    this.ring = new Array(capacity);
  }

  append(e: DomainEvent): void {
    this.ring[this.total % this.capacity] = e;
    this.total++;
  }

  /** Events with index ≥ `from` that are still held, oldest first. */
  since(from = 0, limit = this.capacity): DomainEvent[] {
    const start = Math.max(from, this.total - this.capacity, this.total - limit, 0);
    const out: DomainEvent[] = [];
    for (let i = start; i < this.total; i++) out.push(this.ring[i % this.capacity]!);
    return out;
  }
}
