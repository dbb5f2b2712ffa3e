/**
 * What the address asks the playground to open, in order of precedence: a share link's `#s=` fragment, a
 * `?preset=<slug>`, or a short link's `/s/{id}` path. Once handled, the address is set back to plain /play, so a
 * reload neither asks again nor re-opens over work done since.
 */
import { fragmentValue } from './link-codec';

export type Incoming = { kind: 'none' } | { kind: 'link'; hash: string } | { kind: 'preset'; slug: string } | { kind: 'short'; id: string };

type Address = Pick<Location, 'hash' | 'search' | 'pathname'>;

export function readIncoming(at: Address): Incoming {
  if (fragmentValue(at.hash) !== undefined) return { kind: 'link', hash: at.hash };
  const preset = new URLSearchParams(at.search).get('preset');
  if (preset !== null) return { kind: 'preset', slug: preset };
  const short = /^\/s\/([^/]*)\/?$/.exec(at.pathname);
  if (short) return { kind: 'short', id: safeDecode(short[1]) };
  return { kind: 'none' };
}

/** The address after opening: /play, with any query parameters other than `preset` kept, and no fragment. */
export function settledPath(at: Address): string {
  const params = new URLSearchParams(at.search);
  params.delete('preset');
  const query = params.toString();
  return `/play${query ? `?${query}` : ''}`;
}

/**
 * Rewrites the address bar without a navigation. `null` state, as Next documents: its router then takes the new URL
 * as its own (given its own state object, it would take the call for one of its own and not follow).
 */
export function settleAddress(): void {
  if (typeof window === 'undefined') return;
  const next = settledPath(window.location);
  if (next !== `${window.location.pathname}${window.location.search}${window.location.hash}`) window.history.replaceState(null, '', next);
}

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}
