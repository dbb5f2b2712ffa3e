'use client';
/** A number bound to a document path, typed in its shown unit and stored in the schema's unit. */
import { useId, type ReactNode } from 'react';
import type { Editor } from '../use-editor';
import type { Path } from '../doc-edit';
import { formatShown, parseQuantity, toStored, type ShownUnit } from '../quantity';
import { FieldShell, describedBy } from './FieldShell';
import { INPUT, INVALID } from './styles';
import { useDraft } from './use-draft';

export interface NumberFieldProps {
  editor: Editor;
  path: Path;
  /** The stored value; undefined when unset. */
  value: number | undefined;
  label: ReactNode;
  unit: ShownUnit;
  /** Text after the box when it should say more than the unit, e.g. "calls". */
  unitLabel?: string;
  /** Stored units per shown unit: 1000 for seconds over ms, 0.01 for percent over a 0..1 share. */
  scale?: number;
  help?: ReactNode;
  /** Shown when unset: the default the engine uses, or "unbounded". */
  placeholder?: string;
  /** Clearing the box removes the field (the engine then uses its default). */
  optional?: boolean;
  /** Rewords schema messages for the shown unit (e.g. "between 0 and 1" as a percentage). */
  reword?: (message: string) => string;
  /** Turns the number into what is written at `path` (e.g. a whole distribution with this parameter set). */
  wrap?: (stored: number | undefined) => unknown;
  hideLabel?: boolean;
  /** Width of the box, a Tailwind class. */
  width?: string;
}

const UNIT_TEXT: Record<ShownUnit, string> = { ms: 'ms', s: 's', '%': '%', '/s': '/s', count: 'count', '': '' };

export function NumberField({ editor, path, value, label, unit, unitLabel, scale = 1, help, placeholder, optional, reword = (m) => m, wrap = (v) => v, hideLabel, width = 'w-[6.5rem]' }: NumberFieldProps) {
  const id = useId();
  const d = useDraft<number | undefined>({
    shown: formatShown(value, scale),
    parse: (text) => {
      const r = parseQuantity(text, unit, optional);
      return r.ok ? { ok: true, value: r.value === undefined ? undefined : toStored(r.value, scale) } : r;
    },
    check: (v) => mapErr(editor.check(path, wrap(v)), reword),
    commit: (v) => mapErr(editor.commit(path, wrap(v)), reword),
  });
  const unitText = unitLabel ?? UNIT_TEXT[unit];
  return (
    <FieldShell id={id} label={label} help={help} error={d.error} unit={hideLabel && !unitText ? undefined : unitText} hideLabel={hideLabel}>
      <input
        id={id}
        type="text"
        inputMode="decimal"
        autoComplete="off"
        spellCheck={false}
        value={d.value}
        placeholder={placeholder}
        aria-invalid={d.error ? true : undefined}
        aria-describedby={describedBy(id, { help, error: d.error, unit: unitText })}
        onChange={d.onChange}
        onKeyDown={d.onKeyDown}
        onFocus={d.onFocus}
        onBlur={d.onBlur}
        className={`${INPUT} ${width} text-right ${d.error ? INVALID : ''}`}
      />
    </FieldShell>
  );
}

function mapErr(err: string | undefined, reword: (m: string) => string): string | undefined {
  return err === undefined ? undefined : reword(err);
}

/** For percentages stored as a 0..1 share. */
export const asPercent = (m: string) => m.replace(/between 0 and 1\b/, 'between 0 and 100 %');
