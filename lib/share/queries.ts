/**
 * The short-link API as react-query sees it: `queryOptions` / `mutationOptions` factories over two fetch functions.
 * Every failure becomes a ShareApiError whose message says what happened in words a person can act on (too large,
 * too many, not found, offline, a broken answer), because the UI shows it as it is.
 */
import { mutationOptions, queryOptions } from '@tanstack/react-query';
import { z } from 'zod';
import type { ScenarioDoc } from '../scenario-doc/types';
import { MAX_SCENARIO_BYTES } from './link-codec';
import { describeIssues } from './open-check';

export const SCENARIOS_API = '/api/scenarios';
/** What the server's ids look like (12 base62 digits today); checked before an id goes into a URL. */
export const SHORT_ID = /^[0-9A-Za-z]{1,64}$/;

export class ShareApiError extends Error {
  constructor(
    message: string,
    /** The HTTP status, or undefined when no answer came (offline, refused, blocked). */
    readonly status?: number,
  ) {
    super(message);
    this.name = 'ShareApiError';
  }
}

const createdSchema = z.object({ id: z.string().regex(SHORT_ID), url: z.string() });
const storedSchema = z.object({ id: z.string(), scenario: z.unknown(), createdAt: z.number() });
const errorSchema = z.object({
  error: z.string(),
  issues: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
  retryAfterSec: z.number().optional(),
});

export type ShortLink = z.infer<typeof createdSchema>;
export type StoredScenario = z.infer<typeof storedSchema>;

/** In a browser the page's own origin; elsewhere (Node tests) http://localhost. */
function apiUrl(path: string): string {
  return new URL(path, globalThis.location?.href ?? 'http://localhost').href;
}

/** What a 404 and a 429 mean for this call. */
interface Words {
  notFound: string;
  tooMany: string;
}

async function call<T>(path: string, init: RequestInit, shape: z.ZodType<T>, words: Words): Promise<T> {
  let res: Response;
  try {
    res = await fetch(apiUrl(path), { ...init, headers: { Accept: 'application/json', ...init.headers } });
  } catch {
    throw new ShareApiError('the server could not be reached — check the connection and try again');
  }
  let body: unknown;
  try {
    body = JSON.parse(await res.text());
  } catch {
    // A refusal says enough by its status (a proxy's HTML 502, a bare 429); a success without JSON is broken.
    if (!res.ok) throw new ShareApiError(errorText(res, undefined, words), res.status);
    throw new ShareApiError(`the server sent an answer that is not JSON (HTTP ${res.status}) — try again later`, res.status);
  }
  if (!res.ok) throw new ShareApiError(errorText(res, body, words), res.status);
  const parsed = shape.safeParse(body);
  if (!parsed.success) throw new ShareApiError(`the server sent an answer of an unexpected shape (HTTP ${res.status})`, res.status);
  return parsed.data;
}

function errorText(res: Response, body: unknown, words: Words): string {
  const e = errorSchema.safeParse(body);
  const said = e.success ? e.data.error : undefined;
  switch (res.status) {
    case 400:
      return e.success && e.data.issues?.length ? `the server refused the scenario: ${describeIssues(e.data.issues)}` : `the server refused the request: ${said ?? 'bad request'}`;
    case 404:
      return words.notFound;
    case 413:
      return `the scenario is too large to store: the limit is ${MAX_SCENARIO_BYTES / 1024} KB of JSON`;
    case 429: {
      const wait = (e.success ? e.data.retryAfterSec : undefined) ?? Number(res.headers.get('Retry-After') || NaN);
      return `${words.tooMany} — try again ${Number.isFinite(wait) ? `in ${Math.ceil(wait)} s` : 'in a minute'}`;
    }
    default:
      if (res.status >= 500) return `the server failed (HTTP ${res.status})${said ? `: ${said}` : ''} — try again later`;
      return `the server answered HTTP ${res.status}${said ? `: ${said}` : ''}`;
  }
}

/** POST /api/scenarios: stores the scenario (the same scenario always gets the same id). */
export function createShortLink(doc: ScenarioDoc): Promise<ShortLink> {
  return call(SCENARIOS_API, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(doc) }, createdSchema, {
    notFound: 'the short-link service is not available on this server',
    tooMany: 'too many short links created from here in a short time',
  });
}

/** GET /api/scenarios/{id}. */
export function fetchStoredScenario(id: string): Promise<StoredScenario> {
  if (!SHORT_ID.test(id)) return Promise.reject(new ShareApiError(`"${id.slice(0, 80)}" is not a short-link id (letters and digits only)`));
  return call(`${SCENARIOS_API}/${id}`, { method: 'GET' }, storedSchema, {
    notFound: `there is no stored scenario with id "${id}" — the link may be mistyped or cut short`,
    tooMany: 'the server is refusing requests from here for a while',
  });
}

export function storedScenarioQuery(id: string) {
  return queryOptions({
    queryKey: ['scenarios', id] as const,
    queryFn: () => fetchStoredScenario(id),
    // Stored scenarios never change (the id is a hash of the content): once read, never read again.
    staleTime: Infinity,
  });
}

export function createShortLinkMutation() {
  return mutationOptions({ mutationKey: ['scenarios', 'create'] as const, mutationFn: createShortLink });
}

/** The app's own path for a short link. */
export function shortPath(id: string): string {
  return `/s/${id}`;
}
