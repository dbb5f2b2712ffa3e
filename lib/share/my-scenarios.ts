/**
 * "My scenarios": the links this browser has shared (title, date, link), newest first, to reopen later. Kept in
 * localStorage, so anything may be found there (another version, another tab, a person with devtools): every entry
 * is checked on read and dropped when it does not fit. Links are app-relative paths of two exact shapes, so an
 * entry can never become a `javascript:` or off-site link.
 */
import { z } from 'zod';

export const MY_SCENARIOS_KEY = 'interplay:my-scenarios:v1';
/** Enough to find last week's work again; small enough that the list never crowds localStorage (5 MB). */
export const MAX_ENTRIES = 30;
/** Longer share links are not kept (a short link is): 30 of these stay under 250 KB. */
export const MAX_KEPT_LINK = 8192;

const LINK = /^\/(s\/[0-9A-Za-z]{1,64}|play#s=\d{1,6}\.[A-Za-z0-9+$-]+)$/;

export const myScenarioSchema = z.strictObject({
  title: z.string().min(1).max(120).describe('The scenario’s name when it was shared'),
  savedAt: z.iso.datetime().describe('When it was shared (ISO 8601, UTC)'),
  link: z.string().max(MAX_KEPT_LINK).regex(LINK, 'a link is /s/<id> or /play#s=…').describe('App-relative link that opens it'),
});

export type MyScenario = z.infer<typeof myScenarioSchema>;

/** A short link (/s/<id>) or a link that holds the whole scenario. */
export function linkKind(link: string): 'short' | 'full' {
  return link.startsWith('/s/') ? 'short' : 'full';
}

/** The stored list, valid entries only, newest first, at most MAX_ENTRIES. Never throws. */
export function readMyScenarios(storage: Storage | undefined = globalThis.localStorage): MyScenario[] {
  let raw: unknown;
  try {
    raw = JSON.parse(storage?.getItem(MY_SCENARIOS_KEY) ?? '[]');
  } catch {
    return [];
  }
  if (!Array.isArray(raw)) return [];
  const seen = new Set<string>();
  const out: MyScenario[] = [];
  for (const item of raw) {
    const e = myScenarioSchema.safeParse(item);
    if (!e.success || seen.has(e.data.link)) continue;
    seen.add(e.data.link);
    out.push(e.data);
  }
  return out.sort((a, b) => b.savedAt.localeCompare(a.savedAt)).slice(0, MAX_ENTRIES);
}

export type ListChange = { ok: true; list: MyScenario[] } | { ok: false; list: MyScenario[]; error: string };

/** Puts an entry first (one entry per link: sharing again moves it up and renames it). */
export function rememberScenario(title: string, link: string, now: Date = new Date(), storage: Storage | undefined = globalThis.localStorage): ListChange {
  const entry = myScenarioSchema.safeParse({ title: title.trim().slice(0, 120) || 'Untitled scenario', savedAt: now.toISOString(), link });
  const list = readMyScenarios(storage);
  if (!entry.success) {
    const why = link.length > MAX_KEPT_LINK ? `the link is longer than ${MAX_KEPT_LINK.toLocaleString('en-US')} characters; a short link can be kept` : 'it is not a link this app makes';
    return { ok: false, list, error: `not added to My scenarios: ${why}` };
  }
  return write([entry.data, ...list.filter((e) => e.link !== link)].slice(0, MAX_ENTRIES), storage);
}

export function forgetScenario(link: string, storage: Storage | undefined = globalThis.localStorage): ListChange {
  return write(
    readMyScenarios(storage).filter((e) => e.link !== link),
    storage,
  );
}

function write(list: MyScenario[], storage: Storage | undefined): ListChange {
  try {
    storage?.setItem(MY_SCENARIOS_KEY, JSON.stringify(list));
    return { ok: true, list };
  } catch (e) {
    return { ok: false, list: readMyScenarios(storage), error: `My scenarios could not be saved: ${(e as Error).message}` };
  }
}
