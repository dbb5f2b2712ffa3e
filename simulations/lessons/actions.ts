/**
 * What a lesson step's action does to a scenario, as pure functions: set one parameter of a node
 * or link (a new document, the input untouched), and the words for its button.
 */
import type { ScenarioInput } from '../scenario/schema';
import type { LessonAction } from './schema';

type Loose = Record<string, unknown>;
export type SetResult = { ok: true; doc: ScenarioInput; changed: boolean } | { ok: false; error: string };

/**
 * The scenario with `path` inside node or link `target` set to `value`. Missing objects on the
 * way are created ("retry.maxAttempts" on a link without retry). Never throws.
 */
export function setParameter(doc: ScenarioInput, target: string, path: string, value: unknown): SetResult {
  const keys = path.split('.');
  if (keys.some((k) => !k || k === '__proto__' || k === 'constructor' || k === 'prototype')) return { ok: false, error: `"${path}" is not a parameter path` };
  const nodeAt = doc.nodes.findIndex((n) => n.id === target);
  const links = doc.links ?? [];
  const linkAt = nodeAt < 0 ? links.findIndex((l) => l.id === target) : -1;
  if (nodeAt < 0 && linkAt < 0) return { ok: false, error: `there is no node or link "${target}" in the scenario` };
  const element = (nodeAt >= 0 ? doc.nodes[nodeAt] : links[linkAt]) as unknown as Loose;
  const next = setIn(element, keys, value);
  if (next === undefined) return { ok: false, error: `"${keys.slice(0, -1).join('.')}" of ${target} is not an object, so "${path}" cannot be set` };
  if (JSON.stringify(readIn(element, keys)) === JSON.stringify(value)) return { ok: true, doc, changed: false };
  if (nodeAt >= 0) return { ok: true, changed: true, doc: { ...doc, nodes: doc.nodes.map((n, i) => (i === nodeAt ? (next as unknown as typeof n) : n)) } };
  return { ok: true, changed: true, doc: { ...doc, links: links.map((l, i) => (i === linkAt ? (next as unknown as typeof l) : l)) } };
}

/** The value at a dot path, or undefined. */
export function readIn(obj: unknown, keys: readonly string[]): unknown {
  let cur = obj;
  for (const k of keys) {
    if (!cur || typeof cur !== 'object' || Array.isArray(cur) || !Object.hasOwn(cur, k)) return undefined;
    cur = (cur as Loose)[k];
  }
  return cur;
}

function setIn(obj: Loose, keys: readonly string[], value: unknown): Loose | undefined {
  const [k, ...rest] = keys;
  if (rest.length === 0) return { ...obj, [k]: structuredClone(value) };
  const child = Object.hasOwn(obj, k) ? obj[k] : undefined;
  if (child !== undefined && (typeof child !== 'object' || child === null || Array.isArray(child))) return undefined;
  const inner = setIn((child as Loose | undefined) ?? {}, rest, value);
  return inner === undefined ? undefined : { ...obj, [k]: inner };
}

/** "traffic.ratePerSec" → "traffic rate per sec". */
export function pathWords(path: string): string {
  return path
    .split('.')
    .map((k) => k.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase())
    .join(' ');
}

function valueWords(v: unknown): string {
  if (typeof v === 'string') return `“${v}”`;
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  return JSON.stringify(v);
}

const FAULT_WORDS: Record<string, string> = { outage: 'an outage', errorBurst: 'an error burst', latencySpike: 'a latency spike', partition: 'a network partition', failFirst: 'failures' };

/** For the button: "set Payments API’s error rate to 0.5", "inject an outage on Payments API for 20 s". */
export function describeAction(a: LessonAction, nameOf: (id: string) => string = (id) => id): string {
  switch (a.kind) {
    case 'set':
      return `set ${nameOf(a.target)}’s ${pathWords(a.path)} to ${valueWords(a.value)}`;
    case 'fault': {
      const f = a.fault;
      const what = f.kind === 'failFirst' ? `the next ${f.count} requests to ${nameOf(f.target)} fail` : `${FAULT_WORDS[f.kind] ?? f.kind} on ${nameOf(f.target)} for ${seconds(f.durationMs)}`;
      return f.kind === 'failFirst' ? `make ${what}` : `inject ${what}`;
    }
    case 'variant':
      return `switch to variant ${a.name}`;
  }
}

function seconds(ms: number): string {
  return ms >= 1000 ? `${Math.round(ms / 100) / 10} s` : `${ms} ms`;
}
