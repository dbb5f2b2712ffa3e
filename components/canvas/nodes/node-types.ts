/** Node components by kind, at module scope so React Flow never re-mounts them (xyflow #1620). */
import type { ComponentType } from 'react';
import type { NodeTypes } from '@xyflow/react';
import { NODE_KINDS } from '@/simulations/index';
import { NoteNode } from '@/components/annotations/NoteNode';
import { NOTE_TYPE } from '@/components/annotations/note-flow';
import { ClientNode } from './ClientNode';
import { PatternNode } from './PatternNode';
import { QueueNode } from './QueueNode';
import { ServiceNode } from './ServiceNode';
import { TopicNode } from './TopicNode';

const CORE: Record<string, ComponentType<never>> = { client: ClientNode, service: ServiceNode, queue: QueueNode, topic: TopicNode };

/** Every pattern kind shares PatternNode; its look differs by icon, accent, summary and badges. */
export const nodeTypes = { ...Object.fromEntries(Object.keys(NODE_KINDS).map((k) => [k, CORE[k] ?? PatternNode])), [NOTE_TYPE]: NoteNode } as NodeTypes;
