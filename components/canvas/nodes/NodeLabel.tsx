'use client';
/** A node's name, renamed in place: double-click (or F2 / Enter on the selected node), Enter keeps, Esc cancels. */
import { useRef } from 'react';
import { renameNode } from '@/lib/scenario-doc/commands';
import { usePlayground, useUi } from '@/components/playground/PlaygroundProvider';

export function NodeLabel({ id, label }: { id: string; label: string }) {
  const { ui } = usePlayground();
  const editing = useUi((s) => s.renaming === id);
  if (editing) return <RenameInput id={id} label={label} />;
  return (
    <span
      className="min-w-0 flex-1 truncate font-semibold leading-tight"
      title={`${label} — double-click to rename`}
      onDoubleClick={(e) => {
        e.stopPropagation();
        ui.getState().set({ renaming: id });
      }}
    >
      {label}
    </span>
  );
}

function RenameInput({ id, label }: { id: string; label: string }) {
  const { doc, ui } = usePlayground();
  // Enter and Esc end the edit and then blur fires too; the first ending wins.
  const ended = useRef(false);

  const end = (value: string | undefined) => {
    if (ended.current) return;
    ended.current = true;
    const clean = value?.trim();
    if (clean !== undefined && clean !== label) doc.getState().apply((d) => renameNode(d, id, clean));
    ui.getState().set({ renaming: undefined });
    // Give keyboard users their place back: the node, not the page.
    requestAnimationFrame(() => document.querySelector<HTMLElement>(`.react-flow__node[data-id="${CSS.escape(id)}"]`)?.focus());
  };

  return (
    <input
      autoFocus
      defaultValue={label}
      maxLength={80}
      aria-label="Node name"
      onFocus={(e) => e.currentTarget.select()}
      onBlur={(e) => end(e.currentTarget.value)}
      onKeyDown={(e) => {
        e.stopPropagation();
        if (e.key === 'Enter') end(e.currentTarget.value);
        if (e.key === 'Escape') end(undefined);
      }}
      className="nodrag nopan min-w-0 flex-1 rounded border border-sky-600 bg-white px-1 font-semibold text-slate-900 outline-none dark:bg-slate-950 dark:text-slate-100"
    />
  );
}
