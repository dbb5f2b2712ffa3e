/**
 * Numbers as people type them ("1,000", "1e3", "2.5 s", "5%") and as the inspector shows them.
 * A field stores one unit (ms, a 0..1 share, a count) and may show another (seconds, percent):
 * `scale` is how many stored units one shown unit is worth.
 */

/** Units a field can show; suffixes typed by the user are converted to the shown unit. */
export type ShownUnit = 'ms' | 's' | '%' | '/s' | 'count' | '';

export type Parsed = { ok: true; value: number | undefined } | { ok: false; error: string };

const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;
const TIME_SUFFIX: Record<string, number> = { ms: 1, s: 1000, sec: 1000, secs: 1000, second: 1000, seconds: 1000, min: 60_000, mins: 60_000, h: 3_600_000 };
const MS_PER: Record<'ms' | 's', number> = { ms: 1, s: 1000 };

/** Reads what the user typed, in the shown unit; empty text is `undefined` (unset) when allowed. */
export function parseQuantity(text: string, unit: ShownUnit, optional = false): Parsed {
  let t = text.trim().toLowerCase();
  if (t === '') return optional ? { ok: true, value: undefined } : { ok: false, error: 'enter a number' };
  let factor = 1;
  const suffix = t.match(/^(.*?\d)\s*(ms|s|secs?|seconds?|mins?|h|%|\/s|rps)$/);
  if (suffix) {
    const [, rest, s] = suffix;
    if ((unit === 'ms' || unit === 's') && s in TIME_SUFFIX) factor = TIME_SUFFIX[s] / MS_PER[unit];
    else if (unit === '%' && s === '%') factor = 1;
    else if (unit === '/s' && (s === '/s' || s === 'rps')) factor = 1;
    else return { ok: false, error: `"${s}" does not fit here: ${unit ? `enter ${unitName(unit)}` : 'enter a plain number'}` };
    t = rest;
  }
  // Thousands separators: "1,000", "1 000", "1_000". A comma not followed by exactly three digits is
  // probably a decimal comma, which we refuse rather than misread by a factor of a thousand.
  if (/,(?!\d{3}(\D|$))/.test(t)) return { ok: false, error: 'use a dot for decimals (1.5), commas only between thousands (1,000)' };
  t = t.replace(/(?<=\d)[,\s_\u202f\u00a0](?=\d{3})/g, '');
  if (!NUMBER.test(t)) return { ok: false, error: `"${text.trim()}" is not a number` };
  const value = Number(t) * factor;
  if (!Number.isFinite(value)) return { ok: false, error: 'the number is too large' };
  return { ok: true, value };
}

function unitName(unit: ShownUnit): string {
  return { ms: 'milliseconds', s: 'seconds', '%': 'a percentage', '/s': 'a rate per second', count: 'a whole number', '': 'a number' }[unit];
}

/** Shown value → stored value, without float noise such as 1100.0000000000002. */
export function toStored(shown: number, scale: number): number {
  return scale === 1 ? shown : Number((shown * scale).toPrecision(12));
}

/** Stored value → the text a field shows: plain digits (editable as typed), at most 6 significant. */
export function formatShown(stored: number | undefined, scale = 1): string {
  if (stored === undefined || !Number.isFinite(stored)) return '';
  return String(Number((stored / scale).toPrecision(6)));
}

/** For readings and placeholders: "1,000", "0.25", "12.3". */
export function formatReadable(n: number, digits = 3): string {
  if (!Number.isFinite(n)) return String(n);
  const a = Math.abs(n);
  const rounded = a >= 10 ** digits ? Math.round(n) : Number(n.toPrecision(digits));
  return rounded.toLocaleString('en-US', { maximumFractionDigits: 6 });
}

/** "850 ms", "1.5 s", "2 min": a duration read aloud. */
export function formatDuration(ms: number): string {
  if (ms < 1000) return `${formatReadable(ms)} ms`;
  if (ms < 120_000) return `${formatReadable(ms / 1000)} s`;
  return `${formatReadable(ms / 60_000)} min`;
}
