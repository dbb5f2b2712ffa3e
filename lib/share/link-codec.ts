/**
 * Share links: the whole scenario document (seed, run settings and positions included) in the URL fragment, as
 * `#s=<link format>.<lz-string compressToEncodedURIComponent(JSON)>` — the TypeScript playground's and Excalidraw's
 * way. The fragment never reaches a server, so a link works without one and tells it nothing.
 *
 * Decoding treats the link as hostile: every failure is a value with a message that says what is wrong (cut short,
 * altered, from a newer build, too large, or which field of the scenario is invalid), never an exception.
 */
import LZString from 'lz-string';
import type { ScenarioDoc } from '../scenario-doc/types';
import { decompressBounded } from './link-lz';
import { checkScenario } from './open-check';

/** The link format: bump it (and keep reading the old one) if the encoding itself ever changes. */
export const LINK_FORMAT = 1;
/** The same limit as the short-link API's request body, so any scenario a link holds can also be stored. */
export const MAX_SCENARIO_BYTES = 256 * 1024;
/** The fragment's parameter name: `#s=…`. */
export const FRAGMENT_PARAM = 's';

export interface Encoded {
  /** `s=1.…`, without the `#`. */
  fragment: string;
  /** Size of the scenario's JSON in UTF-8 bytes (what MAX_SCENARIO_BYTES limits). */
  jsonBytes: number;
}

export function encodeScenario(doc: ScenarioDoc): Encoded {
  const json = JSON.stringify(doc);
  return { fragment: `${FRAGMENT_PARAM}=${LINK_FORMAT}.${LZString.compressToEncodedURIComponent(json)}`, jsonBytes: utf8Bytes(json) };
}

/** The full link that opens `doc` in the playground of `origin` (e.g. "https://interplay.example"). */
export function shareUrl(origin: string, fragment: string): string {
  return `${origin}/play#${fragment}`;
}

export type Decoded = { ok: true; doc: ScenarioDoc; migratedFrom?: number } | { ok: false; error: string };

/** The value of `s` in a fragment ("#s=1.abc", "s=1.abc", "#x=1&s=1.abc"), or undefined when there is none. */
export function fragmentValue(hash: string): string | undefined {
  for (const part of hash.replace(/^#/, '').split('&')) {
    if (part.startsWith(`${FRAGMENT_PARAM}=`)) return part.slice(FRAGMENT_PARAM.length + 1);
  }
  return undefined;
}

const KB = MAX_SCENARIO_BYTES / 1024;
const TOO_LARGE = `the scenario in this link is larger than the limit of ${KB} KB of JSON`;

/** Reads a fragment made by encodeScenario (with or without "#"); see the file comment. */
export function decodeScenario(hash: string): Decoded {
  const value = fragmentValue(hash);
  if (value === undefined) return { ok: false, error: `this is not a share link: the part after "#" has no "${FRAGMENT_PARAM}=…"` };
  const m = /^(\d{1,6})\.(.*)$/s.exec(value);
  if (!m) return { ok: false, error: `the link is damaged: its data should start with a format number ("${FRAGMENT_PARAM}=${LINK_FORMAT}.…")` };
  const format = Number(m[1]);
  if (format !== LINK_FORMAT) {
    return {
      ok: false,
      error: format > LINK_FORMAT ? `this link was made by a newer Interplay (link format ${format}); this build reads link format ${LINK_FORMAT} — update Interplay to open it` : `unknown link format ${format}: this build reads link format ${LINK_FORMAT}`,
    };
  }
  const data = unescapePercent(m[2]);
  if (data === '') return { ok: false, error: 'the link is cut short: it holds no scenario data after the format number' };

  const text = decompressBounded(data, MAX_SCENARIO_BYTES);
  if (!text.ok) {
    switch (text.reason) {
      case 'bad-char':
        return { ok: false, error: `the link is damaged: character ${(text.at ?? 0) + 1} of its data (${JSON.stringify(data[text.at ?? 0])}) never appears in a share link — was it edited?` };
      case 'truncated':
        return { ok: false, error: 'the link is cut short: its data ends before the scenario does — copy the whole link' };
      case 'corrupt':
        return { ok: false, error: 'the link is corrupted: its data does not decompress — was it edited or mixed with another link?' };
      case 'too-large':
        return { ok: false, error: TOO_LARGE };
    }
  }
  if (utf8Bytes(text.text) > MAX_SCENARIO_BYTES) return { ok: false, error: TOO_LARGE };

  let json: unknown;
  try {
    json = JSON.parse(text.text);
  } catch (e) {
    // A cut can end on bits that read as the end mark: the text then stops mid-document.
    return { ok: false, error: `the link is cut short or corrupted: its data is not a complete JSON document (${e instanceof Error ? e.message : String(e)})` };
  }
  return checkScenario(json);
}

/** Some chat tools percent-encode "$" and "+"; lz-string's alphabet has no "%", so decoding is safe to try. */
function unescapePercent(data: string): string {
  if (!data.includes('%')) return data;
  try {
    return decodeURIComponent(data);
  } catch {
    return data; // left as it is: the decoder names the bad character
  }
}

function utf8Bytes(s: string): number {
  return new TextEncoder().encode(s).length;
}
