/**
 * The scenario document store: every change is one undoable step (zundo). Dragging is kept out
 * of history until the drop (see ui-store's dragPositions), so one drag is one undo.
 */
import { temporal } from 'zundo';
import { createStore } from 'zustand/vanilla';
import type { ScenarioDoc } from '../scenario-doc/types';

export interface DocState {
  doc: ScenarioDoc;
  /** Applies a pure command; a command that returns the same document records nothing. */
  apply(fn: (doc: ScenarioDoc) => ScenarioDoc): void;
  /** Replaces the document (open, reset) and forgets the undo history. */
  load(doc: ScenarioDoc): void;
}

export function createDocumentStore(initial: ScenarioDoc) {
  const store = createStore<DocState>()(
    temporal(
      (set) => ({
        doc: initial,
        apply: (fn) =>
          set((s) => {
            const next = fn(s.doc);
            return next === s.doc ? s : { doc: next };
          }),
        load: (doc) => {
          set({ doc });
          store.temporal.getState().clear();
        },
      }),
      { partialize: (s) => ({ doc: s.doc }), equality: (a, b) => a.doc === b.doc, limit: 300 },
    ),
  );
  return store;
}

export type DocumentStore = ReturnType<typeof createDocumentStore>;
