'use client';
/** What the run is doing, in words; an invalid scenario says what is wrong and where. */
import { useRun } from '@/components/playground/PlaygroundProvider';
import { useShallow } from 'zustand/react/shallow';

const LOOK = {
  starting: { text: 'Starting…', icon: '…', cls: 'border-slate-300 text-slate-700 dark:border-slate-600 dark:text-slate-200' },
  ready: { text: 'Ready', icon: '■', cls: 'border-slate-300 text-slate-700 dark:border-slate-600 dark:text-slate-200' },
  running: { text: 'Running', icon: '▶', cls: 'border-[#009E73] text-[#00704f] dark:text-[#3fd0a4]' },
  paused: { text: 'Paused', icon: '❚❚', cls: 'border-[#E69F00] text-[#8a5a00] dark:text-[#f5c04d]' },
  done: { text: 'Finished', icon: '✓', cls: 'border-[#0072B2] text-[#0072B2] dark:text-[#56B4E9]' },
  invalid: { text: 'Invalid', icon: '!', cls: 'border-[#D55E00] bg-[#D55E00]/10 text-[#a34700] dark:text-[#ff9a5c]' },
} as const;

export function RunStatus() {
  const status = useRun((s) => s.status);
  const atStart = useRun((s) => s.nowMs === 0);
  const [path, message] = useRun(useShallow((s) => [s.errors[0]?.path ?? '', s.errors[0]?.message ?? '']));
  const extra = useRun((s) => Math.max(0, s.errors.length - 1));
  const key = status === 'idle' ? 'starting' : status === 'paused' && atStart ? 'ready' : status;
  const look = LOOK[key];
  const detail = status === 'invalid' ? `${path ? `${path}: ` : ''}${message}${extra ? ` (+${extra} more)` : ''}` : '';
  return (
    <div
      role="status"
      data-testid="run-status"
      data-status={status}
      title={detail || undefined}
      className={`flex h-[2.25rem] min-w-0 max-w-[28rem] items-center gap-1.5 rounded-md border px-2.5 text-sm font-semibold ${look.cls}`}
    >
      <span aria-hidden="true" className="text-xs">
        {look.icon}
      </span>
      <span>{look.text}</span>
      {detail && <span className="truncate font-normal">{detail}</span>}
    </div>
  );
}
