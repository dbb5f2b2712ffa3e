'use client';
/** Per-operation service times ("POST /api/users" is slower than a GET), overriding the service time. */
import { useId, useState } from 'react';
import type { Distribution } from '@/simulations/index';
import { useDoc } from '@/components/playground/PlaygroundProvider';
import type { DocNode } from '@/lib/scenario-doc/types';
import { useShallow } from 'zustand/react/shallow';
import { DistributionEditor } from './DistributionEditor';
import { BUTTON, HELP, ICON_BUTTON, INPUT } from './fields/styles';
import type { Editor } from './use-editor';

type ServiceNode = Extract<DocNode, { kind: 'service' }>;

export function OperationTimes({ node, editor }: { node: ServiceNode; editor: Editor }) {
  const id = useId();
  const [name, setName] = useState('');
  const [error, setError] = useState<string>();
  const known = useDoc(useShallow((s) => [...new Set(s.doc.nodes.flatMap((n) => (n.kind === 'client' ? (n.operations ?? []).map((o) => o.name) : [])))]));
  const ops = node.operations ?? {};
  const names = Object.keys(ops);
  const base = (node.serviceTime ?? { type: 'exponential', mean: 10 }) as Distribution;

  const add = () => {
    const op = name.trim() || known.find((k) => !(k in ops)) || '';
    if (!op) return setError('type an operation name, e.g. POST /api/users');
    if (op in ops) return setError(`"${op}" already has its own time`);
    const err = editor.commit(['operations'], { ...ops, [op]: base });
    setError(err);
    if (!err) setName('');
  };
  const remove = (op: string) => {
    const rest = Object.fromEntries(Object.entries(ops).filter(([k]) => k !== op));
    setError(editor.commit(['operations'], names.length === 1 ? undefined : rest));
  };

  return (
    <div className="py-1.5">
      <p className="text-sm font-medium text-slate-800 dark:text-slate-200">Per-operation times</p>
      <p className={HELP}>An operation listed here takes its own time instead of the service time.</p>
      {names.map((op) => (
        <DistributionEditor
          key={op}
          editor={editor}
          path={['operations', op]}
          value={ops[op] as Distribution}
          fallback={base}
          label={`Time of ${op}`}
          selectLabel="Time"
          heading={
            <div className="flex items-center justify-between gap-2 pt-1">
              <code className="min-w-0 truncate font-mono text-sm font-semibold" title={op}>
                {op}
              </code>
              <button type="button" onClick={() => remove(op)} aria-label={`Remove the time of ${op}`} title="Remove" className={ICON_BUTTON}>
                ×
              </button>
            </div>
          }
        />
      ))}
      <div className="mt-1 flex gap-1.5">
        <label htmlFor={id} className="sr-only">
          Operation name
        </label>
        <input
          id={id}
          list={`${id}-ops`}
          value={name}
          placeholder={known.find((k) => !(k in ops)) ?? 'POST /api/users'}
          onChange={(e) => setName(e.target.value)}
          onKeyDown={(e) => e.key === 'Enter' && add()}
          className={`${INPUT} flex-1 font-mono`}
        />
        <datalist id={`${id}-ops`}>
          {known.map((k) => (
            <option key={k} value={k} />
          ))}
        </datalist>
        <button type="button" onClick={add} className={BUTTON}>
          Add
        </button>
      </div>
      {error && (
        <p role="alert" className="mt-1 text-xs font-medium text-[#B54A00] dark:text-[#FF9A5C]">
          ⚠ {error}
        </p>
      )}
    </div>
  );
}
