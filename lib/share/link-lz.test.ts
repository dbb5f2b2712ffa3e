// The bounded decoder must read exactly what lz-string writes, and stop a decompression bomb before building it.
import fc from 'fast-check';
import LZString from 'lz-string';
import { describe, expect, it } from 'vitest';
import { decompressBounded } from './link-lz';

const BIG = 10_000_000;
const URI_SAFE = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+-$';

/**
 * What lz-string writes for "a" repeated n times, built directly (the library takes a minute to compress 10 million
 * characters): the 8-bit literal "a", then codes that each name the entry about to be made (w + w[0]).
 */
function bomb(n: number): string {
  const bits: number[] = [];
  const put = (value: number, width: number) => {
    for (let i = 0; i < width; i++) bits.push((value >> i) & 1);
  };
  put(0, 2);
  put(97, 8);
  let dictSize = 4;
  let numBits = 3;
  let enlargeIn = 4;
  let made = 1;
  for (let len = 2; made < n; len++) {
    // The entry of length L sits at index L + 2; a last piece shorter than the next entry names an existing one.
    const take = Math.min(len, n - made);
    put(take === len ? dictSize : take + 2, numBits);
    made += take;
    dictSize++;
    if (--enlargeIn === 0) enlargeIn = 2 ** numBits++;
  }
  put(2, numBits);
  while (bits.length % 6) bits.push(0);
  let out = '';
  for (let i = 0; i < bits.length; i += 6) {
    let v = 0;
    for (let j = 0; j < 6; j++) v |= bits[i + j] << (5 - j);
    out += URI_SAFE[v];
  }
  return out;
}

describe('decompressBounded', () => {
  it('reads back any text lz-string compressed, UTF-16 units and all', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary', maxLength: 400 }), fc.string({ maxLength: 2000 }), fc.jsonValue().map((v) => JSON.stringify(v))), (s) => {
        expect(decompressBounded(LZString.compressToEncodedURIComponent(s), BIG)).toEqual({ ok: true, text: s });
      }),
      { numRuns: 500 },
    );
  });

  it('agrees with the library on arbitrary data: the same text where the library finds one, a refusal where it fails', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...URI_SAFE), minLength: 1, maxLength: 300 }), (data) => {
        const ours = decompressBounded(data, BIG);
        // The first two bits say how wide the first character is (0: 8 bits, 1: 16, 2: empty text); lz-string never
        // writes 3, and the library then goes on with an undefined first character. We call that corrupt.
        if ((URI_SAFE.indexOf(data[0]) & 0b110000) === 0b110000) return void expect(ours).toEqual({ ok: false, reason: 'corrupt' });
        let library: string | null | undefined;
        try {
          library = LZString.decompressFromEncodedURIComponent(data);
        } catch {
          library = undefined; // the library throws on some inputs; ours never does
        }
        if (ours.ok) expect(ours.text).toBe(library);
        else expect([null, '', undefined]).toContain(library);
      }),
      { numRuns: 2000 },
    );
  });

  it('refuses output over the ceiling without building it (50 million characters described in 21 KB)', () => {
    expect(LZString.decompressFromEncodedURIComponent(bomb(1000))).toBe('a'.repeat(1000)); // the library reads it so too
    // Each code of a run of one letter repeats the last entry plus one letter: output grows with the square of the input.
    const limit = 256 * 1024;
    expect(decompressBounded(bomb(limit), limit)).toEqual({ ok: true, text: 'a'.repeat(limit) });
    expect(decompressBounded(bomb(limit + 1), limit)).toEqual({ ok: false, reason: 'too-large' });
    const huge = bomb(50_000_000);
    expect(huge.length).toBeLessThan(21_000);
    expect(decompressBounded(huge, limit)).toEqual({ ok: false, reason: 'too-large' });
  });

  it('tells a cut-short link from a character that never appears in one', () => {
    const full = LZString.compressToEncodedURIComponent(JSON.stringify({ name: 'Checkout', nodes: [1, 2, 3] }));
    expect(decompressBounded(full.slice(0, full.length - 3), BIG)).toEqual({ ok: false, reason: 'truncated' });
    expect(decompressBounded(`${full.slice(0, 5)}%${full.slice(5)}`, BIG)).toEqual({ ok: false, reason: 'bad-char', at: 5 });
    expect(decompressBounded('', BIG)).toEqual({ ok: false, reason: 'truncated' });
  });

  it('reads a space as "+", as the library does (mail programs turn one into the other)', () => {
    const text = '{"a":"ÿ€𝄞"}'.repeat(20);
    const data = LZString.compressToEncodedURIComponent(text);
    expect(data).toContain('+');
    expect(decompressBounded(data.replace(/\+/g, ' '), BIG)).toEqual({ ok: true, text });
  });
});
