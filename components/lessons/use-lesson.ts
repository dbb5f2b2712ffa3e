'use client';
/**
 * The open document's lesson, checked, and the watch that keeps the lesson session (lib/lessons/
 * session.ts) in step with the shown step and the run: whoever mounts it (the lesson tab, the
 * presenter's step card) sees checkpoints ticked as the run reaches them.
 */
import { useEffect, useMemo, useRef } from 'react';
import { useStore } from 'zustand';
import { usePlayground, useDoc } from '@/components/playground/PlaygroundProvider';
import { checkLesson, type Lesson, type LessonCheck } from '@/simulations/lessons/schema';
import { forLesson, observe, openStep, sessionOf, type LessonSession } from '@/lib/lessons/session';

export function useLessonCheck(): { raw: unknown; check: LessonCheck } {
  const raw = useDoc((s) => s.doc.lesson as unknown);
  const check = useMemo(() => checkLesson(raw), [raw]);
  return { raw, check };
}

export function useSession<T>(selector: (s: LessonSession) => T): T {
  return useStore(sessionOf(usePlayground().ui), selector);
}

/** The index of the step shown, clamped to the lesson. */
export function clampStep(step: number, lesson: Lesson): number {
  return Math.max(0, Math.min(step, lesson.steps.length - 1));
}

/** Keeps the session watching the shown step's checkpoint while the caller is mounted. */
export function useLessonWatch(lesson: Lesson | undefined): void {
  const { ui, run } = usePlayground();
  const lessonRef = useRef(lesson);
  useEffect(() => {
    lessonRef.current = lesson;
  });
  useEffect(() => {
    const session = sessionOf(ui);
    const sync = () => {
      const l = lessonRef.current;
      if (!l || l.steps.length === 0) return;
      const r = run.getState();
      const step = clampStep(ui.getState().lessonStep, l);
      const signature = JSON.stringify(l.steps.map((x) => [x.title, x.checkpoint]));
      let s = openStep(forLesson(session.getState(), signature, r.nowMs), step, r.nowMs);
      s = observe(s, l.steps[step]?.checkpoint, r);
      if (s !== session.getState()) session.setState(s, true);
    };
    sync();
    const offUi = ui.subscribe((s, prev) => {
      if (s.lessonStep !== prev.lessonStep) sync();
    });
    const offRun = run.subscribe(sync);
    return () => {
      offUi();
      offRun();
    };
  }, [ui, run]);
}
