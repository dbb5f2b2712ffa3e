'use client';
/** The run's controls in the top bar: play, step, reset, speed, seed, simulated clock and status. */
import { useCallback } from 'react';
import { useDriver, usePlayground } from '@/components/playground/PlaygroundProvider';
import { PauseOnSelect } from './PauseOnSelect';
import { PlayButtons } from './PlayButtons';
import { RunStatus } from './RunStatus';
import { SeedField } from './SeedField';
import { SimClock } from './SimClock';
import { SpeedSelect } from './SpeedSelect';
import { useRunKeys } from './use-run-keys';

export function RunControls() {
  const driver = useDriver();
  const { ui } = usePlayground();
  useRunKeys(
    driver,
    // The presenter view has keys of its own (→ = next lesson step).
    useCallback(() => ui.getState().cheatSheetOpen || ui.getState().view === 'present', [ui]),
  );
  return (
    <div className="flex flex-wrap items-center gap-x-3 gap-y-2" data-testid="run-controls">
      <PlayButtons />
      <SimClock />
      <SpeedSelect />
      <PauseOnSelect />
      <SeedField />
      <RunStatus />
    </div>
  );
}
