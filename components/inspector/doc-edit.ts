/**
 * One inspector edit as a pure step: put a value at a path inside a node, a link or the scenario,
 * validate the whole candidate document with the engine's schema, and either hand back the new
 * document or the message for that field. An edit is refused only for problems it introduces,
 * so one broken element elsewhere does not freeze every other field.
 */
import { formatPath, validateScenario, type ValidationIssue } from '@/simulations/index';
import { replaceLink, replaceNode } from '@/lib/scenario-doc/commands';
import type { ScenarioDoc } from '@/lib/scenario-doc/types';

export type Path = readonly (string | number)[];

/** What an editor edits: one node, one link, or the scenario itself (settings, faults). */
export type Scope = { kind: 'node'; id: string } | { kind: 'link'; id: string } | { kind: 'doc' };

export type EditResult = { ok: true; doc: ScenarioDoc } | { ok: false; message: string };

export function getIn(obj: unknown, path: Path): unknown {
  let cur = obj;
  for (const key of path) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = (cur as Record<string | number, unknown>)[key];
  }
  return cur;
}

/** Copy-on-write set; `undefined` removes the key (an unset optional field takes its default). */
export function setIn<T>(obj: T, path: Path, value: unknown): T {
  if (path.length === 0) return value as T;
  const [key, ...rest] = path;
  const base = (obj ?? (typeof key === 'number' ? [] : {})) as Record<string | number, unknown>;
  const next = setIn(base[key], rest, value);
  if (Array.isArray(base)) {
    const copy = [...base];
    copy[key as number] = next;
    return copy as T;
  }
  const copy = { ...base };
  if (next === undefined) delete copy[key];
  else copy[key] = next;
  return copy as T;
}

/** Where the scope lives in the document, or undefined if it is gone (deleted meanwhile). */
export function scopePath(doc: ScenarioDoc, scope: Scope): Path | undefined {
  if (scope.kind === 'doc') return [];
  const list = scope.kind === 'node' ? doc.nodes : (doc.links ?? []);
  const i = list.findIndex((e) => e.id === scope.id);
  return i < 0 ? undefined : [scope.kind === 'node' ? 'nodes' : 'links', i];
}

/** The document with the value put in place, through the document commands (one undo step). */
export function editDoc(doc: ScenarioDoc, scope: Scope, rel: Path, value: unknown): ScenarioDoc | undefined {
  if (scope.kind === 'doc') return setIn(doc, rel, value);
  const at = scopePath(doc, scope);
  if (!at) return undefined;
  const element = getIn(doc, at);
  if (scope.kind === 'node') return replaceNode(doc, scope.id, setIn(element as ScenarioDoc['nodes'][number], rel, value));
  return replaceLink(doc, scope.id, setIn(element as NonNullable<ScenarioDoc['links']>[number], rel, value));
}

const baselines = new WeakMap<ScenarioDoc, Set<string>>();
const keyOf = (i: ValidationIssue) => `${i.path}\u0000${i.message}`;

function issuesOf(doc: ScenarioDoc): ValidationIssue[] {
  const v = validateScenario(doc);
  return v.ok ? [] : v.errors;
}

function baseline(doc: ScenarioDoc): Set<string> {
  let set = baselines.get(doc);
  if (!set) baselines.set(doc, (set = new Set(issuesOf(doc).map(keyOf))));
  return set;
}

const under = (path: string, prefix: string) => prefix === '' || path === prefix || path.startsWith(`${prefix}.`) || path.startsWith(`${prefix}[`);

/** Validates the edit; the message names the field's own problem first, then its neighbours'. */
export function tryEdit(doc: ScenarioDoc, scope: Scope, rel: Path, value: unknown): EditResult {
  const at = scopePath(doc, scope);
  const next = at && editDoc(doc, scope, rel, value);
  if (!at || !next) return { ok: false, message: 'this element no longer exists' };
  const before = baseline(doc);
  const fresh = issuesOf(next).filter((i) => !before.has(keyOf(i)));
  if (fresh.length === 0) return { ok: true, doc: next };
  const field = formatPath([...at, ...rel]);
  const own = fresh.find((i) => under(i.path, field)) ?? fresh.find((i) => rel.length > 1 && under(i.path, formatPath([...at, ...rel.slice(0, -1)])));
  if (own) return { ok: false, message: own.message };
  const scoped = at.length > 0 ? fresh.find((i) => under(i.path, formatPath(at))) : undefined;
  const shown = scoped ?? fresh[0];
  const where = scoped ? shown.path.slice(formatPath(at).length).replace(/^\./, '') : shown.path;
  return { ok: false, message: where ? `${where}: ${shown.message}` : shown.message };
}

/** Deep equality for JSON values: an edit that changes nothing records no undo step. */
export function sameJson(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a).filter((k) => (a as Record<string, unknown>)[k] !== undefined);
  const kb = Object.keys(b).filter((k) => (b as Record<string, unknown>)[k] !== undefined);
  return ka.length === kb.length && ka.every((k) => sameJson((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}
