/** Every preset of the pattern library, in gallery order within each section. */
import type { Preset } from './types';

export const PRESETS: readonly Preset[] = [];

export function findPreset(slug: string): Preset | undefined {
  return PRESETS.find((p) => p.slug === slug);
}

export { PRESET_SECTIONS, type Preset, type Experiment, type PresetSectionId } from './types';
