/**
 * A scenario on its way in (by link, preset or short link) until it is opened or declined: the short link being
 * fetched, and the scenario waiting for the person's choice when opening it would replace their own work. Lives
 * with the playground's other stores, for the length of a page.
 */
import { createStore } from 'zustand/vanilla';
import type { ScenarioDoc } from '../scenario-doc/types';

export interface Arrival {
  doc: ScenarioDoc;
  /** Where it came from, as a message says it: "the shared link", "the short link /s/abc…". */
  source: string;
  /** What to call it in a question: "shared scenario", "preset". */
  noun: string;
  /** The format version it was written in, when it was migrated on the way in. */
  migratedFrom?: number;
}

export interface OpenState {
  /** A short link being read from the server; `confirmed` when the person asked for it (My scenarios). */
  loading?: { id: string; confirmed: boolean };
  /** Waiting for the choice: open this, or keep the work that is there. */
  offer?: Arrival;
}

export function createOpenStore() {
  return createStore<OpenState>()(() => ({}));
}

export type OpenStore = ReturnType<typeof createOpenStore>;
