'use client';
/** Controls that commit at once: a select, a row of radio buttons, a checkbox. */
import { useId, useState, type ReactNode } from 'react';
import { FieldShell, describedBy } from './FieldShell';
import { ERROR_TEXT, HELP, INPUT } from './styles';

/** Runs a commit and keeps its error, for controls without a draft. */
export function useCommitError() {
  const [error, setError] = useState<string | undefined>();
  return { error, run: (fn: () => string | undefined) => setError(fn()) };
}

export interface SelectFieldProps<T extends string> {
  label: ReactNode;
  value: T;
  options: readonly { value: T; label: string }[];
  onChange: (v: T) => string | undefined;
  help?: ReactNode;
  unit?: string;
  /** The select takes the full width under its label (long option names). */
  wide?: boolean;
}

export function SelectField<T extends string>({ label, value, options, onChange, help, unit, wide }: SelectFieldProps<T>) {
  const id = useId();
  const c = useCommitError();
  return (
    <FieldShell id={id} label={label} help={help} error={c.error} unit={unit} stacked={wide}>
      <select
        id={id}
        value={value}
        aria-describedby={describedBy(id, { help, error: c.error })}
        onChange={(e) => c.run(() => onChange(e.target.value as T))}
        className={`${INPUT} ${wide ? 'w-full' : 'max-w-[11rem]'}`}
      >
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </FieldShell>
  );
}

export interface SegmentedProps<T extends string> {
  label: string;
  value: T;
  options: readonly { value: T; label: string; title?: string }[];
  onChange: (v: T) => string | undefined;
  help?: ReactNode;
}

/** Radio buttons drawn as a segmented control: arrow keys move between them, as for any radio group. */
export function Segmented<T extends string>({ label, value, options, onChange, help }: SegmentedProps<T>) {
  const name = useId();
  const c = useCommitError();
  return (
    <fieldset className="py-1.5" aria-describedby={help ? `${name}-help` : undefined}>
      <legend className="text-sm font-medium text-slate-800 dark:text-slate-200">{label}</legend>
      <div className="mt-1 flex flex-wrap gap-1">
        {options.map((o) => (
          <label
            key={o.value}
            title={o.title}
            className="relative cursor-pointer rounded-md border border-slate-300 px-2 py-1 text-sm has-[:checked]:border-sky-700 has-[:checked]:bg-sky-700 has-[:checked]:text-white has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-offset-1 has-[:focus-visible]:outline-sky-600 dark:border-slate-600 dark:has-[:checked]:border-sky-400 dark:has-[:checked]:bg-sky-500 dark:has-[:checked]:text-slate-950"
          >
            <input type="radio" name={name} value={o.value} checked={value === o.value} onChange={() => c.run(() => onChange(o.value))} className="absolute inset-0 m-0 size-full cursor-pointer opacity-0" />
            {o.label}
          </label>
        ))}
      </div>
      {help && (
        <p id={`${name}-help`} className={`mt-1 ${HELP}`}>
          {help}
        </p>
      )}
      {c.error && (
        <p role="alert" className={`mt-1 ${ERROR_TEXT}`}>
          ⚠ {c.error}
        </p>
      )}
    </fieldset>
  );
}

export interface CheckboxFieldProps {
  label: ReactNode;
  checked: boolean;
  onChange: (v: boolean) => string | undefined;
  help?: ReactNode;
}

export function CheckboxField({ label, checked, onChange, help }: CheckboxFieldProps) {
  const id = useId();
  const c = useCommitError();
  return (
    <div className="py-1.5">
      <div className="flex items-start gap-2">
        <input
          id={id}
          type="checkbox"
          checked={checked}
          aria-describedby={describedBy(id, { help, error: c.error })}
          onChange={(e) => c.run(() => onChange(e.target.checked))}
          className="mt-0.5 size-4 accent-sky-700"
        />
        <label htmlFor={id} className="min-w-0 text-sm font-medium text-slate-800 dark:text-slate-200">
          {label}
        </label>
      </div>
      {help && (
        <p id={`${id}-help`} className={`mt-0.5 pl-6 ${HELP}`}>
          {help}
        </p>
      )}
      {c.error && (
        <p id={`${id}-error`} role="alert" className={`mt-0.5 pl-6 ${ERROR_TEXT}`}>
          ⚠ {c.error}
        </p>
      )}
    </div>
  );
}
