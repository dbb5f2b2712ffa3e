/** Starts the engine worker and wraps it with comlink. Browser only. */
import { wrap, type Remote } from 'comlink';
import type { EngineApi } from './engine.worker';

export interface EngineHandle {
  api: Remote<EngineApi>;
  terminate(): void;
}

export function startEngine(): EngineHandle {
  // The URL must be written literally here for the bundler to find and compile the worker.
  const worker = new Worker(new URL('./engine.worker.ts', import.meta.url), { type: 'module', name: 'interplay-engine' });
  return { api: wrap<EngineApi>(worker), terminate: () => worker.terminate() };
}
