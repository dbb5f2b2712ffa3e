/**
 * Variant commands on the document store: fork, switch, rename, delete — each one undoable step —
 * and the two reads everything else needs: the document to save or share (`persistedDoc`) and
 * every variant as a runnable document (`variantDocs`, for the compare view).
 */
import type { ScenarioDoc } from '../scenario-doc/types';
import type { DocState, DocumentStore } from '../stores/document-store';
import { BASE_NAME, checkVariantName, materialise, nextVariantName, persisted } from './model';

type Held = Pick<DocState, 'base' | 'variants' | 'active' | 'doc'>;

/** The document autosave, share links, short links, JSON export and "my scenarios" keep: A with its variants. */
export function persistedDoc(state: Pick<DocState, 'base' | 'variants'>): ScenarioDoc {
  return persisted(state);
}

/** Every variant's name and runnable document, A first; a variant that no longer materialises is skipped. */
export function variantDocs(state: Held): { name: string; doc: ScenarioDoc }[] {
  const out = [{ name: BASE_NAME, doc: state.active === BASE_NAME ? state.doc : state.base }];
  for (const v of state.variants) {
    if (v.name === state.active) {
      out.push({ name: v.name, doc: state.doc });
      continue;
    }
    const m = materialise(state.base, v);
    if (m.ok) out.push({ name: v.name, doc: m.doc });
  }
  return out;
}

/** Copies a variant (the active one by default) into a new one, B, C, …, and makes it active. Returns its name. */
export function forkVariant(store: DocumentStore, fromName?: string): string {
  const s = store.getState();
  const from = fromName ?? s.active;
  const name = nextVariantName(s.variants.map((v) => v.name));
  const source = from === BASE_NAME ? undefined : s.variants.find((v) => v.name === from);
  const patch = structuredClone(source?.patch ?? []);
  s.setWorkspace({ base: s.base, variants: [...s.variants, { name, patch }], active: name });
  return name;
}

/** Puts a variant on the canvas (the engine resets to run it). False when there is no such variant. */
export function switchVariant(store: DocumentStore, name: string): boolean {
  const s = store.getState();
  if (name === s.active) return true;
  if (name !== BASE_NAME && !s.variants.some((v) => v.name === name)) return false;
  s.setWorkspace({ base: s.base, variants: s.variants, active: name });
  return store.getState().active === name;
}

/** Renames a variant; returns a message instead when the name is not allowed. A cannot be renamed. */
export function renameVariant(store: DocumentStore, from: string, to: string): string | undefined {
  const s = store.getState();
  const clean = to.trim();
  if (clean === from) return undefined;
  if (from === BASE_NAME) return 'the base scenario is always "A"';
  const bad = checkVariantName(clean);
  if (bad) return bad;
  if (s.variants.some((v) => v.name === clean)) return `there is already a variant "${clean}"`;
  const variants = s.variants.map((v) => (v.name === from ? { ...v, name: clean } : v));
  s.setWorkspace({ base: s.base, variants, active: s.active === from ? clean : s.active });
  return undefined;
}

/** Deletes a variant (never A); the canvas goes back to A if it was showing it. */
export function deleteVariant(store: DocumentStore, name: string): void {
  const s = store.getState();
  if (name === BASE_NAME || !s.variants.some((v) => v.name === name)) return;
  s.setWorkspace({ base: s.base, variants: s.variants.filter((v) => v.name !== name), active: s.active === name ? BASE_NAME : s.active });
}

export { BASE_NAME };
