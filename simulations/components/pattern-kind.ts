/**
 * The contract a pattern kind (gateway, database, event store, stream, saga, …) fulfils so the run
 * can wire it without knowing it: a kind file exports a `PatternKind` and adds one registry line.
 * Capabilities are declared in `info` (what links may touch it) and met by the optional members of
 * the node it creates.
 */
import type { z } from 'zod';
import type { Message, Replier, Request } from '../core/types';
import type { Summary } from '../metrics/histogram';
import type { QueueReport } from '../metrics/queue-stats';
import type { RunContext } from '../run/context';
import type { Consumer } from './backlog';
import type { NodeKindInfo } from './registry';
import type { Outlet } from './outlet';

/** What consumers attach to: a queue's backlog, a topic subscription, a stream's consumer group. */
export interface Subscription {
  readonly id: string;
  readonly consumers: Consumer[];
  readonly depth: number;
  readonly inFlightCount: number;
  /** Hands waiting messages to free consumers (called when a consumer becomes reachable again). */
  dispatch(now: number): void;
  /** One row of QUEUE_SERIES for the closing window. */
  window(now: number): number[];
  readonly stats: { report(depthAtEnd: number, inFlightAtEnd: number): QueueReport };
}

/** Live numbers for the canvas badges. `metrics` holds the kind's own, named in its report's words. */
export interface PatternGauge {
  queueDepth: number;
  inFlight: number;
  busy?: number;
  workers?: number;
  metrics?: Record<string, number>;
}

/** A pattern node's final numbers: named counts/ratios, and latency-like summaries. */
export interface PatternReport {
  kind: string;
  values: Record<string, number>;
  summaries?: Record<string, Summary>;
}

export interface PatternNode {
  readonly id: string;
  /** Links leaving this node attach here (when `info.caller`). */
  readonly outlets: Outlet[];
  /** Takes a synchronous call or a delivered message (when `info.callable`). */
  accept?(req: Request, replier: Replier, now: number): void;
  /** Takes a published/enqueued message (when `info.broker`). */
  publish?(msg: Message, now: number): boolean;
  /** The backlog a subscriber node reads from (topic-like brokers); one per subscriber id. */
  subscribe?(subscriberId: string): Subscription;
  /** The one backlog consumers compete on (queue-like brokers). */
  readonly backlog?: Subscription;
  /** Called once all links are attached. */
  start?(): void;
  gauge(now: number): PatternGauge;
  /** Column names of this node's time series, if it has one; `window` returns one row per window. */
  readonly seriesColumns?: readonly string[];
  window?(now: number): number[];
  report(now: number): PatternReport;
}

/** What the page needs of a kind (palette, inspector, validation): no behaviour, so no engine code. */
export interface PatternKindSpec<S extends z.ZodType = z.ZodType> {
  info: NodeKindInfo;
  schema: S;
}

/** A kind with its behaviour: what the run needs (see behaviours.ts). */
export interface PatternKind<S extends z.ZodType = z.ZodType> extends PatternKindSpec<S> {
  create(id: string, params: z.infer<S>, ctx: RunContext): PatternNode;
}
