/** The caller's side of a link: what a client or service holds to send something along it. */
import type { Replier, Request } from '../core/types';

export interface Outlet {
  readonly id: string;
  /** Id of the node at the other end of the link. */
  readonly to: string;
  /** true: the caller waits for the answer (REST); false: fire-and-forget (publish, enqueue). */
  readonly sync: boolean;
  /** Share of a client's traffic when it has several outlets. */
  readonly weight: number;
  /** Chance a service makes this call for a given request. */
  readonly probability: number;
  /** A degraded answer instead of a failure when this call fails. */
  readonly fallback: boolean;
  call(req: Request, replier: Replier, now: number): void;
}
