/**
 * Every node kind: its schema, how the canvas presents it, and what it may connect to.
 * Adding a kind means its files (`<kind>.schema.ts`: schema + info; `<kind>.ts`: behaviour), one entry
 * here, one in behaviours.ts, and its look on the canvas.
 *
 * Only schemas and info on purpose: the page imports this (palette, inspector, validation) and must not
 * bundle the engine's node classes; those are reached through behaviours.ts, which only the run imports.
 */
import { clientSchema } from './client.schema';
import { queueSchema } from './queue.schema';
import { serviceSchema } from './service.schema';
import { topicSchema } from './topic.schema';
import type { PatternKindSpec } from './pattern-kind';
import { streamInfo, streamSchema } from './stream.schema';
import { batchJobInfo, batchJobSchema } from './batch-job.schema';
import { fileDropInfo, fileDropSchema } from './file-drop.schema';
import { graphqlInfo, graphqlSchema } from './graphql.schema';
import { gatewayInfo, gatewaySchema } from './gateway.schema';
import { externalApiInfo, externalApiSchema } from './external-api.schema';
import { sagaOrchestratorInfo, sagaOrchestratorSchema } from './saga-orchestrator.schema';
import { sagaParticipantInfo, sagaParticipantSchema } from './saga-participant.schema';
import { databaseInfo, databaseSchema } from './database.schema';
import { twoPhaseCoordinatorInfo, twoPhaseCoordinatorSchema } from './two-phase.schema';
import { eventStoreInfo, eventStoreSchema } from './event-store.schema';
import { readModelInfo, readModelSchema } from './read-model.schema';

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
 * Pattern kinds' info and schema: one line here (and its schema below) adds one. The run wires their
 * behaviour (behaviours.ts) through the PatternNode contract.
 */
export const PATTERN_KINDS = {
  stream: { info: streamInfo, schema: streamSchema },
  batchJob: { info: batchJobInfo, schema: batchJobSchema },
  fileDrop: { info: fileDropInfo, schema: fileDropSchema },
  graphql: { info: graphqlInfo, schema: graphqlSchema },
  gateway: { info: gatewayInfo, schema: gatewaySchema },
  externalApi: { info: externalApiInfo, schema: externalApiSchema },
  sagaOrchestrator: { info: sagaOrchestratorInfo, schema: sagaOrchestratorSchema },
  sagaParticipant: { info: sagaParticipantInfo, schema: sagaParticipantSchema },
  database: { info: databaseInfo, schema: databaseSchema },
  twoPhaseCoordinator: { info: twoPhaseCoordinatorInfo, schema: twoPhaseCoordinatorSchema },
  eventStore: { info: eventStoreInfo, schema: eventStoreSchema },
  readModel: { info: readModelInfo, schema: readModelSchema },
} as const satisfies Record<string, PatternKindSpec>;

export const NODE_KINDS: Record<NodeKind, NodeKindInfo> = {
  ...CORE_KINDS,
  ...(Object.fromEntries(Object.entries(PATTERN_KINDS).map(([k, v]) => [k, (v as PatternKindSpec).info])) as Record<keyof typeof PATTERN_KINDS, NodeKindInfo>),
};

export type NodeKind = keyof typeof CORE_KINDS | keyof typeof PATTERN_KINDS;

/** The pattern kind named `kind` (info and schema), or undefined for the core kinds (client, service, queue, topic). */
export function patternKindOf(kind: string): PatternKindSpec | undefined {
  return Object.hasOwn(PATTERN_KINDS, kind) ? (PATTERN_KINDS as Record<string, PatternKindSpec>)[kind] : undefined;
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
