/**
 * Incidents: the few moments a room wants to stop and look at — a breaker changing state, a
 * message dead-lettered, a saga compensated, a stale read — each with a one-line explanation that
 * carries the numbers that caused it. Components append them where they happen (through
 * `RunContext.incident`); the log is bounded like the event log, and reading it never changes a
 * run's numbers. A watcher (pause on event) may look at each one as it is appended.
 */
import type { BreakerState } from '../policies/circuit-breaker';

export type IncidentKind = 'breaker' | 'deadLetter' | 'compensation' | 'staleRead';
export const INCIDENT_KINDS: readonly IncidentKind[] = ['breaker', 'deadLetter', 'compensation', 'staleRead'];

export interface Incident {
  /** Simulated time it happened (ms). */
  atMs: number;
  kind: IncidentKind;
  /** Where it happened: a node … */
  nodeId?: string;
  /** … or a link (breakers). */
  linkId?: string;
  /** The state a breaker entered. */
  state?: BreakerState;
  /** One line, with the numbers that caused it. */
  text: string;
}

export class IncidentLog {
  private readonly ring: (Incident | undefined)[];
  /** Incidents ever appended. */
  total = 0;
  /** Incidents ever appended, per kind (the ring forgets, these do not). */
  readonly counts: Record<IncidentKind, number> = { breaker: 0, deadLetter: 0, compensation: 0, staleRead: 0 };
  /** Called with each incident as it is appended (pause on event); must not touch the run. */
  watcher?: (i: Incident) => void;

  constructor(readonly capacity = 500) {
    this.ring = new Array(capacity);
  }

  append(i: Incident): void {
    this.ring[this.total % this.capacity] = i;
    this.total++;
    this.counts[i.kind]++;
    this.watcher?.(i);
  }

  /** Incidents with index ≥ `from` that are still held (at most the last `limit`), oldest first. */
  since(from = 0, limit = this.capacity): Incident[] {
    const start = Math.max(from, this.total - this.capacity, this.total - limit, 0);
    const out: Incident[] = [];
    for (let i = start; i < this.total; i++) out.push(this.ring[i % this.capacity]!);
    return out;
  }
}

/** "orders → payments": a link named by its ends, as the canvas shows it. */
export const linkName = (from: string, to: string): string => `${from} → ${to}`;

/** A rate in percent for a one-line explanation: "62.5 %", "50 %". */
export const pct = (x: number): string => `${Math.round(x * 10) / 10} %`;
