'use client';
/** Play/pause, step and reset: the buttons a teacher presses most, large enough to hit on a projector. */
import { useDriver, useRun } from '@/components/playground/PlaygroundProvider';
import { PauseIcon, PlayIcon, ResetIcon, StepIcon } from './icons';

const SHAPE =
  'inline-flex h-[2.25rem] items-center gap-1.5 rounded-md border px-2.5 text-sm font-medium focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-[#0072B2] disabled:cursor-not-allowed disabled:opacity-50';
export const BUTTON = `${SHAPE} border-slate-300 bg-white text-slate-800 hover:bg-slate-50 dark:border-slate-600 dark:bg-slate-900 dark:text-slate-100 dark:hover:bg-slate-800`;
const PRIMARY = `${SHAPE} border-[#0072B2] bg-[#0072B2] text-white hover:bg-[#005f94]`;

export function PlayButtons() {
  const driver = useDriver();
  const status = useRun((s) => s.status);
  const atStart = useRun((s) => s.nowMs === 0);
  const running = status === 'running';
  const ready = !!driver && status !== 'invalid';
  const playLabel = running ? 'Pause' : status === 'done' ? 'Replay' : 'Play';
  return (
    <div className="flex items-center gap-1.5" role="group" aria-label="Run">
      <button
        type="button"
        data-testid="run-play"
        onClick={() => driver?.toggle()}
        disabled={!ready}
        aria-keyshortcuts="Space"
        title={`${playLabel} (Space)`}
        className={`${running ? BUTTON : PRIMARY} min-w-[6.25rem] justify-center`}
      >
        {running ? <PauseIcon /> : <PlayIcon />}
        {playLabel}
      </button>
      <button
        type="button"
        data-testid="run-step"
        onClick={() => void driver?.step()}
        disabled={!ready || status === 'done'}
        aria-keyshortcuts="ArrowRight"
        title="Step one window of simulated time, then pause (→)"
        className={BUTTON}
      >
        <StepIcon />
        Step
      </button>
      <button
        type="button"
        data-testid="run-next-event"
        onClick={() => void driver?.nextIncident()}
        disabled={!ready || status === 'done'}
        title="Run on to the next thing worth stopping for — a breaker changing state, a dead-letter, a compensation, a stale read — and pause there"
        className={BUTTON}
      >
        <StepIcon />
        Next event
      </button>
      <button
        type="button"
        data-testid="run-reset"
        onClick={() => void driver?.reset()}
        disabled={!driver || (atStart && status !== 'running' && status !== 'done')}
        title="Back to 0 s with the same seed: the same run again"
        className={BUTTON}
      >
        <ResetIcon />
        Reset
      </button>
    </div>
  );
}
