'use client';
/** Method, address (suggested from the scenario's operations), an optional JSON body, and Send. */
import { useId, useState, type FormEvent } from 'react';
import { exampleAddress, HTTP_METHODS, type DeclaredOperation } from '@/simulations/run/operation-match';
import { formProblem, type ConsoleRequestForm } from '@/lib/console/fetch-request';
import { ERROR_TEXT, INPUT } from '@/components/inspector/fields/styles';

const SEND =
  'rounded-md bg-[#0072B2] px-3 py-1 text-sm font-semibold text-white hover:bg-[#005A8C] focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-[#0072B2] disabled:cursor-wait disabled:opacity-50';

interface Props {
  operations: DeclaredOperation[];
  ready: boolean;
  onSend(f: ConsoleRequestForm): void;
}

export function ConsoleForm({ operations, ready, onSend }: Props) {
  const first = operations[0];
  const [form, setForm] = useState<ConsoleRequestForm>(() => ({ method: first?.method ?? 'GET', path: first ? exampleAddress(first) : '/api/users/42', body: '' }));
  const [problem, setProblem] = useState<string>();
  const listId = useId();

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const p = formProblem(form);
    setProblem(p);
    if (!p) onSend(form);
  };

  return (
    <form onSubmit={submit} className="flex flex-col gap-1.5" data-testid="console-form" data-no-shortcuts>
      <div className="flex gap-1.5">
        <label className="sr-only" htmlFor={`${listId}-method`}>
          Method
        </label>
        <select id={`${listId}-method`} className={INPUT} value={form.method} onChange={(e) => setForm({ ...form, method: e.target.value })} data-testid="console-method">
          {HTTP_METHODS.map((m) => (
            <option key={m}>{m}</option>
          ))}
        </select>
        <label className="sr-only" htmlFor={`${listId}-path`}>
          Address
        </label>
        <input
          id={`${listId}-path`}
          className={`${INPUT} flex-1 font-mono`}
          value={form.path}
          list={listId}
          spellCheck={false}
          onChange={(e) => setForm({ ...form, path: e.target.value })}
          data-testid="console-path"
        />
        <datalist id={listId}>
          {operations.map((o) => (
            <option key={o.name} value={exampleAddress(o)}>
              {o.name}
            </option>
          ))}
        </datalist>
        <button type="submit" className={SEND} disabled={!ready} data-testid="console-send">
          Send
        </button>
      </div>
      {form.method !== 'GET' && (
        <textarea
          aria-label="JSON body (optional)"
          placeholder='JSON body (optional), e.g. {"email": "ada@example.com"}'
          className={`${INPUT} h-14 resize-none font-mono text-xs`}
          value={form.body}
          onChange={(e) => setForm({ ...form, body: e.target.value })}
          data-testid="console-body"
        />
      )}
      {problem && (
        <p className={ERROR_TEXT} role="alert">
          {problem}
        </p>
      )}
      <div className="flex flex-wrap gap-1" aria-label="Operations of this scenario">
        {operations.map((o) => (
          <button
            key={o.name}
            type="button"
            className="rounded border border-slate-300 px-1.5 font-mono text-[0.7rem] text-slate-700 hover:bg-slate-100 dark:border-slate-600 dark:text-slate-200 dark:hover:bg-slate-800"
            title={`Fill in ${o.name}`}
            onClick={() => setForm({ ...form, method: o.method ?? form.method, path: exampleAddress(o) })}
          >
            {o.method ?? '*'} {o.address}
          </button>
        ))}
        {operations.length === 0 && <span className="text-xs text-slate-500">This scenario declares no HTTP operations (a client&apos;s operations, e.g. GET /api/users/&#123;id&#125;).</span>}
      </div>
    </form>
  );
}
