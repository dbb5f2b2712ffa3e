/** Node components by kind, at module scope so React Flow never re-mounts them (xyflow #1620). */
import type { NodeTypes } from '@xyflow/react';
import type { NodeKind } from '@/simulations/index';
import { ClientNode } from './ClientNode';
import { QueueNode } from './QueueNode';
import { ServiceNode } from './ServiceNode';
import { TopicNode } from './TopicNode';

export const nodeTypes = { client: ClientNode, service: ServiceNode, queue: QueueNode, topic: TopicNode } satisfies Record<NodeKind, unknown> & NodeTypes;
