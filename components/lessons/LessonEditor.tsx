'use client';
/**
 * Editing the lesson in the app: the steps in order (add, remove, move), and the selected step's
 * words, action and checkpoint. Every change is one document step: undoable, autosaved, and carried
 * by share links. The selected step is the one the player shows (the UI store's `lessonStep`).
 */
import { usePlayground, useDoc, useUi } from '@/components/playground/PlaygroundProvider';
import { addStep, moveStep, removeLesson, removeStep, setLessonTitle, updateStep, type LessonStep } from '@/lib/lessons/commands';
import type { ScenarioDoc } from '@/lib/scenario-doc/types';
import type { Lesson } from '@/simulations/lessons/schema';
import { ActionFields } from './ActionFields';
import { CheckpointFields } from './CheckpointFields';
import { CommitField } from './CommitField';
import { clampStep } from './use-lesson';
import { BUTTON, H } from './styles';

export function LessonEditor({ lesson }: { lesson: Lesson }) {
  const { doc: store, ui } = usePlayground();
  const doc = useDoc((s) => s.doc);
  const raw = (doc.lesson?.steps ?? []) as LessonStep[];
  const shown = useUi((s) => s.lessonStep);
  const selected = lesson.steps.length ? clampStep(shown, lesson) : -1;
  const select = (i: number) => ui.getState().set({ lessonStep: i });
  const apply = (fn: (d: ScenarioDoc) => ScenarioDoc) => store.getState().apply(fn);
  const step = raw[selected];
  const update = (patch: Partial<LessonStep>) => apply((d) => updateStep(d, selected, patch));

  return (
    <div className="grid h-full min-h-0 gap-3 text-sm md:grid-cols-[minmax(12rem,18rem)_minmax(0,1fr)]" data-testid="lesson-editor">
      <div className="flex min-h-0 flex-col gap-1 overflow-y-auto pr-1">
        <CommitField label="Lesson title" value={doc.lesson?.title ?? ''} onCommit={(t) => apply((d) => setLessonTitle(d, t))} />
        <h3 className={`mt-1 ${H}`}>Steps</h3>
        <ol className="space-y-1" data-testid="lesson-step-list">
          {raw.map((s, i) => (
            <li key={i} className={`flex items-center gap-1 rounded-md border px-1 ${i === selected ? 'border-[#0072B2] bg-[#E8F3FA] dark:bg-[#0b2233]' : 'border-slate-200 dark:border-slate-700'}`}>
              <button type="button" className="min-w-0 flex-1 truncate py-1 text-left" onClick={() => select(i)} aria-current={i === selected ? 'step' : undefined}>
                {i + 1}. {s.title}
              </button>
              <button type="button" className="px-1 disabled:opacity-30" aria-label={`Move step ${i + 1} up`} disabled={i === 0} onClick={() => (apply((d) => moveStep(d, i, -1).doc), select(i - 1))}>
                ↑
              </button>
              <button type="button" className="px-1 disabled:opacity-30" aria-label={`Move step ${i + 1} down`} disabled={i === raw.length - 1} onClick={() => (apply((d) => moveStep(d, i, 1).doc), select(i + 1))}>
                ↓
              </button>
              <button type="button" className="px-1 text-[#B54A00]" aria-label={`Remove step ${i + 1}`} onClick={() => (apply((d) => removeStep(d, i)), select(Math.max(0, Math.min(i, raw.length - 2))))}>
                ✕
              </button>
            </li>
          ))}
        </ol>
        <div className="flex flex-wrap gap-1">
          <button type="button" className={BUTTON} onClick={() => (apply((d) => addStep(d, selected < 0 ? undefined : selected).doc), select(selected + 1))} data-testid="lesson-add-step">
            + Add a step
          </button>
          <button type="button" className={BUTTON} onClick={() => apply(removeLesson)} title="Removes the whole lesson (Ctrl+Z brings it back)">
            Remove the lesson
          </button>
        </div>
      </div>
      {step ? (
        <div key={selected} className="min-h-0 space-y-2 overflow-y-auto pr-1" data-testid="lesson-step-form">
          <CommitField label={`Step ${selected + 1} title`} value={step.title} onCommit={(title) => update({ title: title.trim() || 'Untitled step' })} testId="lesson-edit-title" />
          <CommitField label="Text: what to do, and why" value={step.text} onCommit={(text) => update({ text })} multiline testId="lesson-edit-text" />
          <CommitField label="What to look for" value={step.look ?? ''} onCommit={(look) => update({ look: look.trim() ? look : undefined })} multiline testId="lesson-edit-look" />
          <ActionFields action={step.action} doc={doc} onChange={(action) => update({ action })} />
          <CheckpointFields checkpoint={step.checkpoint} doc={doc} onChange={(checkpoint) => update({ checkpoint })} />
        </div>
      ) : (
        <p className="pt-2 text-slate-600 dark:text-slate-300">No steps yet: add one.</p>
      )}
    </div>
  );
}
