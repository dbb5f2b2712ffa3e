/**
 * Pause on event: while conditions are set, each incident appended to the run's log is checked
 * against them; the first that matches is kept as the hit and asks the kernel to stop right after
 * the event that caused it. Only looks — a run with breakpoints gives the same numbers as one without.
 */
import type { Kernel } from '../core/kernel';
import type { Incident, IncidentLog } from '../events/incidents';
import { matchIncident, type WatchCondition } from './condition';

export class Breakpoints {
  private conditions: readonly WatchCondition[] = [];
  /** The incident that stopped the current (or last) advance. */
  hit: Incident | undefined;

  constructor(
    private readonly log: IncidentLog,
    private readonly kernel: Kernel,
  ) {}

  get active(): readonly WatchCondition[] {
    return this.conditions;
  }

  /** Replaces the conditions; none = never stop (and no watcher at all). */
  set(conditions: readonly WatchCondition[]): void {
    this.conditions = conditions;
    this.log.watcher = conditions.length > 0 ? this.check : undefined;
  }

  private readonly check = (i: Incident): void => {
    if (this.hit !== undefined) return;
    for (const c of this.conditions) {
      if (!matchIncident(c, i)) continue;
      this.hit = i;
      this.kernel.stop();
      return;
    }
  };
}
