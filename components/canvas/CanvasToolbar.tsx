'use client';
/** Top-left buttons on the canvas: undo, redo, auto-layout, fit view, shortcuts. Titles quote the shortcut. */
import { Panel } from '@xyflow/react';
import { useStore } from 'zustand';
import { usePlayground } from '@/components/playground/PlaygroundProvider';
import { MOD } from './shortcut-list';
import type { CanvasActions } from './use-canvas-actions';

const ICONS = {
  undo: <path d="M9 14 4 9l5-5M4 9h10.5a5.5 5.5 0 0 1 0 11H11" />,
  redo: <path d="m15 14 5-5-5-5M20 9H9.5a5.5 5.5 0 0 0 0 11H13" />,
  layout: (
    <>
      <rect x="2.5" y="9" width="5" height="6" rx="1" />
      <rect x="16.5" y="3" width="5" height="6" rx="1" />
      <rect x="16.5" y="15" width="5" height="6" rx="1" />
      <path d="M7.5 12h4.5M12 6v12M12 6h4.5M12 18h4.5" />
    </>
  ),
  fit: <path d="M3 8V4a1 1 0 0 1 1-1h4M16 3h4a1 1 0 0 1 1 1v4M21 16v4a1 1 0 0 1-1 1h-4M8 21H4a1 1 0 0 1-1-1v-4M8 9h8v6H8z" />,
  help: (
    <>
      <circle cx="12" cy="12" r="9" />
      <path d="M9.5 9.5a2.5 2.5 0 1 1 3.5 2.3c-.6.3-1 .9-1 1.6v.6M12 17.2v.1" />
    </>
  ),
};

interface ToolProps {
  icon: keyof typeof ICONS;
  label: string;
  keys: string;
  onClick: () => void;
  disabled?: boolean;
  busy?: boolean;
  onWarm?: () => void;
}

function ToolButton({ icon, label, keys, onClick, disabled, busy, onWarm }: ToolProps) {
  return (
    <button
      type="button"
      onClick={onClick}
      onPointerEnter={onWarm}
      onFocus={onWarm}
      disabled={disabled || busy}
      aria-busy={busy || undefined}
      aria-label={label}
      aria-keyshortcuts={keys.replace(`${MOD}+`, 'Control+')}
      title={`${label} (${keys})`}
      className="grid h-9 w-9 place-items-center rounded-md text-slate-700 hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-[#0072B2] disabled:cursor-not-allowed disabled:opacity-35 dark:text-slate-200 dark:hover:bg-slate-800"
    >
      <svg viewBox="0 0 24 24" className={`h-5 w-5 ${busy ? 'animate-pulse' : ''}`} fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" aria-hidden="true">
        {ICONS[icon]}
      </svg>
    </button>
  );
}

export function CanvasToolbar({ actions }: { actions: CanvasActions }) {
  const { doc } = usePlayground();
  const canUndo = useStore(doc.temporal, (s) => s.pastStates.length > 0);
  const canRedo = useStore(doc.temporal, (s) => s.futureStates.length > 0);
  const layingOut = useStore(actions.status, (s) => s.layingOut);
  return (
    <Panel position="top-left">
      <div role="toolbar" aria-label="Canvas" className="flex items-center gap-0.5 rounded-lg border border-slate-200 bg-white/95 p-0.5 shadow-sm dark:border-slate-700 dark:bg-slate-900/95">
        <ToolButton icon="undo" label="Undo" keys={`${MOD}+Z`} onClick={actions.undo} disabled={!canUndo} />
        <ToolButton icon="redo" label="Redo" keys={`${MOD}+Shift+Z`} onClick={actions.redo} disabled={!canRedo} />
        <span aria-hidden="true" className="mx-0.5 h-6 w-px bg-slate-200 dark:bg-slate-700" />
        <ToolButton icon="layout" label="Auto-layout" keys="L" onClick={() => void actions.layout()} busy={layingOut} onWarm={actions.warmLayout} />
        <ToolButton icon="fit" label="Fit view" keys="F" onClick={actions.fit} />
        <ToolButton icon="help" label="Keyboard shortcuts" keys="?" onClick={actions.openCheatSheet} />
      </div>
    </Panel>
  );
}
