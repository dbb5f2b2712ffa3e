// The client side of short links against a mocked network (msw): what each answer of the API becomes.
import { MutationObserver, QueryClient } from '@tanstack/react-query';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { starterDoc } from '@/lib/scenario-doc/defaults';
import { validateScenario } from '@/simulations/index';
import { loadShortLink } from './open-short';
import { ShareApiError, createShortLink, createShortLinkMutation, storedScenarioQuery } from './queries';

const API = 'http://localhost/api/scenarios';
const ID = 'Ab3dE5gH9jK1';
const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

let client: QueryClient;
beforeEach(() => {
  client = new QueryClient({ defaultOptions: { queries: { retry: false }, mutations: { retry: false } } });
});

/** What the server stores and returns: the validated scenario, defaults filled in. */
function normalised(doc: unknown) {
  const v = validateScenario(doc);
  if (!v.ok) throw new Error('invalid test scenario');
  return v.scenario;
}

/** What the Share menu's useMutation does, without React. */
const create = (doc = starterDoc()) => new MutationObserver(client, createShortLinkMutation()).mutate(doc);

async function failure(p: Promise<unknown>): Promise<ShareApiError> {
  const e = await p.then(
    () => undefined,
    (err: unknown) => err,
  );
  expect(e).toBeInstanceOf(ShareApiError);
  return e as ShareApiError;
}

describe('creating a short link', () => {
  it('posts the whole scenario as JSON and returns the id and the /s/ path (201 and 200 alike)', async () => {
    let body: unknown;
    let type: string | null = null;
    server.use(
      http.post(API, async ({ request }) => {
        body = await request.json();
        type = request.headers.get('content-type');
        return HttpResponse.json({ id: ID, url: `/s/${ID}` }, { status: 201 });
      }),
    );
    expect(await create()).toEqual({ id: ID, url: `/s/${ID}` });
    expect(body).toEqual(starterDoc());
    expect(type).toBe('application/json');

    server.use(http.post(API, () => HttpResponse.json({ id: ID, url: `/s/${ID}` }, { status: 200 })));
    expect(await create()).toEqual({ id: ID, url: `/s/${ID}` });
  });

  it('says in words what each refusal means', async () => {
    const cases: [() => Response, RegExp, number | undefined][] = [
      [() => HttpResponse.json({ error: 'the body is larger than the limit of 262144 bytes (256 KB)' }, { status: 413 }), /^the scenario is too large to store: the limit is 256 KB of JSON$/, 413],
      [() => HttpResponse.json({ error: 'too many', retryAfterSec: 12 }, { status: 429, headers: { 'Retry-After': '12' } }), /^too many short links created from here in a short time — try again in 12 s$/, 429],
      [() => new HttpResponse(null, { status: 429, headers: { 'Retry-After': '3' } }), /^too many short links created from here in a short time — try again in 3 s$/, 429],
      [() => HttpResponse.json({ error: 'the scenario is not valid', issues: [{ path: 'links[0].to', message: 'no node with id "db"' }] }, { status: 400 }), /^the server refused the scenario: links\[0\]\.to: no node with id "db"$/, 400],
      [() => HttpResponse.json({ error: 'the body must be JSON' }, { status: 415 }), /^the server answered HTTP 415: the body must be JSON$/, 415],
      [() => HttpResponse.json({ error: 'the scenario could not be stored; try again later' }, { status: 500 }), /^the server failed \(HTTP 500\): the scenario could not be stored/, 500],
      [() => new HttpResponse('<html>Bad gateway</html>', { status: 502, headers: { 'Content-Type': 'text/html' } }), /^the server failed \(HTTP 502\) — try again later$/, 502],
      [() => new HttpResponse('{"id": "Ab3', { status: 201, headers: { 'Content-Type': 'application/json' } }), /^the server sent an answer that is not JSON \(HTTP 201\)/, 201],
      [() => HttpResponse.json({ id: '../../x', url: '/s/x' }, { status: 201 }), /^the server sent an answer of an unexpected shape \(HTTP 201\)$/, 201],
      [() => HttpResponse.error(), /^the server could not be reached — check the connection and try again$/, undefined],
    ];
    for (const [response, message, status] of cases) {
      server.use(http.post(API, response));
      const e = await failure(create());
      expect(e.message).toMatch(message);
      expect(e.status).toBe(status);
    }
  });
});

describe('opening a short link', () => {
  it('reads the stored scenario through the query cache, once', async () => {
    let calls = 0;
    server.use(
      http.get(`${API}/:id`, ({ params }) => {
        calls++;
        return HttpResponse.json({ id: params.id, scenario: normalised(starterDoc()), createdAt: 1 });
      }),
    );
    const first = await loadShortLink(client, ID);
    expect(first).toEqual({ ok: true, doc: normalised(starterDoc()) });
    expect(await loadShortLink(client, ID)).toEqual(first);
    expect(calls).toBe(1); // stored scenarios never change: no second request
    expect(client.getQueryData(storedScenarioQuery(ID).queryKey)).toMatchObject({ id: ID });
  });

  it('explains a missing id, a malformed answer, a broken scenario and an unreachable server', async () => {
    const cases: [() => Response, string][] = [
      [() => HttpResponse.json({ error: `no scenario with id ${ID}` }, { status: 404 }), `there is no stored scenario with id "${ID}" — the link may be mistyped or cut short`],
      [() => new HttpResponse('{"id":', { status: 200, headers: { 'Content-Type': 'application/json' } }), 'the server sent an answer that is not JSON (HTTP 200) — try again later'],
      [() => HttpResponse.json({ scenario: {} }), 'the server sent an answer of an unexpected shape (HTTP 200)'],
      [() => HttpResponse.json({ id: ID, scenario: { ...starterDoc(), links: [{ ...starterDoc().links![0], to: 'db' }] }, createdAt: 1 }), 'links[0].to: no node with id "db"'],
      [() => HttpResponse.json({ id: ID, scenario: { ...starterDoc(), version: 3 }, createdAt: 1 }), 'version: this scenario is format version 3; this build reads up to 1 — update Interplay to open it'],
      [() => HttpResponse.json({ error: 'busy' }, { status: 429 }), 'the server is refusing requests from here for a while — try again in a minute'],
      [() => HttpResponse.error(), 'the server could not be reached — check the connection and try again'],
    ];
    for (const [respond, error] of cases) {
      client.clear();
      server.use(http.get(`${API}/:id`, respond));
      expect(await loadShortLink(client, ID)).toEqual({ ok: false, error });
    }
  });

  it('never sends an id that is not one, and never caches a failure as a success', async () => {
    server.use(http.get(`${API}/:id`, () => HttpResponse.json({ error: 'should not be asked' }, { status: 500 })));
    expect(await loadShortLink(client, '../../etc/passwd')).toEqual({ ok: false, error: '"../../etc/passwd" is not a short-link id (letters and digits only)' });
    expect((await loadShortLink(client, ID)).ok).toBe(false);
    server.use(http.get(`${API}/:id`, () => HttpResponse.json({ id: ID, scenario: starterDoc(), createdAt: 1 })));
    expect(await loadShortLink(client, ID)).toEqual({ ok: true, doc: starterDoc() });
  });
});

it('createShortLink is the mutation’s function (one place to call the API)', () => {
  expect(createShortLinkMutation().mutationFn).toBe(createShortLink);
});
