'use client';
/**
 * The canvas's annotation state that is not part of the document: which notes and arrows are selected, which note is
 * being typed into, notes being dragged or resized (until the drop commits one undo step), the arrow tool, and whether
 * annotations are shown at all. One store per playground (keyed by its document store, never module-global).
 */
import { useStore } from 'zustand';
import { createStore } from 'zustand/vanilla';
import type { ArrowEnd } from '@/simulations/scenario/annotations-schema';
import type { Box } from '@/lib/annotations/geometry';
import type { XY } from '@/lib/scenario-doc/types';
import { usePlayground } from '@/components/playground/PlaygroundProvider';
import type { DocumentStore } from '@/lib/stores/document-store';

export interface AnnotationUiState {
  selected: string[];
  /** The note whose text is being edited in place. */
  editing?: string;
  drag: ReadonlyMap<string, XY>;
  /** A note being resized: its box until the pointer is released. */
  resize?: { id: string; box: Box };
  /** The arrow tool is on: the next press-drag-release on the canvas draws an arrow. */
  arrowTool: boolean;
  /** An arrow being drawn, or an end of a selected arrow being moved. */
  draft?: { from: ArrowEnd; to: ArrowEnd; arrowId?: string; which?: 'from' | 'to' };
  hidden: boolean;
}

const HIDDEN_KEY = 'interplay:annotations:hidden';

/** Read after hydration (the server cannot know it), by the annotation layer. */
export function storedHidden(): boolean {
  try {
    return globalThis.localStorage?.getItem(HIDDEN_KEY) === '1';
  } catch {
    return false;
  }
}

/** Shows or hides every note and arrow (a display preference kept in this browser, never in the scenario). */
export function setHidden(store: AnnotationUiStore, hidden: boolean): void {
  store.setState({ hidden, selected: [], editing: undefined, arrowTool: false, draft: undefined });
  try {
    globalThis.localStorage?.setItem(HIDDEN_KEY, hidden ? '1' : '0');
  } catch {
    // a display preference that is not kept is not worth a message
  }
}

function createAnnotationUi() {
  return createStore<AnnotationUiState>()(() => ({ selected: [], drag: new Map(), arrowTool: false, hidden: false }));
}

export type AnnotationUiStore = ReturnType<typeof createAnnotationUi>;

const stores = new WeakMap<DocumentStore, AnnotationUiStore>();

/** The annotation UI store of the playground that owns `doc` (created on first use). */
export function annotationUiFor(doc: DocumentStore): AnnotationUiStore {
  let s = stores.get(doc);
  if (!s) {
    s = createAnnotationUi();
    stores.set(doc, s);
  }
  return s;
}

export function useAnnotationUiStore(): AnnotationUiStore {
  return annotationUiFor(usePlayground().doc);
}

export function useAnnotationUi<T>(selector: (s: AnnotationUiState) => T): T {
  return useStore(useAnnotationUiStore(), selector);
}
