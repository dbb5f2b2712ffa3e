'use client';
/** One "Try this" experiment: what to do, what will happen, and Apply (one undoable step on the open scenario). */
import { useId } from 'react';
import type { Experiment } from '@/simulations/presets';
import type { Trial } from '@/lib/presets/guide';

export interface ExperimentCardProps {
  n: number;
  experiment: Experiment;
  trial: Trial;
  /** This card's Apply produced the open document. */
  applied: boolean;
  onApply(): void;
}

export function ExperimentCard({ n, experiment, trial, applied, onApply }: ExperimentCardProps) {
  const id = useId();
  // Applying again would change nothing (a parameter already at its value): it is in effect.
  const inEffect = applied || (trial.ok && !trial.changes);
  return (
    <li className="rounded-md border border-slate-200 bg-white px-3 py-2 dark:border-slate-700 dark:bg-slate-900" data-testid="experiment">
      <div className="flex items-start gap-3">
        <p id={`${id}-title`} className="min-w-0 flex-1 font-medium text-slate-900 dark:text-slate-100">
          <span className="mr-1 text-slate-500 dark:text-slate-400">{n}.</span>
          {experiment.title}
        </p>
        <button
          type="button"
          onClick={onApply}
          disabled={!trial.ok || inEffect}
          aria-describedby={`${id}-expect`}
          aria-labelledby={`${id}-apply ${id}-title`}
          id={`${id}-apply`}
          className={`h-[1.9rem] shrink-0 rounded-md px-3 text-sm font-medium focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-[#0072B2] disabled:cursor-not-allowed ${
            inEffect ? 'border border-[#009E73] text-[#00704f] dark:text-[#4fd1a5]' : 'bg-[#0072B2] text-white hover:bg-[#005f94] disabled:opacity-50'
          }`}
        >
          {inEffect ? '✓ Applied' : 'Apply'}
        </button>
      </div>
      <p id={`${id}-expect`} className="mt-1 leading-snug text-slate-700 dark:text-slate-300">
        <span className="font-semibold text-slate-600 dark:text-slate-400">Expect: </span>
        {experiment.expect}
      </p>
      <p aria-live="polite" className="text-xs leading-snug">
        {!trial.ok ? (
          <span className="font-medium text-[#B54A00] dark:text-[#FF9A5C]">⚠ Cannot apply: {trial.error}.</span>
        ) : applied ? (
          <span className="text-slate-600 dark:text-slate-400">Applied as one step (Ctrl+Z undoes it). Press play to see it.</span>
        ) : null}
      </p>
    </li>
  );
}
