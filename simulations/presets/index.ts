/** Every preset of the pattern library, in gallery order within each section. */
import type { Preset } from './types';
import { preset as restChain } from './rest-chain';
import { preset as eventDrivenSignup } from './event-driven-signup';
import { preset as workQueue } from './work-queue';
import { preset as eventStreaming } from './event-streaming';
import { preset as batchEtl } from './batch-etl';
import { preset as streamingSync } from './streaming-sync';
import { preset as fileExchange } from './file-exchange';
import { preset as graphqlGateway } from './graphql-gateway';
import { preset as apiGateway } from './api-gateway';
import { preset as thirdPartyApi } from './third-party-api';
import { preset as breakerWith } from './breaker-with';
import { preset as breakerWithout } from './breaker-without';
import { preset as sagaOrchestrated } from './saga-orchestrated';
import { preset as sagaChoreographed } from './saga-choreographed';
import { preset as databaseTransaction } from './database-transaction';
import { preset as sharedDatabase } from './shared-database';
import { preset as twoPhaseCommit } from './two-phase-commit';
import { preset as eventSourcing } from './event-sourcing';
import { preset as cqrsReadModel } from './cqrs-read-model';

export const PRESETS: readonly Preset[] = [
  restChain,
  eventDrivenSignup,
  workQueue,
  eventStreaming,
  batchEtl,
  streamingSync,
  fileExchange,
  graphqlGateway,
  apiGateway,
  thirdPartyApi,
  breakerWith,
  breakerWithout,
  sagaOrchestrated,
  sagaChoreographed,
  databaseTransaction,
  sharedDatabase,
  twoPhaseCommit,
  eventSourcing,
  cqrsReadModel,
];

export function findPreset(slug: string): Preset | undefined {
  return PRESETS.find((p) => p.slug === slug);
}

export { PRESET_SECTIONS, type Preset, type Experiment, type PresetSectionId } from './types';
