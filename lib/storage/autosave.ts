/**
 * Keeps the document in localStorage on every change, so a reload or a crash loses nothing.
 * A saved copy that no longer validates is set aside (never silently dropped) and reported.
 */
import { validateScenario } from '@/simulations/index';
import type { ScenarioDoc } from '../scenario-doc/types';

export const AUTOSAVE_KEY = 'interplay:autosave:v1';
const BROKEN_KEY = 'interplay:autosave:unreadable';

export type Restored = { doc: ScenarioDoc; problem?: undefined } | { doc?: undefined; problem: string } | { doc?: undefined; problem?: undefined };

export function restore(storage: Storage | undefined = globalThis.localStorage): Restored {
  let text: string | null;
  try {
    text = storage?.getItem(AUTOSAVE_KEY) ?? null;
  } catch {
    return { problem: 'the browser refused access to local storage: work will not be kept across reloads' };
  }
  if (text === null) return {};
  try {
    const v = validateScenario(JSON.parse(text));
    if (v.ok) return { doc: JSON.parse(text) as ScenarioDoc };
    storage?.setItem(BROKEN_KEY, text);
    return { problem: `the autosaved scenario could not be read (${v.errors[0]?.path || 'scenario'}: ${v.errors[0]?.message}); a copy was kept under "${BROKEN_KEY}"` };
  } catch (e) {
    storage?.setItem(BROKEN_KEY, text);
    return { problem: `the autosaved scenario is not valid JSON (${(e as Error).message}); a copy was kept under "${BROKEN_KEY}"` };
  }
}

export function save(doc: ScenarioDoc, storage: Storage | undefined = globalThis.localStorage): string | undefined {
  try {
    storage?.setItem(AUTOSAVE_KEY, JSON.stringify(doc));
    return undefined;
  } catch (e) {
    return `could not autosave: ${(e as Error).message}`;
  }
}
