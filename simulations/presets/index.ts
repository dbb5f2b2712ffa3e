/** Every preset of the pattern library, in gallery order within each section. */
import type { Preset } from './types';
import { preset as restChain } from './rest-chain';
import { preset as eventDrivenSignup } from './event-driven-signup';
import { preset as workQueue } from './work-queue';
import { preset as eventStreaming } from './event-streaming';
import { preset as batchEtl } from './batch-etl';
import { preset as streamingSync } from './streaming-sync';
import { preset as fileExchange } from './file-exchange';

export const PRESETS: readonly Preset[] = [
  restChain,
  eventDrivenSignup,
  workQueue,
  eventStreaming,
  batchEtl,
  streamingSync,
  fileExchange,
];

export function findPreset(slug: string): Preset | undefined {
  return PRESETS.find((p) => p.slug === slug);
}

export { PRESET_SECTIONS, type Preset, type Experiment, type PresetSectionId } from './types';
