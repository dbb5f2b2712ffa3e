/** What every component and link gets from the run it belongs to. */
import type { Kernel } from '../core/kernel';
import type { Rng } from '../core/rng';
import type { EventLog } from '../events/event-log';
import type { LogHistogram } from '../metrics/histogram';
import type { FaultState } from '../faults/fault-state';
import type { Incident } from '../events/incidents';
import type { Tracer } from '../trace/tracer';

export interface RunContext {
  readonly kernel: Kernel;
  readonly seed: number;
  readonly warmupMs: number;
  /** An independent random stream for `key` (e.g. "api/work"), derived from the seed. */
  stream(key: string): Rng;
  nextRequestId(): number;
  readonly eventLog: EventLog;
  /** Consistency-lag histogram of a consumer node (created on first use). */
  lag(consumerId: string): LogHistogram;
  /** Fault state of a node or link (created on first use). */
  faults(targetId: string): FaultState;
  /**
   * State shared by several nodes of one run under a key (e.g. the ledger of acknowledged writes that
   * read models compare against, or saga outcomes), created on first use.
   */
  shared<T>(key: string, create: () => T): T;
  /** Records an incident (breaker change, dead-letter, compensation, stale read); never changes the numbers. */
  incident(i: Incident): void;
  /** Request tracing; absent when the run was started with `trace: false`. */
  readonly tracer?: Tracer;
}
