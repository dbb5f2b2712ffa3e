/**
 * How each pattern kind (gateway, database, stream, saga, …) reads on the canvas: the one-line
 * summary of its parameters and which of its live metrics become badges. One file per kind beside
 * this one, one line in PATTERN_UI; a kind without an entry still shows, with its registry summary.
 */
import { NODE_KINDS, type NodeKind } from '@/simulations/index';
import type { DocNode } from '@/lib/scenario-doc/types';
import { streamUi } from './stream';
import { batchJobUi } from './batch-job';
import { fileDropUi } from './file-drop';
import { graphqlUi } from './graphql';
import { gatewayUi } from './gateway';
import { externalApiUi } from './external-api';
import { sagaOrchestratorUi } from './saga-orchestrator';
import { sagaParticipantUi } from './saga-participant';
import { databaseUi } from './database';
import { twoPhaseCoordinatorUi } from './two-phase';
import { eventStoreUi } from './event-store';
import { readModelUi } from './read-model';

export interface PatternBadge {
  /** Key in the node gauge's `metrics`. */
  metric: string;
  /** Short words before the number, e.g. "stale". */
  label: string;
  /** Shown in warning colour when the value is above this (e.g. 0 for stale reads). */
  warnAbove?: number;
  format?: (v: number) => string;
}

export interface PatternUi {
  summary(node: DocNode): string;
  badges: PatternBadge[];
}

export const PATTERN_UI: Partial<Record<NodeKind, PatternUi>> = {
  stream: streamUi,
  batchJob: batchJobUi,
  fileDrop: fileDropUi,
  graphql: graphqlUi,
  gateway: gatewayUi,
  externalApi: externalApiUi,
  sagaOrchestrator: sagaOrchestratorUi,
  sagaParticipant: sagaParticipantUi,
  database: databaseUi,
  twoPhaseCoordinator: twoPhaseCoordinatorUi,
  eventStore: eventStoreUi,
  readModel: readModelUi,
};

export function patternSummary(node: DocNode): string {
  const ui = PATTERN_UI[node.kind as NodeKind];
  return ui ? ui.summary(node) : (NODE_KINDS[node.kind as NodeKind]?.summary ?? '');
}
