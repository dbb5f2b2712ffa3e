'use client';
/**
 * One lesson step as the room sees it: title, text, what to look for, the action's button and the
 * checkpoint's status. Shared by the lesson tab and the presenter's large step card.
 */
import { useId, useState } from 'react';
import { usePlayground, useDriver, useRun } from '@/components/playground/PlaygroundProvider';
import { describeAction } from '@/simulations/lessons/actions';
import type { LessonStep } from '@/simulations/lessons/schema';
import { describeCondition } from '@/simulations/watch/condition';
import { actionDone, sessionOf } from '@/lib/lessons/session';
import { namer, performAction } from '@/lib/lessons/perform';
import { useSession } from './use-lesson';
import { H, PRIMARY } from './styles';

export interface StepViewProps {
  step: LessonStep;
  index: number;
  large?: boolean;
}

export function StepView({ step, index, large }: StepViewProps) {
  const p = usePlayground();
  const driver = useDriver();
  const id = useId();
  const [busy, setBusy] = useState(false);
  const reached = useSession((s) => s.reached[index]);
  const done = useSession((s) => (s.done?.step === index ? s.done : undefined));
  const status = useRun((s) => s.status);
  const name = namer(p.doc);
  const text = large ? 'text-2xl leading-snug' : 'text-sm leading-relaxed';

  const doIt = async () => {
    if (!step.action || busy) return;
    setBusy(true);
    try {
      const r = await performAction({ doc: p.doc, run: p.run, driver }, step.action);
      const session = sessionOf(p.ui);
      session.setState(actionDone(session.getState(), index, r.ok && r.restarts, r.ok ? r.atMs : 0, r.ok ? r.text : r.error, r.ok), true);
    } finally {
      setBusy(false);
    }
  };

  const cp = step.checkpoint;
  const waiting = cp && describeCondition(cp.target ? { ...cp, target: name(cp.target) } : cp);
  return (
    <div className={`min-w-0 ${text} text-slate-800 dark:text-slate-200`} data-testid="lesson-step" data-step={index}>
      <h3 className={`${large ? 'text-4xl' : 'text-base'} font-semibold text-slate-900 dark:text-slate-50`} data-testid="lesson-step-title">
        {step.title}
      </h3>
      <p className="mt-1 whitespace-pre-line">{step.text}</p>
      {step.look && (
        <p className="mt-2">
          <span className={large ? 'font-semibold' : H}>What to look for: </span>
          {step.look}
        </p>
      )}
      {step.action && (
        <div className="mt-2 flex flex-wrap items-center gap-x-3 gap-y-1">
          <button type="button" className={`${PRIMARY} ${large ? 'h-12 text-xl' : 'h-[1.9rem] text-sm'}`} onClick={() => void doIt()} disabled={busy} aria-describedby={`${id}-rule`} data-testid="lesson-do">
            Do it: {describeAction(step.action, name)}
          </button>
          {!large && (
            <span id={`${id}-rule`} className="text-xs text-slate-600 dark:text-slate-400">
              Only this button acts; moving between steps never changes the scenario or the run.
            </span>
          )}
        </div>
      )}
      {done && (
        <p aria-live="polite" className={`mt-1 ${large ? 'text-lg' : 'text-xs'} ${done.ok ? 'text-slate-600 dark:text-slate-400' : 'font-medium text-[#B54A00] dark:text-[#FF9A5C]'}`} data-testid="lesson-done">
          {done.ok ? done.text : `⚠ ${done.text}`}
        </p>
      )}
      {cp && (
        <p aria-live="polite" className={`mt-2 rounded-md px-2 py-1 ${reached ? 'bg-[#E6F5EF] text-[#00573d] dark:bg-[#0b2a20] dark:text-[#4fd1a5]' : 'bg-slate-100 text-slate-700 dark:bg-slate-800 dark:text-slate-200'}`} data-testid="lesson-checkpoint" data-reached={reached ? 'true' : 'false'}>
          {reached ? (
            <>
              <span className="font-semibold">✓ Reached at {(reached.atMs / 1000).toFixed(1)} s</span>: {reached.text}
            </>
          ) : (
            <>
              <span className="font-semibold">Waiting for:</span> {waiting}
              {status !== 'running' && <span className="opacity-80"> — press play to run</span>}
            </>
          )}
        </p>
      )}
    </div>
  );
}
