/**
 * Variants as data, no store: the base scenario ("A") plus named JSON patches. A variant's patch is
 * taken against the base's *core* — the document without `variants`, `lesson` and `annotations`,
 * which every variant shares with the base — so editing a lesson never touches a patch.
 */
import { applyPatch, compare, deepClone, type Operation } from 'fast-json-patch';
import { validateScenario } from '@/simulations/index';
import { variantNameSchema, type VariantSpec } from '@/simulations/scenario/variants-schema';
import type { ScenarioDoc } from '../scenario-doc/types';

export type { VariantSpec };
export const BASE_NAME = 'A';
/** Fields that live on the base only and are the same in every variant. */
const SHARED_KEYS = ['lesson', 'annotations'] as const;

type Loose = Record<string, unknown>;

/** The document without variants and without the fields every variant shares. */
export function coreOf(doc: ScenarioDoc): Loose {
  const out: Loose = { ...(doc as Loose) };
  delete out.variants;
  for (const k of SHARED_KEYS) delete out[k];
  return out;
}

/** `core` with the shared fields of `base` put back (and no `variants`). */
function withShared(core: Loose, base: ScenarioDoc): ScenarioDoc {
  const out: Loose = { ...core };
  for (const k of SHARED_KEYS) if ((base as Loose)[k] !== undefined) out[k] = (base as Loose)[k];
  return out as ScenarioDoc;
}

/** The document without its `variants` field. */
export function withoutVariants(doc: ScenarioDoc): ScenarioDoc {
  if (!('variants' in doc)) return doc;
  const out = { ...doc };
  delete out.variants;
  return out;
}

/** The patch that turns the base into `doc` (shared fields are ignored: they always come from the base). */
export function patchFor(base: ScenarioDoc, doc: ScenarioDoc): VariantSpec['patch'] {
  return compare(coreOf(base), coreOf(doc)) as VariantSpec['patch'];
}

export type Materialised = { ok: true; doc: ScenarioDoc } | { ok: false; problem: string };

/** The runnable document of a variant, or a message naming the variant and what is wrong. */
export function materialise(base: ScenarioDoc, v: VariantSpec): Materialised {
  let core: Loose;
  try {
    core = applyPatch(deepClone(coreOf(base)), v.patch as Operation[], true, true).newDocument as Loose;
  } catch (e) {
    const index = (e as { index?: number }).index;
    const op = typeof index === 'number' ? (v.patch[index] as { op: string; path: string } | undefined) : undefined;
    const where = op && index !== undefined ? `operation ${index + 1} (${op.op} ${op.path || '/'})` : 'its patch';
    return { ok: false, problem: `variant "${v.name}": ${where} does not apply to the base scenario (${reason(e)})` };
  }
  const doc = withShared(core, base);
  const check = validateScenario(doc);
  if (!check.ok) {
    const first = check.errors[0];
    const more = check.errors.length > 1 ? ` (and ${check.errors.length - 1} more)` : '';
    return { ok: false, problem: `variant "${v.name}" is not a valid scenario: ${first.path || '(scenario)'}: ${first.message}${more}` };
  }
  return { ok: true, doc };
}

function reason(e: unknown): string {
  const name = (e as { name?: string }).name;
  if (name === 'OPERATION_PATH_UNRESOLVABLE' || name === 'OPERATION_PATH_CANNOT_ADD') return 'no such path';
  if (name === 'TEST_OPERATION_FAILED') return 'a "test" operation failed';
  if (name === 'OPERATION_FROM_UNRESOLVABLE') return 'no such "from" path';
  const msg = e instanceof Error ? e.message.split('\n')[0] : String(e);
  return msg || 'unknown error';
}

export interface Workspace {
  /** Variant A, without `variants`; carries the shared fields. */
  base: ScenarioDoc;
  variants: VariantSpec[];
  /** "A" or the name of one of `variants`. */
  active: string;
}

/** Splits an opened document into its workspace (A active); variants that do not work are left out, each with a message. */
export function openWorkspace(doc: ScenarioDoc): { workspace: Workspace; problems: string[] } {
  const base = withoutVariants(doc);
  const variants: VariantSpec[] = [];
  const problems: string[] = [];
  for (const v of (doc.variants ?? []) as VariantSpec[]) {
    const m = materialise(base, v);
    if (m.ok) variants.push(v);
    else problems.push(`${m.problem}; it was left out, the rest of the scenario opened`);
  }
  return { workspace: { base, variants, active: BASE_NAME }, problems };
}

/** What gets saved and shared: the base with its variants (no `variants` field when there are none). */
export function persisted(w: Pick<Workspace, 'base' | 'variants'>): ScenarioDoc {
  return w.variants.length ? { ...w.base, variants: w.variants } : w.base;
}

/** The next free name: B, C, … Z, then B2, C2, …. */
export function nextVariantName(taken: readonly string[]): string {
  const used = new Set([BASE_NAME, ...taken]);
  for (let round = 1; ; round++) {
    for (let c = 66; c <= 90; c++) {
      const name = String.fromCharCode(c) + (round > 1 ? String(round) : '');
      if (!used.has(name)) return name;
    }
  }
}

/** Why a name cannot name a variant, or undefined when it can. */
export function checkVariantName(name: string): string | undefined {
  const r = variantNameSchema.safeParse(name);
  return r.success ? undefined : r.error.issues[0]?.message;
}
