/** A labelled row: label, the control with its unit, a line of help, and the error if any. */
import type { ReactNode } from 'react';
import { ERROR_TEXT, HELP } from './styles';

export interface ShellProps {
  id: string;
  label: ReactNode;
  help?: ReactNode;
  error?: string;
  /** Unit shown after the control, e.g. "ms", "/s", "%". */
  unit?: string;
  /** Control below the label, full width (text, distributions), instead of to its right. */
  stacked?: boolean;
  /** For rows of a list: the label is read by screen readers only. */
  hideLabel?: boolean;
  children: ReactNode;
}

export function describedBy(id: string, p: { help?: unknown; error?: unknown; unit?: unknown }): string | undefined {
  const ids = [p.unit ? `${id}-unit` : '', p.help ? `${id}-help` : '', p.error ? `${id}-error` : ''].filter(Boolean);
  return ids.length ? ids.join(' ') : undefined;
}

export function FieldShell({ id, label, help, error, unit, stacked, hideLabel, children }: ShellProps) {
  const layout = hideLabel ? 'flex' : stacked ? 'flex flex-col gap-1' : 'grid grid-cols-[minmax(0,1fr)_auto] items-center gap-x-3';
  return (
    <div className={hideLabel ? 'min-w-0' : 'py-1.5'}>
      <div className={layout}>
        <label htmlFor={id} className={hideLabel ? 'sr-only' : 'min-w-0 text-sm font-medium [overflow-wrap:anywhere] text-slate-800 dark:text-slate-200'}>
          {label}
        </label>
        <div className="flex min-w-0 flex-1 items-center gap-1.5">
          {children}
          {unit !== undefined && (
            <span id={unit ? `${id}-unit` : undefined} className="min-w-[2.5rem] text-xs text-slate-500 dark:text-slate-400">
              {unit}
            </span>
          )}
        </div>
      </div>
      {help && (
        <p id={`${id}-help`} className={`mt-0.5 ${HELP}`}>
          {help}
        </p>
      )}
      {error && (
        <p id={`${id}-error`} role="alert" className={`mt-0.5 flex gap-1 ${ERROR_TEXT}`}>
          <span aria-hidden="true">⚠</span>
          <span>{error}</span>
        </p>
      )}
    </div>
  );
}
