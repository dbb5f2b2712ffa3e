/** Shapes shared by components, links and the run. */
import type { Recording } from '../trace/recording';

/** How one request (or one attempt of it) ended, as the caller sees it. */
export type Outcome = 'ok' | 'error' | 'timeout' | 'rejected' | 'shortCircuited' | 'rateLimited';
export type FailureKind = Exclude<Outcome, 'ok'>;
export const FAILURE_KINDS: readonly FailureKind[] = ['error', 'timeout', 'rejected', 'shortCircuited', 'rateLimited'];

/** One logical request started by a client, or one message being processed by a consumer. */
export interface Request {
  id: number;
  /** Operation name, e.g. `GET /api/users/{id}` or an event type when consuming. */
  op: string;
  /** Node that started it (client id, or the queue/topic for a consumed message). */
  origin: string;
  createdAt: number;
  /** Started after the warm-up, so it counts in the statistics. */
  counted: boolean;
  /** Which entity it touches (1..keySpace of its client): drives aggregate ids and versions. */
  key: number;
  /** When the originating write was acknowledged; consistency lag is measured from here. */
  originAt: number;
  /** The domain event being consumed, when the request is a delivered message. */
  event?: DomainEvent;
  /** The event type a publish link sends for this request instead of its own (a saga participant announcing success, failure or an undo). */
  eventType?: string;
  /** Set only on sampled requests: the trace being recorded (see trace/recording.ts). */
  trace?: Recording;
}

/**
 * Whoever waits for an answer. An object rather than a callback: the hot path then allocates
 * plain objects, never closures (cheaper, and immune to transpilers that wrap every function).
 */
export interface Replier {
  reply(outcome: Outcome, degraded: boolean, now: number): void;
}

/** For fire-and-forget sends whose answer nobody waits for. */
export const NO_REPLY: Replier = { reply() {} };

/** Anything that can take a synchronous call (a service, later a gateway, a database, …). */
export interface SyncCallee {
  readonly id: string;
  accept(req: Request, replier: Replier, now: number): void;
}

/** The guide's domain event shape. `timestamp` is simulated time in ms. */
export interface DomainEvent {
  id: string;
  type: string;
  aggregateId: string;
  aggregateType: string;
  version: number;
  timestamp: number;
  data: Record<string, unknown>;
  metadata?: Record<string, unknown>;
}

/** A message in a queue or topic subscription; the broker's own bookkeeping lives beside the event. */
export interface Message {
  event: DomainEvent;
  originAt: number;
  enqueuedAt: number;
  counted: boolean;
  /** The entity key of the request that caused it (partitioning, versions). */
  key: number;
  receiveCount: number;
  /** Bumped on every delivery, so an answer from an earlier delivery is recognised as stale. */
  receipt: number;
  state: 'visible' | 'inflight' | 'delayed' | 'acked' | 'dead';
}

/** Anything a producer can hand a message to (a queue, a topic). */
export interface MessageSink {
  readonly id: string;
  publish(msg: Message, now: number): boolean;
}
