/**
 * Doing a lesson step's action in the playground: a parameter change is one undoable document step
 * (the run restarts with it, as with any edit), a fault is injected into the running simulation
 * now, a variant switch puts that variant on the canvas. Returns what happened, in words.
 */
import { describeAction } from '@/simulations/lessons/actions';
import type { LessonAction } from '@/simulations/lessons/schema';
import type { RunDriver } from '../run/driver';
import type { DocumentStore } from '../stores/document-store';
import type { RunStore } from '../stores/run-store';
import { switchVariant } from '../variants/workspace';
import { applySet } from './commands';

export interface PerformTargets {
  doc: DocumentStore;
  run: RunStore;
  driver?: RunDriver;
}

export type Performed = { ok: true; text: string; restarts: boolean; atMs: number } | { ok: false; error: string };

/** "Payments API" for node "payments", "Checkout → Payments API" for a link: the names the canvas shows. */
export function namer(doc: DocumentStore): (id: string) => string {
  const d = doc.getState().doc;
  const node = (id: string) => d.nodes.find((n) => n.id === id)?.label ?? id;
  return (id) => {
    const link = (d.links ?? []).find((l) => l.id === id);
    return link && !d.nodes.some((n) => n.id === id) ? `${node(link.from)} → ${node(link.to)}` : node(id);
  };
}

export async function performAction(t: PerformTargets, a: LessonAction): Promise<Performed> {
  const what = describeAction(a, namer(t.doc));
  if (a.kind === 'set') {
    const r = applySet(t.doc.getState().doc, a.target, a.path, a.value);
    if (!r.ok) return { ok: false, error: `Could not ${what}: ${r.error}.` };
    if (!r.changed) return { ok: true, text: `Already done: ${what}.`, restarts: false, atMs: t.run.getState().nowMs };
    t.doc.getState().apply((cur) => {
      const x = applySet(cur, a.target, a.path, a.value);
      return x.ok && x.changed ? x.doc : cur;
    });
    return { ok: true, text: `Done: ${what} (Ctrl+Z undoes it). The run restarts from 0 s with the change.`, restarts: true, atMs: 0 };
  }
  if (a.kind === 'fault') {
    if (!t.driver) return { ok: false, error: 'The engine is still starting: try again in a moment.' };
    if (t.run.getState().status === 'done') return { ok: false, error: 'The run has finished: press play to start it again, then do it.' };
    const res = await t.driver.inject({ ...a.fault, atMs: 0 });
    const at = t.run.getState().nowMs;
    if (!res.ok) return { ok: false, error: `Could not ${what}: ${res.error}.` };
    return { ok: true, text: `Done at ${(at / 1000).toFixed(1)} s: ${what}. A live experiment: the saved scenario is unchanged.`, restarts: false, atMs: at };
  }
  if (!switchVariant(t.doc, a.name)) return { ok: false, error: `Variant ${a.name} not found in this scenario (fork it in the Compare view first).` };
  return { ok: true, text: `Done: variant ${a.name} is on the canvas; the run restarts with it.`, restarts: true, atMs: 0 };
}
