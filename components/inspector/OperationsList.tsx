'use client';
/** A client's operation mix: name and weight per row, with each one's share of the traffic. */
import { useId, useState } from 'react';
import type { DocNode } from '@/lib/scenario-doc/types';
import { NumberField } from './fields/NumberField';
import { TextField } from './fields/TextField';
import { BUTTON, ERROR_TEXT, ICON_BUTTON } from './fields/styles';
import type { Editor } from './use-editor';

type Ops = Extract<DocNode, { kind: 'client' }>['operations'];

/** The guide's REST resources, offered in this order. */
export const REST_OPERATIONS = ['GET /api/users/{id}', 'POST /api/users', 'PUT /api/users/{id}', 'DELETE /api/users/{id}', 'GET /api/users'];

export function OperationsList({ ops, editor }: { ops: Ops; editor: Editor }) {
  const listId = useId();
  const [error, setError] = useState<string>();
  const rows = ops ?? [{ name: 'GET /api/users/{id}', weight: 1 }];
  const total = rows.reduce((s, o) => s + (o.weight ?? 1), 0);

  const add = () => {
    const name = REST_OPERATIONS.find((n) => !rows.some((o) => o.name === n)) ?? `GET /api/items/{id}`;
    setError(editor.commit(['operations'], [...rows, { name, weight: 1 }]));
  };
  const remove = (i: number) => setError(editor.commit(['operations'], rows.filter((_, j) => j !== i)));

  return (
    <div>
      <ul className="space-y-2">
        {rows.map((o, i) => (
          <li key={i} className="rounded-md border border-slate-200 px-2 py-1.5 dark:border-slate-700">
            <div className="flex items-start gap-1">
              <div className="min-w-0 flex-1">
                <TextField editor={editor} path={['operations', i, 'name']} value={o.name} label={`Operation ${i + 1}`} hideLabel mono list={listId} maxLength={120} />
              </div>
              <button type="button" onClick={() => remove(i)} disabled={rows.length <= 1} aria-label={`Remove ${o.name}`} title={rows.length <= 1 ? 'A client needs at least one operation' : 'Remove'} className={`${ICON_BUTTON} disabled:opacity-30`}>
                ×
              </button>
            </div>
            <div className="mt-1 flex items-start gap-1.5 text-sm">
              <span className="pt-1 text-slate-600 dark:text-slate-300" aria-hidden="true">
                Weight
              </span>
              <NumberField editor={editor} path={['operations', i, 'weight']} value={o.weight} label={`Weight of operation ${i + 1}`} unit="" unitLabel="" placeholder="1" optional hideLabel width="w-16" />
              <span className="pt-1 text-xs tabular-nums text-slate-600 dark:text-slate-300">{total > 0 ? `= ${Math.round(((o.weight ?? 1) / total) * 100)} % of requests` : ''}</span>
            </div>
          </li>
        ))}
      </ul>
      <datalist id={listId}>
        {REST_OPERATIONS.map((n) => (
          <option key={n} value={n} />
        ))}
      </datalist>
      <button type="button" onClick={add} disabled={rows.length >= 50} className={`${BUTTON} mt-2`}>
        + Add operation
      </button>
      {error && (
        <p role="alert" className={`mt-1 ${ERROR_TEXT}`}>
          ⚠ {error}
        </p>
      )}
    </div>
  );
}
