/**
 * What the lesson editor offers for a "set" action: the parameter paths of a node or link (its
 * number, text and true/false leaves, e.g. "traffic.ratePerSec"), and a typed value from what the
 * author typed.
 */
import { FIXED_FIELDS } from '@/simulations/lessons/schema';

/** Fields that are names, not parameters. */
const COSMETIC = new Set(['label', 'description']);

export function parameterPaths(element: unknown, prefix = ''): string[] {
  if (!element || typeof element !== 'object' || Array.isArray(element)) return [];
  const out: string[] = [];
  for (const [k, v] of Object.entries(element)) {
    if (!prefix && (FIXED_FIELDS.has(k) || COSMETIC.has(k))) continue;
    const path = prefix ? `${prefix}.${k}` : k;
    if (typeof v === 'number' || typeof v === 'string' || typeof v === 'boolean') out.push(path);
    else if (v && typeof v === 'object' && !Array.isArray(v)) out.push(...parameterPaths(v, path));
  }
  return out;
}

/** "200" → 200, "true" → true, '{"type":"constant","value":1}' → that object, anything else → the text. */
export function parseValue(text: string): number | string | boolean | Record<string, unknown> {
  const t = text.trim();
  if (t === 'true' || t === 'false') return t === 'true';
  if (t !== '' && Number.isFinite(Number(t))) return Number(t);
  if (t.startsWith('{')) {
    try {
      const v: unknown = JSON.parse(t);
      if (v && typeof v === 'object' && !Array.isArray(v)) return v as Record<string, unknown>;
    } catch {
      // Not JSON after all: kept as text, and the scenario check says what is wrong when it is done.
    }
  }
  return text;
}

export function formatValue(v: unknown): string {
  return typeof v === 'object' && v !== null ? JSON.stringify(v) : String(v ?? '');
}
