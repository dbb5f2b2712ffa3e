'use client';
/** A text field or area that commits on blur (or Enter in a one-line field): one undo step per edit, not per key. */
import { useState } from 'react';
import { FIELD } from './styles';

export interface CommitFieldProps {
  label: string;
  value: string;
  onCommit(value: string): void;
  multiline?: boolean;
  placeholder?: string;
  testId?: string;
}

export function CommitField({ label, value, onCommit, multiline, placeholder, testId }: CommitFieldProps) {
  const [text, setText] = useState(value);
  const [seen, setSeen] = useState(value);
  // The document changed under us (undo, another step): show its value.
  if (seen !== value) {
    setSeen(value);
    setText(value);
  }
  const commit = () => {
    if (text !== value) onCommit(text);
  };
  const common = { 'aria-label': label, value: text, placeholder, 'data-testid': testId, onBlur: commit, className: FIELD };
  return (
    <label className="block text-xs font-medium text-slate-600 dark:text-slate-300">
      {label}
      {multiline ? (
        <textarea {...common} rows={3} onChange={(e) => setText(e.target.value)} />
      ) : (
        <input {...common} onChange={(e) => setText(e.target.value)} onKeyDown={(e) => e.key === 'Enter' && commit()} />
      )}
    </label>
  );
}
