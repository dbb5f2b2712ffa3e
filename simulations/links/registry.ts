/** Every link kind: its schema and which node kinds it may join. */
import { NODE_KINDS, type NodeKind, type NodeKindInfo } from '../components/registry';
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

/** Which node kinds have a capability: link rules follow from what each kind declares it can do. */
function kindsWhere(test: (info: NodeKindInfo) => boolean): readonly NodeKind[] {
  return (Object.keys(NODE_KINDS) as NodeKind[]).filter((k) => test(NODE_KINDS[k]));
}

const callers = kindsWhere((k) => k.caller);
const callables = kindsWhere((k) => k.callable);
const topics = kindsWhere((k) => k.broker === 'topic');
const readableTopics = kindsWhere((k) => k.broker === 'topic' && !k.sinkOnly);
const queues = kindsWhere((k) => k.broker === 'queue');

export const LINK_KINDS = {
  rest: { title: 'REST call', sync: true, from: callers, to: callables, summary: 'Synchronous request/response with latency, timeout, retry, circuit breaker, rate limit, bulkhead.' },
  publish: { title: 'Publish event', sync: false, from: callers, to: topics, summary: 'Fire-and-forget domain event to a topic.' },
  enqueue: { title: 'Send to queue', sync: false, from: callers, to: queues, summary: 'Fire-and-forget message to a queue.' },
  subscribe: { title: 'Subscription', sync: false, from: readableTopics, to: callables, summary: 'The subscriber receives its own copy of every event.' },
  consume: { title: 'Consumer', sync: false, from: queues, to: callables, summary: 'The consumer competes with others for messages.' },
} as const satisfies Record<string, LinkKindInfo>;

export type LinkKind = keyof typeof LINK_KINDS;

export const LINK_SCHEMAS = [restLinkSchema, publishLinkSchema, enqueueLinkSchema, subscribeLinkSchema, consumeLinkSchema] as const;
