/**
 * lz-string's `decompressFromEncodedURIComponent`, with a ceiling on the output. A link is untrusted input, and
 * LZ78-style data can describe far more text than it holds: 21 KB of crafted characters describe 50 million, and
 * 100 KB more than a JavaScript string can hold, which the library's own decoder would try to build. Counting while
 * decoding is the only way to refuse that before the work is done. The format is lz-string 1.5.0's, bit for bit (link-lz.test.ts checks it against the
 * library on arbitrary text); compression stays with the library.
 */

const URI_SAFE = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+-$';
const VALUE = new Map([...URI_SAFE].map((c, i) => [c, i] as const));

export type Decompressed =
  | { ok: true; text: string }
  /** bad-char: not from lz-string's alphabet; truncated: ends before the end mark; corrupt: refers to nothing; too-large: over maxChars */
  | { ok: false; reason: 'bad-char' | 'truncated' | 'corrupt' | 'too-large'; at?: number };

export function decompressBounded(input: string, maxChars: number): Decompressed {
  // Like the library: some mail and chat programs turn "+" into a space.
  const text = input.replace(/ /g, '+');
  const values = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) {
    const v = VALUE.get(text[i]);
    if (v === undefined) return { ok: false, reason: 'bad-char', at: i };
    values[i] = v;
  }
  if (text.length === 0) return { ok: false, reason: 'truncated' };

  // A bit reader over 6-bit characters, lowest bit of each value first as lz-string writes them.
  let val = values[0];
  let position = 32;
  let index = 1;
  const read = (numBits: number): number => {
    let bits = 0;
    for (let power = 1, max = 2 ** numBits; power !== max; power *= 2) {
      const bit = val & position;
      position >>= 1;
      if (position === 0) {
        position = 32;
        val = index < values.length ? values[index] : 0;
        index++;
      }
      if (bit) bits += power;
    }
    return bits;
  };

  const dictionary: string[] = [];
  let dictSize = 4;
  let numBits = 3;
  let enlargeIn = 4;
  const first = read(2);
  if (first === 2) return { ok: true, text: '' };
  if (first === 3) return { ok: false, reason: 'corrupt' }; // the library itself throws here
  const c0 = String.fromCharCode(read(first === 0 ? 8 : 16));
  dictionary[3] = c0;
  let w = c0;
  const out = [c0];
  let length = 1;

  for (;;) {
    if (index > values.length) return { ok: false, reason: 'truncated' };
    let c = read(numBits);
    if (c === 2) return { ok: true, text: out.join('') };
    if (c === 0 || c === 1) {
      dictionary[dictSize++] = String.fromCharCode(read(c === 0 ? 8 : 16));
      c = dictSize - 1;
      if (--enlargeIn === 0) enlargeIn = 2 ** numBits++;
    }
    let entry: string;
    if (c < dictSize && dictionary[c] !== undefined) entry = dictionary[c];
    else if (c === dictSize) entry = w + w.charAt(0);
    else return { ok: false, reason: 'corrupt' };
    length += entry.length;
    if (length > maxChars) return { ok: false, reason: 'too-large' };
    out.push(entry);
    dictionary[dictSize++] = w + entry.charAt(0);
    w = entry;
    if (--enlargeIn === 0) enlargeIn = 2 ** numBits++;
  }
}
