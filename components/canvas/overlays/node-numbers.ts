/** Numbers the node badges derive from the latest window. Pure, so they can be tested. */
import type { SeriesBuffer } from '@/lib/run/series';

const ENDINGS = ['ok', 'error', 'timeout', 'rejected', 'shortCircuited', 'rateLimited'];

/** Share of a client's requests that ended well in the latest window; undefined if none ended. */
export function clientSuccess(buf: SeriesBuffer | undefined): number | undefined {
  if (!buf || buf.t.length === 0) return undefined;
  const i = buf.t.length - 1;
  let ended = 0;
  for (const name of ENDINGS) {
    const c = buf.columns.indexOf(name);
    if (c >= 0) ended += buf.values[c][i];
  }
  const ok = buf.values[buf.columns.indexOf('ok')]?.[i] ?? 0;
  return ended > 0 ? ok / ended : undefined;
}
