/**
 * What every pattern kind does in a run: its `create`, which builds the PatternNode. Only the engine
 * (simulations/run/run.ts, so the engine and batch workers and the CLI) imports this; the page imports
 * registry.ts (info and schemas only), which keeps the node classes out of the page's JavaScript.
 */
import { streamKind } from './stream';
import { batchJobKind } from './batch-job';
import { fileDropKind } from './file-drop';
import { graphqlKind } from './graphql';
import { gatewayKind } from './gateway';
import { externalApiKind } from './external-api';
import { sagaOrchestratorKind } from './saga-orchestrator';
import { sagaParticipantKind } from './saga-participant';
import { databaseKind } from './database';
import { twoPhaseCoordinatorKind } from './two-phase';
import { eventStoreKind } from './event-store';
import { readModelKind } from './read-model';
import type { PatternKind } from './pattern-kind';
import type { PATTERN_KINDS } from './registry';

/** One entry per kind in PATTERN_KINDS (the type checks that none is missing). */
export const PATTERN_BEHAVIOURS: { readonly [K in keyof typeof PATTERN_KINDS]: PatternKind } = {
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
};

/** The pattern kind named `kind` with its behaviour, or undefined for the core kinds (client, service, queue, topic). */
export function patternBehaviourOf(kind: string): PatternKind | undefined {
  return Object.hasOwn(PATTERN_BEHAVIOURS, kind) ? (PATTERN_BEHAVIOURS as Record<string, PatternKind>)[kind] : undefined;
}
