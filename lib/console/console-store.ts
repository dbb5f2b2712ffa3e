/** The console's history, one store per playground (kept while the tab is closed, gone with the page). */
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { ExternalResult } from './engine-console';
import type { ConsoleMode } from './send';

export interface ConsoleEntry {
  n: number;
  method: string;
  path: string;
  state: 'pending' | 'done' | 'failed';
  status?: number;
  /** Simulated latency from the response header. */
  latencyMs?: number;
  traceId?: number;
  body?: string;
  /** The service worker answered (its header was on the response). */
  viaMsw?: boolean;
  /** Wall ms from fetch() to the response. */
  wallMs?: number;
  mode?: ConsoleMode;
  result?: ExternalResult;
  error?: string;
}

export interface ConsoleState {
  entries: ConsoleEntry[];
  /** The entry whose trace is lit on the canvas. */
  lit?: number;
  worker: 'off' | 'starting' | 'on' | 'failed';
  workerError?: string;
}

export type ConsoleStore = StoreApi<ConsoleState>;

const stores = new WeakMap<object, ConsoleStore>();

export function consoleStoreFor(owner: object): ConsoleStore {
  let s = stores.get(owner);
  if (!s) stores.set(owner, (s = createStore<ConsoleState>()(() => ({ entries: [], worker: 'off' }))));
  return s;
}

export const HISTORY_CAP = 50;

export function addEntry(store: ConsoleStore, e: Omit<ConsoleEntry, 'n' | 'state'>): number {
  const n = (store.getState().entries[0]?.n ?? 0) + 1;
  store.setState((s) => ({ entries: [{ ...e, n, state: 'pending' as const }, ...s.entries].slice(0, HISTORY_CAP) }));
  return n;
}

export function updateEntry(store: ConsoleStore, n: number, patch: Partial<ConsoleEntry>): void {
  store.setState((s) => ({ entries: s.entries.map((e) => (e.n === n ? { ...e, ...patch } : e)) }));
}
