/** UI state: selection, panels, display preferences, transient drag positions. Never undone, never shared. */
import { createStore } from 'zustand/vanilla';
import type { XY } from '../scenario-doc/types';
import type { WatchCondition } from '@/simulations/watch/condition';

export type Theme = 'system' | 'light' | 'dark';
export type BottomTab = 'guide' | 'lesson' | 'charts' | 'events' | 'trace' | 'report' | 'console';
/** What fills the window: the editor, the variant comparison, a parameter sweep, or the presenter view. */
export type View = 'edit' | 'compare' | 'sweep' | 'present';

export interface Notice {
  id: number;
  text: string;
  tone: 'info' | 'warn' | 'error';
}

export interface UiState {
  selectedNodes: string[];
  selectedLinks: string[];
  /** Positions of nodes being dragged, until the drop commits them to the document. */
  dragPositions: ReadonlyMap<string, XY>;
  largeText: boolean;
  theme: Theme;
  bottomTab: BottomTab;
  cheatSheetOpen: boolean;
  /** Node whose label is being edited in place. */
  renaming?: string;
  /** Slug of the preset the open scenario came from (its guide is shown), if any. */
  preset?: string;
  notices: Notice[];
  view: View;
  /** Index of the guided-lesson step being shown (0 = the first). */
  lessonStep: number;
  /** Pause on event: the run pauses right after an incident one of these matches. */
  pauseOn: WatchCondition[];
  select(nodes: string[], links: string[]): void;
  setDrag(positions: ReadonlyMap<string, XY>): void;
  set(patch: Partial<Pick<UiState, 'largeText' | 'theme' | 'bottomTab' | 'cheatSheetOpen' | 'renaming' | 'preset' | 'view' | 'lessonStep' | 'pauseOn'>>): void;
  notify(text: string, tone?: Notice['tone']): void;
  dismiss(id: number): void;
}

let noticeSeq = 0;

export function createUiStore(prefs: Partial<Pick<UiState, 'largeText' | 'theme'>> = {}) {
  return createStore<UiState>()((set) => ({
    selectedNodes: [],
    selectedLinks: [],
    dragPositions: new Map(),
    largeText: prefs.largeText ?? false,
    theme: prefs.theme ?? 'system',
    bottomTab: 'charts',
    cheatSheetOpen: false,
    notices: [],
    view: 'edit',
    lessonStep: 0,
    pauseOn: [],
    select: (selectedNodes, selectedLinks) => set({ selectedNodes, selectedLinks }),
    setDrag: (dragPositions) => set({ dragPositions }),
    set: (patch) => set(patch),
    notify: (text, tone = 'info') => set((s) => ({ notices: [...s.notices.slice(-3), { id: ++noticeSeq, text, tone }] })),
    dismiss: (id) => set((s) => ({ notices: s.notices.filter((n) => n.id !== id) })),
  }));
}

export type UiStore = ReturnType<typeof createUiStore>;
