/** Every link kind: its schema and which node kinds it may join. */
import type { NodeKind } from '../components/registry';
import { consumeLinkSchema, subscribeLinkSchema } from './deliver';
import { enqueueLinkSchema, publishLinkSchema } from './produce';
import { restLinkSchema } from './rest';

export interface LinkKindInfo {
  title: string;
  /** The caller waits for an answer. */
  sync: boolean;
  from: readonly NodeKind[];
  to: readonly NodeKind[];
  summary: string;
}

export const LINK_KINDS = {
  rest: { title: 'REST call', sync: true, from: ['client', 'service'], to: ['service'], summary: 'Synchronous request/response with latency, timeout, retry, circuit breaker, rate limit, bulkhead.' },
  publish: { title: 'Publish event', sync: false, from: ['client', 'service'], to: ['topic'], summary: 'Fire-and-forget domain event to a topic.' },
  enqueue: { title: 'Send to queue', sync: false, from: ['client', 'service'], to: ['queue'], summary: 'Fire-and-forget message to a queue.' },
  subscribe: { title: 'Subscription', sync: false, from: ['topic'], to: ['service'], summary: 'The subscriber receives its own copy of every event.' },
  consume: { title: 'Consumer', sync: false, from: ['queue'], to: ['service'], summary: 'The consumer competes with others for messages.' },
} as const satisfies Record<string, LinkKindInfo>;

export type LinkKind = keyof typeof LINK_KINDS;

export const LINK_SCHEMAS = [restLinkSchema, publishLinkSchema, enqueueLinkSchema, subscribeLinkSchema, consumeLinkSchema] as const;
