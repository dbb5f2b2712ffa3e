'use client';
/** The lesson as it is played: progress, the current step, Back and Next. The step index is the UI store's `lessonStep`. */
import { usePlayground, useDriver, useRun, useUi } from '@/components/playground/PlaygroundProvider';
import type { Lesson } from '@/simulations/lessons/schema';
import { StepView } from './StepView';
import { clampStep, useSession } from './use-lesson';
import { BUTTON } from './styles';

export function LessonPlayer({ lesson }: { lesson: Lesson }) {
  const { ui } = usePlayground();
  const driver = useDriver();
  const status = useRun((s) => s.status);
  const step = clampStep(useUi((s) => s.lessonStep), lesson);
  const reached = useSession((s) => s.reached);
  const n = lesson.steps.length;
  const go = (i: number) => ui.getState().set({ lessonStep: clampStep(i, lesson) });

  return (
    <div className="flex h-full min-h-0 flex-col gap-2" data-testid="lesson-player">
      <div className="flex flex-wrap items-center gap-2">
        {lesson.title && <h2 className="mr-2 text-sm font-semibold text-slate-900 dark:text-slate-100">{lesson.title}</h2>}
        <span className="text-sm text-slate-600 dark:text-slate-300" data-testid="lesson-progress">
          Step {step + 1} of {n}
        </span>
        <ol className="flex gap-1" aria-label="Steps">
          {lesson.steps.map((s, i) => (
            <li key={i}>
              <button
                type="button"
                onClick={() => go(i)}
                aria-current={i === step ? 'step' : undefined}
                title={`${i + 1}. ${s.title}${reached[i] ? ' (checkpoint reached)' : ''}`}
                className={`h-3 w-6 rounded-full focus-visible:outline-2 focus-visible:outline-[#0072B2] ${i === step ? 'bg-[#0072B2]' : reached[i] ? 'bg-[#009E73]' : 'bg-slate-300 dark:bg-slate-600'}`}
              >
                <span className="sr-only">Step {i + 1}</span>
              </button>
            </li>
          ))}
        </ol>
        <div className="ml-auto flex gap-1">
          {driver && status !== 'running' && (
            <button type="button" className={BUTTON} onClick={() => void driver.play()} data-testid="lesson-play">
              ▶ Play
            </button>
          )}
          <button type="button" className={BUTTON} onClick={() => go(step - 1)} disabled={step === 0} data-testid="lesson-back">
            ← Back
          </button>
          <button type="button" className={BUTTON} onClick={() => go(step + 1)} disabled={step >= n - 1} data-testid="lesson-next">
            Next →
          </button>
        </div>
      </div>
      <div className="min-h-0 overflow-y-auto pr-1">
        <StepView key={step} step={lesson.steps[step]} index={step} />
      </div>
    </div>
  );
}
