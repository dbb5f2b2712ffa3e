'use client';
/** The event's `data` as key/value rows; string values may use placeholders filled per event. */
import { useId, useState } from 'react';
import { useDraft, type ParseResult } from './fields/use-draft';
import { BUTTON, CODE, ERROR_TEXT, HELP, ICON_BUTTON, INPUT, INVALID } from './fields/styles';
import type { Editor } from './use-editor';

type Value = string | number | boolean;
type Data = Record<string, Value>;

export const DATA_PLACEHOLDERS = ['{aggregateId}', '{key}', '{timestamp}', '{requestId}', '{op}'];

/** "42" is a number, "true"/"false" are booleans, anything else is text. */
export function readValue(text: string): Value {
  const t = text.trim();
  if (t === 'true' || t === 'false') return t === 'true';
  if (/^-?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(t)) return Number(t);
  return text;
}

function renameKey(data: Data, from: string, to: string): Data {
  return Object.fromEntries(Object.entries(data).map(([k, v]) => [k === from ? to : k, v]));
}

export function DataTemplate({ data, editor }: { data: Data | undefined; editor: Editor }) {
  const [error, setError] = useState<string>();
  const rows = Object.entries(data ?? {});
  const add = () => {
    const suggestions: [string, string][] = [
      ['userId', '{aggregateId}'],
      ['occurredAt', '{timestamp}'],
      ['operation', '{op}'],
    ];
    const [k, v] = suggestions.find(([k]) => !(k in (data ?? {}))) ?? [`field${rows.length + 1}`, ''];
    setError(editor.commit(['data'], { ...data, [k]: v }));
  };
  return (
    <div className="py-1.5">
      <p className="text-sm font-medium text-slate-800 dark:text-slate-200">Event data</p>
      <p className={HELP}>
        Text may use {DATA_PLACEHOLDERS.map((p, i) => (
          <span key={p}>
            <code className={CODE}>{p}</code>
            {i < DATA_PLACEHOLDERS.length - 1 ? ' ' : ''}
          </span>
        ))}
        . Numbers and true/false are kept as such.
      </p>
      <ul className="mt-1 space-y-1.5">
        {rows.map(([k, v], i) => (
          <DataRow key={i} name={k} value={v} data={data ?? {}} editor={editor} onError={setError} />
        ))}
      </ul>
      <button type="button" onClick={add} className={`${BUTTON} mt-2`}>
        + Add field
      </button>
      {error && (
        <p role="alert" className={`mt-1 ${ERROR_TEXT}`}>
          ⚠ {error}
        </p>
      )}
    </div>
  );
}

function DataRow({ name, value, data, editor, onError }: { name: string; value: Value; data: Data; editor: Editor; onError: (e?: string) => void }) {
  const id = useId();
  const keyOk = (text: string): ParseResult<string> => {
    const k = text.trim();
    if (!k) return { ok: false, error: 'a field needs a name' };
    if (k !== name && k in data) return { ok: false, error: `"${k}" is already a field` };
    return { ok: true, value: k };
  };
  const key = useDraft<string>({ shown: name, parse: keyOk, check: (k) => editor.check(['data'], renameKey(data, name, k)), commit: (k) => editor.commit(['data'], renameKey(data, name, k)) });
  const val = useDraft<Value>({ shown: String(value), parse: (t) => ({ ok: true, value: readValue(t) }), check: (v) => editor.check(['data', name], v), commit: (v) => editor.commit(['data', name], v) });
  const remove = () => {
    const rest = Object.fromEntries(Object.entries(data).filter(([k]) => k !== name));
    onError(editor.commit(['data'], Object.keys(rest).length ? rest : undefined));
  };
  const err = key.error ?? val.error;
  return (
    <li>
      <div className="grid grid-cols-[minmax(0,2fr)_minmax(0,3fr)_1.75rem] items-center gap-1.5">
        <input id={`${id}-k`} aria-label="Field name" value={key.value} onChange={key.onChange} onKeyDown={key.onKeyDown} onFocus={key.onFocus} onBlur={key.onBlur} aria-invalid={key.error ? true : undefined} className={`${INPUT} font-mono ${key.error ? INVALID : ''}`} />
        <input aria-label={`Value of ${name}`} value={val.value} onChange={val.onChange} onKeyDown={val.onKeyDown} onFocus={val.onFocus} onBlur={val.onBlur} aria-invalid={val.error ? true : undefined} className={`${INPUT} font-mono ${val.error ? INVALID : ''}`} />
        <button type="button" onClick={remove} aria-label={`Remove ${name}`} title="Remove" className={ICON_BUTTON}>
          ×
        </button>
      </div>
      {err && (
        <p role="alert" className={`mt-0.5 ${ERROR_TEXT}`}>
          ⚠ {err}
        </p>
      )}
    </li>
  );
}
