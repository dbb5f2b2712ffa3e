'use client';
import Link from 'next/link';
import { useCallback } from 'react';
import { useDoc, usePlayground } from './PlaygroundProvider';

/** Logo link and the scenario's name, editable in place. */
export function ScenarioTitle() {
  const { doc } = usePlayground();
  const name = useDoc((s) => s.doc.name);
  const rename = useCallback(
    (value: string) => {
      const clean = value.trim().slice(0, 120);
      if (clean && clean !== doc.getState().doc.name) doc.getState().apply((d) => ({ ...d, name: clean }));
    },
    [doc],
  );
  return (
    <div className="flex min-w-0 items-center gap-2">
      <Link href="/" className="font-semibold tracking-tight text-sky-700 dark:text-sky-400" title="Interplay home">
        Interplay
      </Link>
      <span aria-hidden="true" className="text-slate-400">/</span>
      <input
        key={name}
        defaultValue={name}
        aria-label="Scenario name"
        maxLength={120}
        onBlur={(e) => rename(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter') e.currentTarget.blur();
          if (e.key === 'Escape') {
            e.currentTarget.value = name;
            e.currentTarget.blur();
          }
        }}
        className="min-w-0 rounded bg-transparent px-1 py-0.5 font-medium hover:bg-slate-100 focus:bg-white focus:outline-2 focus:outline-sky-500 dark:hover:bg-slate-800 dark:focus:bg-slate-900"
      />
    </div>
  );
}
