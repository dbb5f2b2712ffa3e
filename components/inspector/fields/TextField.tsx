'use client';
/** A string bound to a document path: labels, event types, descriptions. */
import { useId, type ReactNode } from 'react';
import type { Editor } from '../use-editor';
import type { Path } from '../doc-edit';
import { FieldShell, describedBy } from './FieldShell';
import { INPUT, INVALID } from './styles';
import { useDraft } from './use-draft';

export interface TextFieldProps {
  editor: Editor;
  path: Path;
  value: string | undefined;
  label: ReactNode;
  help?: ReactNode;
  placeholder?: string;
  /** Empty text removes the field instead of storing "". */
  optional?: boolean;
  multiline?: boolean;
  mono?: boolean;
  list?: string;
  maxLength?: number;
  hideLabel?: boolean;
  rows?: number;
}

export function TextField({ editor, path, value, label, help, placeholder, optional, multiline, mono, list, maxLength, hideLabel, rows = 2 }: TextFieldProps) {
  const id = useId();
  const toValue = (text: string) => (optional && text.trim() === '' ? undefined : text);
  const d = useDraft<string | undefined>({
    shown: value ?? '',
    parse: (text) => ({ ok: true, value: toValue(text) }),
    check: (v) => editor.check(path, v),
    commit: (v) => editor.commit(path, v),
    multiline,
  });
  const common = {
    id,
    value: d.value,
    placeholder,
    maxLength,
    spellCheck: !mono,
    'aria-invalid': d.error ? true : undefined,
    'aria-describedby': describedBy(id, { help, error: d.error }),
    onChange: d.onChange,
    onKeyDown: d.onKeyDown,
    onFocus: d.onFocus,
    onBlur: d.onBlur,
    className: `${INPUT} w-full ${mono ? 'font-mono' : ''} ${d.error ? INVALID : ''}`,
  };
  return (
    <FieldShell id={id} label={label} help={help} error={d.error} stacked hideLabel={hideLabel}>
      {multiline ? <textarea rows={rows} {...common} /> : <input type="text" autoComplete="off" list={list} {...common} />}
    </FieldShell>
  );
}
