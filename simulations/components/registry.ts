/**
 * Every node kind: its schema, how the canvas presents it, and what it may connect to.
 * Adding a kind means its own file, one entry here, and its look on the canvas.
 */
import { clientSchema } from './client';
import { queueSchema } from './queue';
import { serviceSchema } from './service';
import { topicSchema } from './topic';
import type { PatternKind } from './pattern-kind';
import { streamKind, streamSchema } from './stream';
import { batchJobKind, batchJobSchema } from './batch-job';
import { fileDropKind, fileDropSchema } from './file-drop';
import { graphqlKind, graphqlSchema } from './graphql';
import { gatewayKind, gatewaySchema } from './gateway';
import { externalApiKind, externalApiSchema } from './external-api';
import { sagaOrchestratorKind, sagaOrchestratorSchema } from './saga-orchestrator';
import { sagaParticipantKind, sagaParticipantSchema } from './saga-participant';
import { databaseKind, databaseSchema } from './database';
import { twoPhaseCoordinatorKind, twoPhaseCoordinatorSchema } from './two-phase';
import { eventStoreKind, eventStoreSchema } from './event-store';
import { readModelKind, readModelSchema } from './read-model';

export type NodeCategory = 'traffic' | 'compute' | 'messaging' | 'data' | 'coordination' | 'edge';

export interface NodeKindInfo {
  title: string;
  category: NodeCategory;
  summary: string;
  /** Can answer synchronous calls. */
  callable: boolean;
  /** Receives messages: 'topic' (publish, each subscriber gets a copy) or 'queue' (enqueue, consumers compete). */
  broker: false | 'topic' | 'queue';
  /** Can make calls and send messages (has outgoing REST / publish / enqueue links). */
  caller: boolean;
  /** Faults (outage, error burst, slowdown) may target it. */
  faultable: boolean;
  /** Okabe–Ito accent for its canvas look. */
  accent: string;
  /** A broker that only takes messages in (e.g. a batch job's change pile): nothing subscribes to it. */
  sinkOnly?: boolean;
}

const CORE_KINDS = {
  client: { title: 'Client', category: 'traffic', summary: 'Sends requests: constant, Poisson, bursts, ramp, or N users with think time.', callable: false, broker: false, caller: true, faultable: false, accent: '#0072B2' },
  service: { title: 'Service', category: 'compute', summary: 'Workers, a waiting line, its own work, then calls to others.', callable: true, broker: false, caller: true, faultable: true, accent: '#009E73' },
  queue: { title: 'Queue', category: 'messaging', summary: 'Point-to-point: consumers compete; redelivery and dead letters.', callable: false, broker: 'queue', caller: false, faultable: false, accent: '#E69F00' },
  topic: { title: 'Topic', category: 'messaging', summary: 'Pub/sub: each subscriber gets its own copy and backlog.', callable: false, broker: 'topic', caller: false, faultable: false, accent: '#CC79A7' },
} as const satisfies Record<string, NodeKindInfo>;

/**
 * Pattern kinds: each file exports its PatternKind; one line here (and its schema below) adds it.
 * The run wires them through the PatternNode contract.
 */
export const PATTERN_KINDS = {
  stream: streamKind,
  batchJob: batchJobKind,
  fileDrop: fileDropKind,
  graphql: graphqlKind,
  gateway: gatewayKind,
  externalApi: externalApiKind,
  sagaOrchestrator: sagaOrchestratorKind,
  sagaParticipant: sagaParticipantKind,
  database: databaseKind,
  twoPhaseCoordinator: twoPhaseCoordinatorKind,
  eventStore: eventStoreKind,
  readModel: readModelKind,
} as const satisfies Record<string, PatternKind>;

export const NODE_KINDS: Record<NodeKind, NodeKindInfo> = {
  ...CORE_KINDS,
  ...(Object.fromEntries(Object.entries(PATTERN_KINDS).map(([k, v]) => [k, (v as PatternKind).info])) as Record<keyof typeof PATTERN_KINDS, NodeKindInfo>),
};

export type NodeKind = keyof typeof CORE_KINDS | keyof typeof PATTERN_KINDS;

/** The pattern kind named `kind`, or undefined for the core kinds (client, service, queue, topic). */
export function patternKindOf(kind: string): PatternKind | undefined {
  return Object.hasOwn(PATTERN_KINDS, kind) ? (PATTERN_KINDS as Record<string, PatternKind>)[kind] : undefined;
}

export const NODE_SCHEMAS = [
  clientSchema,
  serviceSchema,
  queueSchema,
  topicSchema,
  streamSchema,
  batchJobSchema,
  fileDropSchema,
  graphqlSchema,
  gatewaySchema,
  externalApiSchema,
  sagaOrchestratorSchema,
  sagaParticipantSchema,
  databaseSchema,
  twoPhaseCoordinatorSchema,
  eventStoreSchema,
  readModelSchema,
] as const;
