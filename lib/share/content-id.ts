/**
 * Content-derived ids for stored scenarios. The id is a hash of the document, so the same scenario always gets the
 * same id (saving twice creates no second row) and an id can never come to mean a different document.
 */
import { createHash } from 'node:crypto';

/**
 * Base62 (letters and digits) rather than base64url: an id of only [0-9A-Za-z] is selected whole by a double-click,
 * is never cut short by a linkifier that stops at a trailing "-" or "_", and needs no escaping anywhere. 12 base62
 * digits carry 71 bits; a chance collision becomes likely only after about 2^35 (some 50 billion) scenarios.
 */
const ALPHABET = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
export const ID_LENGTH = 12;
export const ID_PATTERN = /^[0-9A-Za-z]{12}$/;

/**
 * JSON with object keys sorted at every depth (by UTF-16 code unit, like Array#sort), so the key order a client
 * happened to send cannot change the id. Otherwise as JSON.stringify: undefined members are left out.
 */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map((v) => (v === undefined ? 'null' : canonicalJson(v))).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    const members = Object.keys(record)
      .sort()
      .filter((k) => record[k] !== undefined)
      .map((k) => `${JSON.stringify(k)}:${canonicalJson(record[k])}`);
    return `{${members.join(',')}}`;
  }
  return JSON.stringify(value);
}

/** The id of a canonical JSON text: 12 base62 digits taken from its SHA-256 (the low digits, which are uniform). */
export function contentId(canonical: string): string {
  let n = BigInt(`0x${createHash('sha256').update(canonical, 'utf8').digest('hex')}`);
  let id = '';
  for (let i = 0; i < ID_LENGTH; i++) {
    id += ALPHABET[Number(n % 62n)];
    n /= 62n;
  }
  return id;
}
