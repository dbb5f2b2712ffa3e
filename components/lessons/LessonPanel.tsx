'use client';
/**
 * The Lesson tab: play the scenario's lesson, or edit it. A scenario without one offers to start
 * one; a broken one says what is wrong and where (the scenario itself opened and runs anyway).
 */
import { useState } from 'react';
import { usePlayground } from '@/components/playground/PlaygroundProvider';
import { createLesson, removeLesson } from '@/lib/lessons/commands';
import { LessonEditor } from './LessonEditor';
import { LessonPlayer } from './LessonPlayer';
import { useLessonCheck, useLessonWatch } from './use-lesson';
import { BUTTON } from './styles';

export default function LessonPanel() {
  const { doc, ui } = usePlayground();
  const { check } = useLessonCheck();
  const [editing, setEditing] = useState(false);
  const lesson = check.ok ? check.lesson : undefined;
  useLessonWatch(lesson);

  if (!check.ok) {
    return (
      <div className="pt-2 text-sm" data-testid="lesson-broken">
        <p className="font-medium text-[#B54A00] dark:text-[#FF9A5C]">⚠ This scenario’s lesson cannot be played. The scenario itself is fine and runs as usual.</p>
        <ul className="mt-1 list-disc pl-5 text-slate-700 dark:text-slate-300">
          {check.errors.slice(0, 5).map((e, i) => (
            <li key={i}>
              <code>{e.path}</code>: {e.message}
            </li>
          ))}
          {check.errors.length > 5 && <li>and {check.errors.length - 5} more</li>}
        </ul>
        <button type="button" className={`${BUTTON} mt-2`} onClick={() => doc.getState().apply(removeLesson)}>
          Remove the broken lesson (undoable)
        </button>
      </div>
    );
  }
  if (!lesson) {
    return (
      <div className="pt-2 text-sm text-slate-700 dark:text-slate-300" data-testid="lesson-none">
        <p>This scenario has no lesson. A lesson is a series of steps — text, an action, what to look for, and a checkpoint that waits until something happens — that travels with the scenario and its share links.</p>
        <button
          type="button"
          className={`${BUTTON} mt-2`}
          onClick={() => {
            doc.getState().apply((d) => createLesson(d));
            ui.getState().set({ lessonStep: 0 });
            setEditing(true);
          }}
          data-testid="lesson-create"
        >
          + Write a lesson for this scenario
        </button>
      </div>
    );
  }
  return (
    <div className="flex h-full min-h-0 gap-3">
      <div className="min-h-0 min-w-0 flex-1">{editing ? <LessonEditor lesson={lesson} /> : lesson.steps.length ? <LessonPlayer lesson={lesson} /> : <p className="pt-2 text-sm">The lesson has no steps yet: edit it to add some.</p>}</div>
      <div className="shrink-0">
        <button type="button" className={BUTTON} onClick={() => setEditing(!editing)} aria-pressed={editing} data-testid="lesson-edit-toggle">
          {editing ? '▶ Play' : '✎ Edit'}
        </button>
      </div>
    </div>
  );
}
