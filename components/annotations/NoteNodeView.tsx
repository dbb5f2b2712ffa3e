'use client';
/**
 * A sticky note on the canvas. Double-click (or Enter) to type; the text is committed once, when typing ends (blur,
 * Esc or Ctrl+Enter), so one edit is one undo step. Selected, it shows colour swatches and resize handles.
 * Loaded on demand by ./NoteNode (a scenario without notes never needs it).
 */
import { useCallback, useEffect, useRef } from 'react';
import { NodeResizer, NodeToolbar, type NodeProps } from '@xyflow/react';
import { NOTE_COLORS, NOTE_MAX_CHARS, NOTE_SIZE } from '@/simulations/scenario/annotations-schema';
import { editNote } from '@/lib/annotations/commands';
import { usePlayground } from '@/components/playground/PlaygroundProvider';
import { useAnnotationUi, useAnnotationUiStore } from './annotation-ui';
import { NOTE_PAPER } from './note-colors';
import type { NoteFlowNode } from './note-flow';

export default function NoteNodeView({ data, selected, dragging }: NodeProps<NoteFlowNode>) {
  const { note, readOnly } = data;
  const { doc } = usePlayground();
  const store = useAnnotationUiStore();
  const editing = useAnnotationUi((s) => s.editing === note.id) && !readOnly;
  const box = useRef<HTMLTextAreaElement>(null);
  const color = NOTE_PAPER[note.color ?? 'yellow'];

  const finish = useCallback(() => {
    const text = box.current?.value;
    if (text !== undefined) doc.getState().apply((d) => editNote(d, note.id, { text }));
    if (store.getState().editing === note.id) store.setState({ editing: undefined });
  }, [doc, store, note.id]);

  useEffect(() => {
    if (!editing) return;
    // A new note stays invisible until React Flow has measured it, and an invisible field takes no focus: retry.
    let tries = 0;
    let frame = 0;
    const focus = () => {
      const el = box.current;
      if (!el) return;
      el.focus();
      if (document.activeElement === el) el.setSelectionRange(el.value.length, el.value.length);
      else if (tries++ < 20) frame = requestAnimationFrame(focus);
    };
    focus();
    return () => cancelAnimationFrame(frame);
  }, [editing]);

  return (
    <>
      <NodeResizer isVisible={selected && !editing && !readOnly} minWidth={NOTE_SIZE.minWidth} minHeight={NOTE_SIZE.minHeight} maxWidth={NOTE_SIZE.maxWidth} maxHeight={NOTE_SIZE.maxHeight} color={color.edge} />
      <NodeToolbar isVisible={selected && !dragging && !readOnly} className="flex gap-1 rounded-md border border-slate-200 bg-white p-1 shadow-sm dark:border-slate-700 dark:bg-slate-900">
        {NOTE_COLORS.map((c) => (
          <button
            key={c}
            type="button"
            aria-label={`${NOTE_PAPER[c].name} note`}
            aria-pressed={(note.color ?? 'yellow') === c}
            title={`${NOTE_PAPER[c].name} note`}
            onClick={() => doc.getState().apply((d) => editNote(d, note.id, { color: c }))}
            className="h-5 w-5 rounded-full border-2 aria-pressed:ring-2 aria-pressed:ring-[#0072B2]"
            style={{ background: NOTE_PAPER[c].paper, borderColor: NOTE_PAPER[c].edge }}
          />
        ))}
      </NodeToolbar>
      <div
        data-note={note.id}
        onDoubleClick={readOnly ? undefined : () => store.setState({ editing: note.id })}
        className={`h-full min-h-[3.5rem] w-full rounded-sm border px-3 py-2 text-sm leading-snug text-slate-900 shadow-md ${selected ? 'ring-2 ring-[#0072B2]/60' : ''}`}
        style={{ background: color.paper, borderColor: color.edge }}
      >
        {editing ? (
          <textarea
            ref={box}
            aria-label="Note text"
            defaultValue={note.text}
            maxLength={NOTE_MAX_CHARS}
            onBlur={finish}
            onKeyDown={(e) => {
              if (e.key === 'Escape' || (e.key === 'Enter' && (e.ctrlKey || e.metaKey))) {
                e.preventDefault();
                e.stopPropagation();
                finish();
              }
            }}
            placeholder="Type a note…"
            className="nodrag nopan nowheel block h-full min-h-[3rem] w-full resize-none bg-transparent outline-none placeholder:text-slate-500"
          />
        ) : (
          <p className={`h-full overflow-hidden break-words whitespace-pre-wrap ${note.text ? '' : 'italic text-slate-500'}`}>{note.text || (readOnly ? '' : 'Empty note — double-click to type')}</p>
        )}
      </div>
    </>
  );
}
