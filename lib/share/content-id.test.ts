import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalJson, contentId, ID_PATTERN } from './content-id';

describe('canonicalJson', () => {
  it('sorts keys at every depth and keeps array order', () => {
    expect(canonicalJson({ b: 1, a: [3, { d: 2, c: { z: null, y: 'x' } }] })).toBe('{"a":[3,{"c":{"y":"x","z":null},"d":2}],"b":1}');
  });

  it('leaves out undefined members like JSON.stringify', () => {
    expect(canonicalJson({ a: undefined, b: [undefined] })).toBe('{"b":[null]}');
  });

  it('is JSON that parses back to the same value, whatever the key order', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const text = canonicalJson(value);
        expect(JSON.parse(text)).toEqual(JSON.parse(JSON.stringify(value)));
        expect(canonicalJson(reverseKeys(value))).toBe(text);
      }),
    );
  });
});

describe('contentId', () => {
  it('is 12 base62 characters', () => {
    fc.assert(fc.property(fc.string(), (s) => void expect(contentId(s)).toMatch(ID_PATTERN)));
  });

  // Pinned: ids are in links people have sent, so the derivation must never change. Cross-checked with Python:
  // n = int(sha256(text).hexdigest(), 16), then 12 times: digit n % 62 of 0-9A-Za-z, n //= 62.
  it('is the same id it has always been', () => {
    expect(contentId('{}')).toBe('O7qWPpBoLkA5');
    expect(contentId('{"a":[1,{"c":3,"d":2}],"b":1}')).toBe('Kh1YJkDTkCoZ');
  });

  it('differs when the text differs by one character', () => {
    expect(contentId('{"seed":1}')).not.toBe(contentId('{"seed":2}'));
  });
});

function reverseKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(reverseKeys);
  if (value === null || typeof value !== 'object') return value;
  const out: Record<string, unknown> = {};
  for (const k of Object.keys(value).reverse()) Object.defineProperty(out, k, { value: reverseKeys((value as Record<string, unknown>)[k]), enumerable: true });
  return out;
}
