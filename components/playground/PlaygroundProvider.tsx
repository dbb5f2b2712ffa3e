'use client';
/**
 * Creates the playground's stores once per page (never module-global: zustand's advice for
 * Next), the engine worker and its driver, and wires autosave and "a change resets the run".
 */
import { createContext, useContext, useEffect, useState, type ReactNode } from 'react';
import { useStore, type StoreApi } from 'zustand';
import { createStore } from 'zustand/vanilla';
import { startEngine, type EngineHandle } from '@/lib/engine-client';
import { RunDriver } from '@/lib/run/driver';
import { simulationKey } from '@/lib/scenario-doc/simulation-key';
import { starterDoc } from '@/lib/scenario-doc/defaults';
import { receive } from '@/lib/share/open-flow';
import { readIncoming } from '@/lib/share/open-incoming';
import { createOpenStore, type OpenStore } from '@/lib/share/open-store';
import { restore, save } from '@/lib/storage/autosave';
import { createDocumentStore, type DocState, type DocumentStore } from '@/lib/stores/document-store';
import { createRunStore, type RunState, type RunStore } from '@/lib/stores/run-store';
import { createUiStore, type UiState, type UiStore } from '@/lib/stores/ui-store';
import { persistedDoc } from '@/lib/variants/workspace';

export interface Playground {
  doc: DocumentStore;
  ui: UiStore;
  run: RunStore;
  /** Holds the engine driver once the worker has started (after hydration). */
  engine: StoreApi<{ driver?: RunDriver }>;
  /** A scenario arriving by link, preset or short link, until it is opened or declined. */
  open: OpenStore;
}

const Ctx = createContext<Playground | null>(null);

export function PlaygroundProvider({ children }: { children: ReactNode }) {
  const [stores] = useState<Playground>(() => ({ doc: createDocumentStore(starterDoc()), ui: createUiStore(), run: createRunStore(), engine: createStore<{ driver?: RunDriver }>()(() => ({})), open: createOpenStore() }));

  useEffect(() => {
    const restored = restore();
    for (const problem of restored.doc ? stores.doc.getState().load(restored.doc) : []) stores.ui.getState().notify(`In the autosaved scenario, ${problem}.`, 'warn');
    if (restored.problem) stores.ui.getState().notify(restored.problem, 'warn');
    stores.run.getState().set({ seed: stores.doc.getState().doc.seed ?? 1 });

    const engine: EngineHandle = startEngine();
    const d = new RunDriver(engine.api, stores.run, () => stores.doc.getState().doc);
    stores.engine.setState({ driver: d });
    void d.reset();

    let key = simulationKey(stores.doc.getState().doc);
    const unsubscribe = stores.doc.subscribe((s, prev) => {
      if (s.doc === prev.doc && s.base === prev.base && s.variants === prev.variants) return;
      const problem = save(persistedDoc(s));
      if (problem) stores.ui.getState().notify(problem, 'error');
      const next = simulationKey(s.doc);
      if (next === key) return; // moved or renamed: the numbers do not change
      key = next;
      const { status, nowMs } = stores.run.getState();
      const active = status === 'running' || ((status === 'paused' || status === 'done') && nowMs > 0);
      void d.reset().then((ok) => {
        if (ok && status === 'running') void d.play();
        if (ok && active) stores.ui.getState().notify('Scenario changed: the run restarted from 0 s with the new parameters.', 'info');
      });
    });
    // After autosave's restore, and once changes are saved: a scenario the address brings (#s=, ?preset=, /s/{id})
    // opens over it as one undoable step, or asks first when that would replace the person's own work.
    receive(stores, readIncoming(window.location));
    return () => {
      unsubscribe();
      d.dispose();
      engine.terminate();
      stores.engine.setState({ driver: undefined });
    };
  }, [stores]);

  return <Ctx.Provider value={stores}>{children}</Ctx.Provider>;
}

export function usePlayground(): Playground {
  const p = useContext(Ctx);
  if (!p) throw new Error('usePlayground must be used inside <PlaygroundProvider>');
  return p;
}

export function useDoc<T>(selector: (s: DocState) => T): T {
  return useStore(usePlayground().doc, selector);
}

export function useUi<T>(selector: (s: UiState) => T): T {
  return useStore(usePlayground().ui, selector);
}

export function useRun<T>(selector: (s: RunState) => T): T {
  return useStore(usePlayground().run, selector);
}

/** The engine driver, or undefined before the worker has started. */
export function useDriver(): RunDriver | undefined {
  return useStore(usePlayground().engine, (s) => s.driver);
}
