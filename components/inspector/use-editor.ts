/**
 * Binds editors to the document store: `check` validates a would-be value, `commit` validates it
 * and applies it as one undoable step. Both answer with the message to show, or undefined.
 */
import { useMemo } from 'react';
import { usePlayground } from '@/components/playground/PlaygroundProvider';
import type { ScenarioDoc } from '@/lib/scenario-doc/types';
import { getIn, sameJson, scopePath, tryEdit, type Path, type Scope } from './doc-edit';

export interface Editor {
  scope: Scope;
  check(rel: Path, value: unknown): string | undefined;
  commit(rel: Path, value: unknown): string | undefined;
  /** Applies a whole-document change that needs no field-level check (add/remove a fault). */
  apply(fn: (doc: ScenarioDoc) => ScenarioDoc): void;
}

export function useEditor(scope: Scope): Editor {
  const { doc } = usePlayground();
  const kind = scope.kind;
  const id = scope.kind === 'doc' ? '' : scope.id;
  return useMemo(() => {
    const s: Scope = kind === 'doc' ? { kind } : { kind, id };
    const unchanged = (d: ScenarioDoc, rel: Path, value: unknown) => {
      const at = scopePath(d, s);
      return at !== undefined && sameJson(getIn(d, [...at, ...rel]), value);
    };
    return {
      scope: s,
      check: (rel, value) => {
        const d = doc.getState().doc;
        if (unchanged(d, rel, value)) return undefined;
        const r = tryEdit(d, s, rel, value);
        return r.ok ? undefined : r.message;
      },
      commit: (rel, value) => {
        const d = doc.getState().doc;
        if (unchanged(d, rel, value)) return undefined;
        const r = tryEdit(d, s, rel, value);
        if (!r.ok) return r.message;
        doc.getState().apply((cur) => (cur === d ? r.doc : cur));
        return undefined;
      },
      apply: (fn) => doc.getState().apply(fn),
    };
  }, [doc, kind, id]);
}
