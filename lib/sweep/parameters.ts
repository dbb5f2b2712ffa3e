/**
 * Every numeric parameter of a scenario that a sweep can vary, found generically: each node's and
 * link's zod schema is walked along the document's own values (a distribution or traffic shape
 * follows the variant the document uses), so a new kind or field is sweepable without code here.
 * Policies a link does not have (no retry, no breaker) are left out: a sweep varies a design, it
 * does not switch features on. Lists and maps (routes, operations) are left out too.
 */
import type { z } from 'zod';
import { NODE_SCHEMAS } from '@/simulations/components/registry';
import { LINK_SCHEMAS } from '@/simulations/links/registry';
import { CIRCUIT_BREAKER_DEFAULTS } from '@/simulations/policies/circuit-breaker';
import type { ScenarioDoc } from '@/lib/scenario-doc/types';

export interface SweepParam {
  /** `node:<id>:<dot.path>` or `link:<id>:<dot.path>`: stable while the element exists. */
  id: string;
  on: 'node' | 'link';
  target: string;
  /** Keys inside the node or link, e.g. ['traffic', 'ratePerSec']. */
  path: string[];
  /** The element's label (or id) and the parameter, for people: "Users · arrival rate". */
  element: string;
  name: string;
  /** The unit the sweep range is typed in ("/s", "ms", "%", "" for counts and plain numbers). */
  unit: string;
  /** Document value = shown value × scale (a 0..1 share is shown in %). */
  scale: number;
  int: boolean;
  /** Limits in shown units, from the schema. */
  min?: number;
  max?: number;
  /** What the scenario uses now, in shown units (its value, or the default when left out). */
  current?: number;
  help?: string;
  /** Default objects for levels of the path the document leaves out (e.g. a service's default serviceTime). */
  fill: Record<number, unknown>;
}

interface Def {
  description?: string;
  minValue?: number | null;
  maxValue?: number | null;
  isInt?: boolean;
  shape?: Record<string, Def>;
  def: { type: string; innerType?: Def; defaultValue?: unknown; discriminator?: string; options?: Def[]; values?: unknown[] };
}

const SKIPPED = new Set(['id', 'kind', 'label', 'description', 'position', 'from', 'to', 'x', 'y']);
/** Names people know better than the field's words. */
const NAMES: Record<string, string> = {
  'traffic.ratePerSec': 'arrival rate',
  'traffic.users': 'users (closed loop)',
  'timeout.timeoutMs': 'timeout',
  'retry.maxAttempts': 'retry: max attempts',
  workers: 'workers',
  queueCapacity: 'queue capacity',
};
/** Defaults that live beside a schema rather than in it (Resilience4j's, applied by the breaker). */
const OUTSIDE_DEFAULTS: Record<string, Record<string, unknown>> = { circuitBreaker: CIRCUIT_BREAKER_DEFAULTS as unknown as Record<string, unknown> };

/** "maxAttempts" → "max attempts" (the inspector's wording, lower case). */
const words = (key: string) =>
  key
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .toLowerCase();

function schemasByKind(list: readonly z.ZodType[]): Map<string, Def> {
  const m = new Map<string, Def>();
  for (const s of list as unknown as Def[]) {
    const kind = s.shape?.kind?.def.values?.[0];
    if (typeof kind === 'string') m.set(kind, s);
  }
  return m;
}
const NODE = schemasByKind(NODE_SCHEMAS);
const LINK = schemasByKind(LINK_SCHEMAS);

function unwrap(f: Def): { inner: Def; help?: string; defaultValue?: unknown } {
  let help: string | undefined;
  let defaultValue: unknown;
  let inner = f;
  for (let x: Def | undefined = f; x; x = x.def.innerType) {
    help ??= x.description;
    if (x.def.type === 'default') defaultValue ??= x.def.defaultValue;
    inner = x;
  }
  return { inner, help: help ?? inner.description, defaultValue };
}

function isDistribution(s: Def): boolean {
  return s.def.type === 'union' && s.def.discriminator === 'type' && !!s.def.options?.some((o) => o.shape?.type?.def.values?.includes('exponential'));
}

/** The object schema to walk for `value`: itself, or the union option its discriminator names. */
function objectFor(s: Def, value: Record<string, unknown>): Def | undefined {
  if (s.def.type === 'object') return s;
  if (s.def.type === 'union' && s.def.discriminator) {
    const tag = value[s.def.discriminator];
    return s.def.options?.find((o) => o.shape?.[s.def.discriminator!]?.def.values?.includes(tag));
  }
  return undefined;
}

/** Units from the field name, as the scenario format names things; a distribution's fields are ms. */
function unitOf(key: string, s: Def, inDistribution: boolean): { unit: string; scale: number } {
  if (/PerSec(ond)?$|Rps$/.test(key)) return { unit: '/s', scale: 1 };
  if (/Ms$|Duration/.test(key) || (inDistribution && /^(mean|stdDev|p50|p99|min|max|value)$/.test(key))) return { unit: 'ms', scale: 1 };
  if (!s.isInt && s.minValue === 0 && s.maxValue === 1) return { unit: '%', scale: 0.01 };
  if (/Threshold$/.test(key) && s.maxValue === 100) return { unit: '%', scale: 1 };
  return { unit: '', scale: 1 };
}

function nameOf(path: string[]): string {
  const dotted = path.join('.');
  if (NAMES[dotted]) return NAMES[dotted];
  const key = path[path.length - 1];
  const leaf = words(key.replace(/Ms$/, '').replace(/PerSec$/, 'Rate'));
  const parents = path.slice(0, -1).filter((p) => p !== 'traffic');
  return parents.length ? `${parents.map(words).join(' · ')}: ${leaf}` : leaf;
}

function walk(schema: Def, value: Record<string, unknown>, path: string[], fill: Record<number, unknown>, outside: Record<string, unknown> | undefined, emit: (p: Omit<SweepParam, 'id' | 'on' | 'target' | 'element'>) => void): void {
  const obj = objectFor(schema, value);
  if (!obj?.shape) return;
  for (const [key, field] of Object.entries(obj.shape)) {
    if (SKIPPED.has(key) || key === obj.def.discriminator || key === schema.def.discriminator) continue;
    const { inner, help, defaultValue } = unwrap(field);
    const here = value[key];
    const p = [...path, key];
    if (inner.def.type === 'number') {
      const { unit, scale } = unitOf(key, inner, isDistribution(schema));
      const raw = typeof here === 'number' ? here : typeof defaultValue === 'number' ? defaultValue : outside?.[key];
      const shown = (v: number | null | undefined) => (typeof v === 'number' && Number.isFinite(v) ? v / scale : undefined);
      emit({ path: p, name: nameOf(p), unit, scale, int: !!inner.isInt, min: shown(inner.minValue), max: shown(inner.maxValue), current: shown(raw as number | undefined), help, fill: { ...fill } });
    } else if (inner.def.type === 'object' || inner.def.type === 'union') {
      // Walk what the document has; a left-out level with a default object is walked through that default.
      const sub = here && typeof here === 'object' && !Array.isArray(here) ? (here as Record<string, unknown>) : defaultValue && typeof defaultValue === 'object' ? (defaultValue as Record<string, unknown>) : undefined;
      if (!sub) continue;
      walk(inner, sub, p, here === undefined ? { ...fill, [p.length - 1]: defaultValue } : fill, OUTSIDE_DEFAULTS[key], emit);
    }
  }
}

/** The sweepable parameters of a document, nodes first (in document order), then links. */
export function sweepParameters(doc: ScenarioDoc): SweepParam[] {
  const out: SweepParam[] = [];
  const labelOf = new Map(doc.nodes.map((n) => [n.id, n.label || n.id]));
  for (const n of doc.nodes) {
    const s = NODE.get(n.kind);
    if (!s) continue;
    const element = n.label || n.id;
    walk(s, n as unknown as Record<string, unknown>, [], {}, undefined, (p) => out.push({ ...p, id: `node:${n.id}:${p.path.join('.')}`, on: 'node', target: n.id, element }));
  }
  for (const l of doc.links ?? []) {
    const s = LINK.get(l.kind);
    if (!s) continue;
    const element = l.label || `${labelOf.get(l.from) ?? l.from} → ${labelOf.get(l.to) ?? l.to}`;
    walk(s, l as unknown as Record<string, unknown>, [], {}, undefined, (p) => out.push({ ...p, id: `link:${l.id}:${p.path.join('.')}`, on: 'link', target: l.id, element }));
  }
  return out;
}

/** The document with the parameter set to `shown` (in the parameter's shown unit); everything else shared. */
export function withParam(doc: ScenarioDoc, param: SweepParam, shown: number): ScenarioDoc {
  const raw = param.scale === 1 ? shown : shown * param.scale;
  const set = (obj: Record<string, unknown>, depth: number): Record<string, unknown> => {
    const key = param.path[depth];
    if (depth === param.path.length - 1) return { ...obj, [key]: raw };
    const child = (obj[key] ?? param.fill[depth]) as Record<string, unknown> | undefined;
    return { ...obj, [key]: set({ ...(child ?? {}) }, depth + 1) };
  };
  if (param.on === 'node') return { ...doc, nodes: doc.nodes.map((n) => (n.id === param.target ? (set(n as unknown as Record<string, unknown>, 0) as unknown as typeof n) : n)) };
  return { ...doc, links: (doc.links ?? []).map((l) => (l.id === param.target ? (set(l as unknown as Record<string, unknown>, 0) as unknown as typeof l) : l)) };
}
