/**
 * Every node kind: its schema, how the canvas presents it, and what it may connect to.
 * Adding a kind means its own file, one entry here, and its look on the canvas.
 */
import { clientSchema } from './client';
import { queueSchema } from './queue';
import { serviceSchema } from './service';
import { topicSchema } from './topic';

export type NodeCategory = 'traffic' | 'compute' | 'messaging';

export interface NodeKindInfo {
  title: string;
  category: NodeCategory;
  summary: string;
  /** Can answer synchronous calls. */
  callable: boolean;
  /** Can receive messages (publish/enqueue targets). */
  broker: boolean;
}

export const NODE_KINDS = {
  client: { title: 'Client', category: 'traffic', summary: 'Sends requests: constant, Poisson, bursts, ramp, or N users with think time.', callable: false, broker: false },
  service: { title: 'Service', category: 'compute', summary: 'Workers, a waiting line, its own work, then calls to others.', callable: true, broker: false },
  queue: { title: 'Queue', category: 'messaging', summary: 'Point-to-point: consumers compete; redelivery and dead letters.', callable: false, broker: true },
  topic: { title: 'Topic', category: 'messaging', summary: 'Pub/sub: each subscriber gets its own copy and backlog.', callable: false, broker: true },
} as const satisfies Record<string, NodeKindInfo>;

export type NodeKind = keyof typeof NODE_KINDS;

export const NODE_SCHEMAS = [clientSchema, serviceSchema, queueSchema, topicSchema] as const;
