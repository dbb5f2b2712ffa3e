// The scenario API, called as Next calls it (a Request in, a Response out), against a real SQLite file.
import Database from 'better-sqlite3';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { canonicalJson, contentId } from '@/lib/share/content-id';
import { closeScenarioStore, scenarioStore } from '@/lib/share/scenario-store';
import { validateScenario } from '@/simulations/index';
import { GET, DELETE as deleteOne, OPTIONS as optionsOne } from './[id]/route';
import { POST, PUT as putAll } from './route';

// The store and the limiter open lazily on the first request, so setting these before any test is enough.
const dir = mkdtempSync(join(tmpdir(), 'interplay-api-'));
process.env.INTERPLAY_DB = join(dir, 'interplay.db');
process.env.INTERPLAY_WRITE_BURST = '5';
process.env.INTERPLAY_WRITE_RATE = '0.0001'; // one token per 10,000 s: no refill while these tests run
afterAll(() => {
  closeScenarioStore();
  rmSync(dir, { recursive: true, force: true });
});

const EXAMPLES = join(import.meta.dirname, '../../../simulations/examples');
const example = (name: string) => JSON.parse(readFileSync(join(EXAMPLES, name), 'utf8')) as Record<string, unknown>;

let client = 0;
/** Each call comes from its own address unless one is given, so only the rate-limit test meets the limit. */
function post(body: BodyInit | null, { ip = `198.51.100.${++client}`, type = 'application/json', headers = {} as Record<string, string> } = {}) {
  const init: RequestInit & { duplex?: 'half' } = { method: 'POST', body, headers: { 'content-type': type, 'x-forwarded-for': ip, ...headers } };
  if (body instanceof ReadableStream) init.duplex = 'half';
  return POST(new Request('http://127.0.0.1/api/scenarios', init));
}
const postJson = (value: unknown, options?: Parameters<typeof post>[1]) => post(JSON.stringify(value), options);
const get = (id: string) => GET(new Request(`http://127.0.0.1/api/scenarios/${id}`), { params: Promise.resolve({ id }) });
const rows = () => scenarioStore().count();

/** What the server keeps: the validated scenario with defaults filled in, without the editor-only $schema. */
function normalised(input: unknown) {
  const v = validateScenario(input);
  if (!v.ok) throw new Error('example is invalid');
  const { $schema: _schema, ...rest } = v.scenario;
  return rest;
}

function expectJsonHeaders(res: Response) {
  expect(res.headers.get('content-type')).toBe('application/json; charset=utf-8');
  expect(res.headers.get('x-content-type-options')).toBe('nosniff');
}

describe('POST /api/scenarios', () => {
  it('stores a scenario: 201 with its id, the /s/ link and a Location', async () => {
    const res = await postJson(example('mm1.json'));
    expect(res.status).toBe(201);
    expectJsonHeaders(res);
    const body = await res.json();
    expect(body.id).toMatch(/^[0-9A-Za-z]{12}$/);
    expect(body).toEqual({ id: body.id, url: `/s/${body.id}` });
    expect(res.headers.get('location')).toBe(`/api/scenarios/${body.id}`);
  });

  it('gives the same scenario the same id, with 200 and no second row, whatever the key order or $schema', async () => {
    const first = await (await postJson(example('circuit-breaker.json'))).json();
    const before = rows();
    const { $schema: _schema, ...withoutSchema } = example('circuit-breaker.json');
    const reordered = Object.fromEntries(Object.entries(withoutSchema).reverse());
    for (const variant of [example('circuit-breaker.json'), reordered, normalised(example('circuit-breaker.json'))]) {
      const res = await postJson(variant);
      expect(res.status).toBe(200);
      expect(await res.json()).toEqual(first);
    }
    expect(rows()).toBe(before);
  });

  it('gives different content a different id', async () => {
    const a = await (await postJson(example('mm1.json'))).json();
    const b = await (await postJson({ ...example('mm1.json'), seed: 2 })).json();
    const c = await (await postJson({ ...example('mm1.json'), name: 'M/M/1 again' })).json();
    expect(new Set([a.id, b.id, c.id]).size).toBe(3);
  });

  it('answers 400 with the validator’s own paths and messages, and stores nothing', async () => {
    const broken = example('mm1.json');
    (broken.links as { to: string }[])[0].to = 'nowhere';
    (broken.nodes as { workers?: number }[])[1].workers = -1;
    const before = rows();
    const res = await postJson(broken);
    expect(res.status).toBe(400);
    expectJsonHeaders(res);
    const body = await res.json();
    const v = validateScenario(broken);
    expect(v.ok).toBe(false);
    expect(body).toEqual({ error: 'the scenario is not valid', issues: v.ok ? [] : v.errors });
    expect(body.issues.map((i: { path: string }) => i.path)).toContain('nodes[1].workers');
    expect(rows()).toBe(before);
  });

  it('answers 400 to an unknown or missing version, naming the field (the migration step speaks first)', async () => {
    const { version: _v, ...unversioned } = example('mm1.json');
    for (const doc of [{ ...example('mm1.json'), version: 99 }, { ...example('mm1.json'), version: 0 }, unversioned]) {
      const res = await postJson(doc);
      expect(res.status).toBe(400);
      expect((await res.json()).error).toMatch(/^version: /);
    }
  });

  it('answers 400 to malformed JSON, an empty body and bytes that are not UTF-8', async () => {
    for (const body of ['{"version": 1,', '', new Uint8Array([0x7b, 0xff, 0x7d])]) {
      const res = await post(body);
      expect(res.status).toBe(400);
      expectJsonHeaders(res);
      expect(typeof (await res.json()).error).toBe('string');
    }
  });

  it('answers 415 when the body is not declared as JSON', async () => {
    for (const type of ['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', '']) {
      const res = await post(JSON.stringify(example('mm1.json')), { type });
      expect(res.status).toBe(415);
      expect((await res.json()).error).toMatch(/application\/json/);
    }
    expect((await post(JSON.stringify(example('mm1.json')), { type: 'Application/JSON; charset=UTF-8' })).status).toBeLessThan(300);
  });

  it('answers 413 above 256 KB: by Content-Length, by the bytes actually sent, and when the header lies', async () => {
    const big = JSON.stringify({ ...example('mm1.json'), description: 'x'.repeat(300 * 1024) });
    const before = rows();
    const declared = await post(big);
    expect(declared.status).toBe(413);
    expect((await declared.json()).error).toMatch(/262144 bytes \(256 KB\)/);

    const chunk = new TextEncoder().encode(' '.repeat(64 * 1024));
    let sent = 0;
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent++ < 5) controller.enqueue(chunk); // 320 KB, no Content-Length
        else controller.close();
      },
    });
    expect((await post(stream)).status).toBe(413);
    expect(sent).toBeLessThanOrEqual(6); // stopped reading once over the limit

    expect((await post(big, { headers: { 'content-length': '100' } })).status).toBe(413);
    expect(rows()).toBe(before);
  });

  it('accepts a body of exactly 256 KB', async () => {
    const base = JSON.stringify(normalised(example('mm1.json')));
    const padded = base + ' '.repeat(256 * 1024 - Buffer.byteLength(base));
    expect(Buffer.byteLength(padded)).toBe(262144);
    expect((await post(padded)).status).toBeLessThan(300);
  });

  it('answers 429 with Retry-After once an address has used its burst, and stores nothing then', async () => {
    const ip = '203.0.113.50';
    for (let i = 0; i < 5; i++) expect((await postJson({ ...example('mm1.json'), seed: 1000 + i }, { ip })).status).toBe(201);
    const before = rows();
    const res = await postJson({ ...example('mm1.json'), seed: 2000 }, { ip });
    expect(res.status).toBe(429);
    expectJsonHeaders(res);
    const retry = Number(res.headers.get('retry-after'));
    expect(retry).toBeGreaterThanOrEqual(1);
    expect(await res.json()).toEqual({ error: expect.stringContaining('too many'), retryAfterSec: retry });
    expect(rows()).toBe(before);
    // Another address is not affected.
    expect((await postJson({ ...example('mm1.json'), seed: 2000 }, { ip: '203.0.113.51' })).status).toBe(201);
  });

  it('answers 409 when a different document already has the id, and leaves that one alone', async () => {
    const scenario = { ...example('mm1.json'), name: 'clash' };
    const id = contentId(canonicalJson(normalised(scenario)));
    const db = new Database(process.env.INTERPLAY_DB!);
    db.prepare('INSERT INTO scenarios (id, body, created_at, bytes) VALUES (?, ?, ?, ?)').run(id, '{"planted":true}', 1, 15);
    db.close();
    const res = await postJson(scenario);
    expect(res.status).toBe(409);
    expect(await res.json()).toEqual({ error: expect.stringContaining(id), id });
    expect(await (await get(id)).json()).toEqual({ id, scenario: { planted: true }, createdAt: 1 });
  });
});

describe('GET /api/scenarios/{id}', () => {
  it('returns every example as the normalised scenario that was posted, cacheable for good', async () => {
    const files = readdirSync(EXAMPLES).filter((f) => f.endsWith('.json'));
    expect(files.length).toBeGreaterThan(3);
    for (const file of files) {
      const { id } = await (await postJson(example(file))).json();
      const res = await get(id);
      expect(res.status).toBe(200);
      expectJsonHeaders(res);
      expect(res.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
      const body = await res.json();
      expect(body).toEqual({ id, scenario: normalised(example(file)), createdAt: expect.any(Number) });
      // What comes back is itself valid and would get the same id again.
      expect(validateScenario(body.scenario).ok).toBe(true);
      expect(contentId(canonicalJson(body.scenario))).toBe(id);
    }
  });

  it('is immutable: saving again keeps the first creation time, and there is no way to change or delete', async () => {
    const scenario = { ...example('order-events.json'), seed: 77 };
    const { id } = await (await postJson(scenario)).json();
    const first = await (await get(id)).json();
    expect((await postJson(scenario)).status).toBe(200);
    expect(await (await get(id)).json()).toEqual(first);
    const res = await deleteOne();
    expect(res.status).toBe(405);
    expect(res.headers.get('allow')).toBe('GET, HEAD');
    expect(await res.json()).toEqual({ error: expect.any(String) });
    expect((await putAll()).status).toBe(405);
    expect(optionsOne().headers.get('allow')).toBe('GET, HEAD, OPTIONS');
  });

  it('answers 404 to an id that was never stored, and 400 to one that cannot be an id', async () => {
    const missing = await get('000000000000');
    expect(missing.status).toBe(404);
    expectJsonHeaders(missing);
    expect(missing.headers.get('cache-control')).toBe('no-store');
    expect((await missing.json()).error).toMatch(/no scenario/);
    for (const bad of ['short', 'x'.repeat(13), 'abc-def_ghij', '../../etc/pa', "' OR 1=1 --x", '']) {
      const res = await get(bad);
      expect(res.status).toBe(400);
      expect(typeof (await res.json()).error).toBe('string');
    }
  });
});

describe('script in names, labels and descriptions', () => {
  const SCRIPT = '<script>alert(1)</script>';
  const IMG = '"><img src=x onerror=alert(1)>';

  it('comes back from GET as JSON data, the text intact, with no markup in the bytes', async () => {
    const scenario = example('mm1.json');
    scenario.name = SCRIPT;
    scenario.description = `${IMG} ${SCRIPT}`;
    const nodes = scenario.nodes as { label?: string; description?: string }[];
    nodes[0].label = IMG;
    nodes[1].label = SCRIPT;
    nodes[1].description = IMG;
    const saved = await postJson(scenario);
    expect(saved.status).toBe(201);
    const res = await get((await saved.json()).id);
    expect(res.status).toBe(200);
    expectJsonHeaders(res);
    expect(res.headers.get('content-security-policy')).toContain("default-src 'none'");
    const text = await res.text();
    expect(text).not.toMatch(/[<>]/);
    const back = JSON.parse(text).scenario;
    expect(back.name).toBe(SCRIPT);
    expect(back.description).toBe(`${IMG} ${SCRIPT}`);
    expect(back.nodes.map((n: { label: string }) => n.label)).toEqual([IMG, SCRIPT]);
    expect(back.nodes[1].description).toBe(IMG);
  });
});
