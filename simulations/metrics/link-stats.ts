/** Counters of one link: calls, attempts and what became of them. */
import type { BreakerTransition } from '../policies/circuit-breaker';
import { LogHistogram, type Summary } from './histogram';

export interface LinkReport {
  calls: number;
  attempts: number;
  retries: number;
  succeeded: number;
  timeouts: number;
  errors: number;
  rejected: number;
  shortCircuited: number;
  rateLimited: number;
  latencyMs: Summary;
  breakerTransitions: BreakerTransition[];
}

export const LINK_SERIES = ['calls', 'ok', 'failed', 'timeouts', 'shortCircuited', 'rateLimited', 'retries', 'rejected', 'breaker', 'failureRate'] as const;

/** Breaker state as a number for charts: 0 closed, 1 half-open, 2 open. */
export const BREAKER_LEVEL = { CLOSED: 0, HALF_OPEN: 1, OPEN: 2 } as const;

export class LinkStats {
  calls = 0;
  attempts = 0;
  retries = 0;
  succeeded = 0;
  timeouts = 0;
  errors = 0;
  rejected = 0;
  shortCircuited = 0;
  rateLimited = 0;
  readonly latency = new LogHistogram();
  readonly transitions: BreakerTransition[] = [];
  /** calls, ok, failed, timeouts, shortCircuited, rateLimited, retries, rejected */
  readonly w = new Float64Array(8);

  /** One attempt's outcome; `counted` follows the request's cohort. */
  onAttemptEnd(counted: boolean, outcome: string): void {
    if (outcome === 'ok') this.w[1]++;
    else this.w[2]++;
    if (outcome === 'timeout') this.w[3]++;
    else if (outcome === 'shortCircuited') this.w[4]++;
    else if (outcome === 'rateLimited') this.w[5]++;
    else if (outcome === 'rejected') this.w[7]++;
    if (!counted) return;
    switch (outcome) {
      case 'ok': this.succeeded++; break;
      case 'timeout': this.timeouts++; break;
      case 'error': this.errors++; break;
      case 'rejected': this.rejected++; break;
      case 'shortCircuited': this.shortCircuited++; break;
      case 'rateLimited': this.rateLimited++; break;
    }
  }

  window(breakerLevel: number, failureRate: number): number[] {
    const row = [...this.w, breakerLevel, failureRate];
    this.w.fill(0);
    return row;
  }

  report(): LinkReport {
    return {
      calls: this.calls,
      attempts: this.attempts,
      retries: this.retries,
      succeeded: this.succeeded,
      timeouts: this.timeouts,
      errors: this.errors,
      rejected: this.rejected,
      shortCircuited: this.shortCircuited,
      rateLimited: this.rateLimited,
      latencyMs: this.latency.summary(),
      breakerTransitions: this.transitions.slice(),
    };
  }
}
