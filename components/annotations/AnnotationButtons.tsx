'use client';
/**
 * The annotation toolbar, under the canvas toolbar (a row of its own, so it never crowds what sits at the top
 * centre): add a note, draw an arrow, show or hide all annotations.
 */
import { Panel } from '@xyflow/react';
import { annotationsOf } from '@/lib/annotations/commands';
import { useDoc } from '@/components/playground/PlaygroundProvider';
import { useAnnotationUi } from './annotation-ui';
import { useAnnotationActions } from './use-annotation-actions';

const ICONS = {
  note: <path d="M4 4h16v11l-5 5H4zM15 20v-5h5M8 9h8M8 13h5" />,
  arrow: <path d="M5 19 19 5M10 5h9v9" />,
  shown: (
    <>
      <path d="M2 12s3.6-7 10-7 10 7 10 7-3.6 7-10 7S2 12 2 12z" />
      <circle cx="12" cy="12" r="3" />
    </>
  ),
  hidden: <path d="M3 3l18 18M10.6 5.1A10 10 0 0 1 12 5c6.4 0 10 7 10 7a17 17 0 0 1-3.2 4M6.6 6.6C3.8 8.4 2 12 2 12s3.6 7 10 7a9.6 9.6 0 0 0 5.4-1.6M9.9 9.9a3 3 0 0 0 4.2 4.2" />,
};

function Button({ icon, label, keys, pressed, onClick }: { icon: keyof typeof ICONS; label: string; keys?: string; pressed?: boolean; onClick: () => void }) {
  return (
    <button
      type="button"
      onClick={onClick}
      aria-label={label}
      aria-pressed={pressed}
      aria-keyshortcuts={keys}
      title={keys ? `${label} (${keys})` : label}
      className="grid h-9 w-9 place-items-center rounded-md text-slate-700 hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-[#0072B2] aria-pressed:bg-[#0072B2]/15 aria-pressed:text-[#0072B2] dark:text-slate-200 dark:hover:bg-slate-800"
    >
      <svg viewBox="0 0 24 24" className="h-5 w-5" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" aria-hidden="true">
        {ICONS[icon]}
      </svg>
    </button>
  );
}

/** Loads the note and arrow code ahead of need (on hover or focus), so typing starts the moment a note appears. */
function warm() {
  void import('./NoteNodeView').catch(() => undefined);
  void import('./Arrows').catch(() => undefined);
  void import('./ArrowTool').catch(() => undefined);
}

export function AnnotationButtons() {
  const actions = useAnnotationActions();
  const tool = useAnnotationUi((s) => s.arrowTool);
  const hidden = useAnnotationUi((s) => s.hidden);
  const count = useDoc((s) => annotationsOf(s.doc).length);
  return (
    <Panel position="top-left" style={{ marginTop: '3.75rem' }}>
      <div role="toolbar" aria-label="Annotations" onPointerEnter={warm} onFocus={warm} className="flex items-center gap-0.5 rounded-lg border border-slate-200 bg-white/95 p-0.5 shadow-sm dark:border-slate-700 dark:bg-slate-900/95">
        <Button icon="note" label="Add a note" keys="N" onClick={() => actions.addNote()} />
        <Button icon="arrow" label="Draw an arrow" keys="A" pressed={tool} onClick={actions.toggleArrowTool} />
        {(count > 0 || hidden) && <Button icon={hidden ? 'hidden' : 'shown'} label={hidden ? `Show annotations (${count} hidden)` : 'Hide annotations'} pressed={hidden} onClick={actions.toggleHidden} />}
      </div>
    </Panel>
  );
}
