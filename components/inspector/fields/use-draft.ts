/**
 * The typing cycle of one text-like field: what is typed is checked at once (error inline), and
 * a valid value is committed after a pause, on Enter or on blur — one document change per commit.
 * An invalid draft is never written: the document keeps the last valid value, and the field
 * keeps showing the draft and its error until it is fixed or Esc reverts it.
 */
import { useEffect, useEffectEvent, useRef, useState, type ChangeEvent, type KeyboardEvent } from 'react';

export const COMMIT_DELAY_MS = 300;

export type ParseResult<T> = { ok: true; value: T } | { ok: false; error: string };

export interface DraftOptions<T> {
  /** The document's value, formatted. */
  shown: string;
  parse: (text: string) => ParseResult<T>;
  /** Validates without writing; returns the error message, if any. */
  check: (value: T) => string | undefined;
  /** Validates and writes; returns the error message, if any. */
  commit: (value: T) => string | undefined;
  multiline?: boolean;
}

export function useDraft<T>({ shown, parse, check, commit, multiline }: DraftOptions<T>) {
  const [draft, setDraft] = useState<string | null>(null);
  const [error, setError] = useState<string | undefined>();
  const pending = useRef<{ value: T } | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  /** The text when the field was focused, for Esc; and whether a commit happened since. */
  const atFocus = useRef<{ text: string; committed: boolean } | null>(null);

  const flush = (): string | undefined => {
    clearTimeout(timer.current);
    const p = pending.current;
    if (!p) return undefined;
    pending.current = null;
    const err = commit(p.value);
    if (err) setError(err);
    else if (atFocus.current) atFocus.current.committed = true;
    return err;
  };
  const flushOnUnmount = useEffectEvent(() => flush());
  useEffect(() => () => void flushOnUnmount(), []);

  const onChange = (e: ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) => {
    const text = e.target.value;
    setDraft(text);
    clearTimeout(timer.current);
    pending.current = null;
    const parsed = parse(text);
    const err = parsed.ok ? check(parsed.value) : parsed.error;
    setError(err);
    if (err || !parsed.ok) return;
    pending.current = { value: parsed.value };
    // Emptying a box is often the first step of retyping it: unset the field only on Enter or blur.
    if (text.trim() !== '') timer.current = setTimeout(flush, COMMIT_DELAY_MS);
  };

  const revert = () => {
    clearTimeout(timer.current);
    pending.current = null;
    const start = atFocus.current;
    if (start?.committed) {
      const parsed = parse(start.text);
      if (parsed.ok) commit(parsed.value);
      start.committed = false;
    }
    setDraft(null);
    setError(undefined);
  };

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement | HTMLTextAreaElement>) => {
    if (e.key === 'Enter' && (!multiline || e.metaKey || e.ctrlKey)) {
      e.preventDefault();
      // Enter is a deliberate commit: Esc afterwards goes back to this value, not to the one at focus.
      if (!flush() && !error) atFocus.current = { text: e.currentTarget.value, committed: false };
    } else if (e.key === 'Escape') {
      e.preventDefault();
      e.stopPropagation();
      revert();
    }
  };

  const onFocus = () => {
    atFocus.current = { text: draft ?? shown, committed: false };
  };

  const onBlur = () => {
    const err = flush();
    // A valid draft gives way to the document's formatting; an invalid one stays, with its error.
    if (!err && !error) setDraft(null);
    atFocus.current = null;
  };

  return { value: draft ?? shown, error, onChange, onKeyDown, onFocus, onBlur };
}
