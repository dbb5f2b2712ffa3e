/**
 * A pattern kind's flat parameters read from its zod schema, as the fields a generic form shows:
 * what control, which label and unit, the help text and the default. Pure, so the mapping is tested
 * without React; the engine's schema stays the single source of truth for names, limits and help.
 *
 * Units come from the field name, the way the scenario format names things: `…Ms` is milliseconds
 * (seconds when the default is 10 s or more, so "60" reads better than "60000"), `…PerSec` a rate,
 * a number bounded to 0..1 a share shown in percent, an integer a count.
 */
import type { z } from 'zod';
import type { Distribution } from '@/simulations/index';
import { DISTRIBUTION_TYPES } from '@/simulations/scenario/distribution-schema';
import type { ShownUnit } from '../quantity';
import { words } from './words';

export { words };

/** Handled by NodeInspector (name, notes) or not parameters at all. */
export const SKIPPED_KEYS: readonly string[] = ['id', 'kind', 'label', 'description', 'position'];

interface Common {
  key: string;
  label: string;
  help?: string;
  /** May be left out of the document (the engine then uses `defaultValue`, or the feature is off). */
  optional: boolean;
}

export type FieldSpec =
  | (Common & { control: 'number'; unit: ShownUnit; unitLabel?: string; scale: number; int: boolean; min?: number; max?: number; defaultValue?: number })
  | (Common & { control: 'enum'; options: string[]; defaultValue?: string })
  | (Common & { control: 'boolean'; defaultValue?: boolean })
  | (Common & { control: 'text'; defaultValue?: string })
  | (Common & { control: 'distribution'; defaultValue?: Distribution })
  /** Lists, maps and nested objects: a kind that has them registers its own editor (patterns/registry.ts). */
  | (Common & { control: 'unsupported'; type: string });

/** What zod 4 keeps on a schema that this reader needs (the public `def` and number checks). */
interface Def {
  description?: string;
  minValue?: number | null;
  maxValue?: number | null;
  isInt?: boolean;
  options?: unknown;
  def: {
    type: string;
    innerType?: Def;
    defaultValue?: unknown;
    entries?: Record<string, string>;
    discriminator?: string;
    options?: { shape?: Record<string, Def> }[];
    values?: unknown[];
  };
}

/** Unwraps optional/default/nullable wrappers, collecting the help text, default and optionality. */
function unwrap(field: Def): { inner: Def; help?: string; optional: boolean; defaultValue?: unknown } {
  let help: string | undefined;
  let optional = false;
  let defaultValue: unknown;
  let f: Def | undefined = field;
  let inner = field;
  while (f) {
    help ??= f.description;
    if (f.def.type === 'optional') optional = true;
    if (f.def.type === 'default') {
      optional = true;
      defaultValue = f.def.defaultValue;
    }
    inner = f;
    f = f.def.innerType;
  }
  return { inner, help, optional, defaultValue };
}

function isDistribution(s: Def): boolean {
  if (s.def.type !== 'union' || s.def.discriminator !== 'type' || !s.def.options?.length) return false;
  return s.def.options.every((o) => {
    const values = o.shape?.type?.def.values ?? [];
    return values.length > 0 && values.every((v) => (DISTRIBUTION_TYPES as readonly unknown[]).includes(v));
  });
}

function numberField(c: Common, s: Def, defaultValue: unknown): FieldSpec {
  const d = typeof defaultValue === 'number' ? defaultValue : undefined;
  const min = s.minValue ?? undefined;
  const max = s.maxValue ?? undefined;
  const int = !!s.isInt;
  const base = { ...c, control: 'number' as const, int, min: Number.isFinite(min) ? min : undefined, max: Number.isFinite(max) ? max : undefined, defaultValue: d };
  const perX = c.key.match(/^(.+)Ms(Per[A-Z]\w*)$/);
  if (perX) return { ...base, label: words(perX[1] + perX[2]), unit: 'ms', scale: 1 };
  if (/Ms$/.test(c.key)) {
    const inSeconds = d !== undefined && d >= 10_000;
    return { ...base, label: words(c.key.slice(0, -2)), unit: inSeconds ? 's' : 'ms', scale: inSeconds ? 1000 : 1 };
  }
  const rate = c.key.match(/^(.+)(PerSec|PerSecond|Rps)$/);
  if (rate) return { ...base, label: words(rate[1]), unit: '/s', scale: 1 };
  if (!int && min === 0 && max === 1) return { ...base, unit: '%', scale: 0.01 };
  if (int) return { ...base, unit: 'count', unitLabel: '', scale: 1 };
  return { ...base, unit: '', scale: 1 };
}

/** One field spec per parameter of an object schema, in schema order, skipping SKIPPED_KEYS. */
export function schemaFields(schema: z.ZodType): FieldSpec[] {
  const shape = (schema as unknown as { shape?: Record<string, Def> }).shape;
  if (!shape) return [];
  const out: FieldSpec[] = [];
  for (const [key, field] of Object.entries(shape)) {
    if (SKIPPED_KEYS.includes(key)) continue;
    const { inner, help, optional, defaultValue } = unwrap(field);
    const c: Common = { key, label: words(key), help, optional };
    switch (inner.def.type) {
      case 'number':
        out.push(numberField(c, inner, defaultValue));
        break;
      case 'enum':
        out.push({ ...c, control: 'enum', options: Object.values(inner.def.entries ?? {}), defaultValue: typeof defaultValue === 'string' ? defaultValue : undefined });
        break;
      case 'boolean':
        out.push({ ...c, control: 'boolean', defaultValue: typeof defaultValue === 'boolean' ? defaultValue : undefined });
        break;
      case 'string':
        out.push({ ...c, control: 'text', defaultValue: typeof defaultValue === 'string' ? defaultValue : undefined });
        break;
      case 'literal':
        break; // fixed by the kind, nothing to edit
      default:
        if (isDistribution(inner)) out.push({ ...c, control: 'distribution', defaultValue: defaultValue as Distribution | undefined });
        else out.push({ ...c, control: 'unsupported', type: inner.def.type });
    }
  }
  return out;
}

/** The schema's own one-line description of the kind (shown above its fields). */
export function schemaSummary(schema: z.ZodType): string | undefined {
  return (schema as unknown as Def).description;
}
