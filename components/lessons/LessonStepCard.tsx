'use client';
/**
 * The current lesson step in large text, for the presenter view (no props: it reads the open
 * document and the UI store's `lessonStep`, which the presenter's → key moves). Renders nothing
 * when the scenario has no lesson, or a one-line notice when its lesson is broken.
 */
import { useUi } from '@/components/playground/PlaygroundProvider';
import { StepView } from './StepView';
import { clampStep, useLessonCheck, useLessonWatch } from './use-lesson';

export default function LessonStepCard() {
  const { check } = useLessonCheck();
  const lesson = check.ok ? check.lesson : undefined;
  useLessonWatch(lesson);
  const raw = useUi((s) => s.lessonStep);
  if (!check.ok) return <p className="text-lg text-[#B54A00] dark:text-[#FF9A5C]">⚠ This scenario’s lesson cannot be shown: {check.errors[0].path}: {check.errors[0].message}.</p>;
  if (!lesson || lesson.steps.length === 0) return null;
  const step = clampStep(raw, lesson);
  return (
    <section aria-label="Lesson step" className="rounded-xl border border-slate-200 bg-white p-6 shadow-sm dark:border-slate-700 dark:bg-slate-900" data-testid="lesson-step-card">
      <p className="mb-2 text-lg text-slate-600 dark:text-slate-300">
        {lesson.title ? `${lesson.title} · ` : ''}Step {step + 1} of {lesson.steps.length}
      </p>
      <StepView key={step} step={lesson.steps[step]} index={step} large />
    </section>
  );
}

export { LessonStepCard };
