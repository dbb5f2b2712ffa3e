/**
 * The scenario document store: every change is one undoable step (zundo). Dragging is kept out
 * of history until the drop (see ui-store's dragPositions), so one drag is one undo.
 *
 * The store holds a variant workspace (lib/variants): the base scenario "A", its variants as
 * patches, and which one is active. `doc` is always the ACTIVE variant's full document, so the
 * canvas edits it and the engine runs it without knowing about variants; `apply` on a variant
 * turns the result back into that variant's patch. One history covers edits, forks and switches.
 */
import { temporal } from 'zundo';
import { createStore } from 'zustand/vanilla';
import type { ScenarioDoc } from '../scenario-doc/types';
import { BASE_NAME, coreOf, materialise, openWorkspace, patchFor, withoutVariants, type VariantSpec, type Workspace } from '../variants/model';

export interface DocState {
  /** The active variant's document (no `variants` field); lesson and annotations are the base's. */
  doc: ScenarioDoc;
  /** Variant A, the scenario every variant patches. */
  base: ScenarioDoc;
  variants: VariantSpec[];
  /** "A" or a variant's name. */
  active: string;
  /**
   * Applies a pure command to the active variant; a command that returns the same document records
   * nothing. A result that carries `variants` replaces the whole workspace (an opened document).
   */
  apply(fn: (doc: ScenarioDoc) => ScenarioDoc): void;
  /** Replaces the document (open, reset) and forgets the undo history; returns problems with its variants. */
  load(doc: ScenarioDoc): string[];
  /** Opens a document (with its variants, A active) as one undoable step; returns problems with its variants. */
  replace(doc: ScenarioDoc): string[];
  /** Sets the workspace as one undoable step (lib/variants/workspace.ts: fork, switch, rename, delete). */
  setWorkspace(w: Workspace): void;
}

type Slice = Pick<DocState, 'doc' | 'base' | 'variants' | 'active'>;

/** The state for a workspace; `doc` is materialised (falls back to A if the active variant cannot be). */
export function sliceOf(w: Workspace): Slice {
  if (w.active === BASE_NAME) return { ...w, doc: w.base };
  const v = w.variants.find((x) => x.name === w.active);
  const m = v ? materialise(w.base, v) : undefined;
  return m?.ok ? { ...w, doc: m.doc } : { ...w, active: BASE_NAME, doc: w.base };
}

function changedCore(a: ScenarioDoc, b: ScenarioDoc): boolean {
  const ca = coreOf(a);
  const cb = coreOf(b);
  const keys = new Set([...Object.keys(ca), ...Object.keys(cb)]);
  for (const k of keys) if (ca[k] !== cb[k]) return true;
  return false;
}

/** The state after the active variant's document became `next`. */
function edited(s: Slice, nextIn: ScenarioDoc): Slice {
  const next = withoutVariants(nextIn);
  if (s.active === BASE_NAME) {
    // Variants are forks, not overlays: re-base each patch so its document stays as it was.
    const variants = changedCore(s.base, next)
      ? s.variants.map((v) => {
          const m = materialise(s.base, v);
          return m.ok ? { name: v.name, patch: patchFor(next, m.doc) } : v;
        })
      : s.variants;
    return { doc: next, base: next, variants, active: s.active };
  }
  // Lesson and annotations belong to the base, whichever variant is on the canvas.
  const base = { ...s.base } as Record<string, unknown>;
  for (const k of ['lesson', 'annotations'] as const) {
    const value = (next as Record<string, unknown>)[k];
    if (value === undefined) delete base[k];
    else base[k] = value;
  }
  const newBase = base as ScenarioDoc;
  const variants = s.variants.map((v) => (v.name === s.active ? { name: v.name, patch: patchFor(newBase, next) } : v));
  return { doc: next, base: newBase, variants, active: s.active };
}

export function createDocumentStore(initial: ScenarioDoc) {
  const first = openWorkspace(initial).workspace;
  const store = createStore<DocState>()(
    temporal(
      (set) => ({
        ...sliceOf(first),
        apply: (fn) =>
          set((s) => {
            const next = fn(s.doc);
            if (next === s.doc) return s;
            if (next.variants !== undefined) return sliceOf(openWorkspace(next).workspace);
            return edited(s, next);
          }),
        load: (doc) => {
          const opened = openWorkspace(doc);
          set(sliceOf(opened.workspace));
          store.temporal.getState().clear();
          return opened.problems;
        },
        replace: (doc) => {
          const opened = openWorkspace(doc);
          set(sliceOf(opened.workspace));
          return opened.problems;
        },
        setWorkspace: (w) => set(sliceOf(w)),
      }),
      {
        partialize: (s): Slice => ({ doc: s.doc, base: s.base, variants: s.variants, active: s.active }),
        equality: (a, b) => a.doc === b.doc && a.base === b.base && a.variants === b.variants && a.active === b.active,
        limit: 300,
      },
    ),
  );
  return store;
}

export type DocumentStore = ReturnType<typeof createDocumentStore>;
