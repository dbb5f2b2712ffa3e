// Whatever a client sends, the API answers in JSON with a 4xx, never a 5xx, and writes a row only when it says so.
import fc from 'fast-check';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { closeScenarioStore, scenarioStore } from '@/lib/share/scenario-store';
import { POST } from './route';

const dir = mkdtempSync(join(tmpdir(), 'interplay-api-prop-'));
process.env.INTERPLAY_DB = join(dir, 'interplay.db');
afterAll(() => {
  closeScenarioStore();
  rmSync(dir, { recursive: true, force: true });
});

const mm1 = JSON.parse(readFileSync(join(import.meta.dirname, '../../../simulations/examples/mm1.json'), 'utf8'));

let client = 0;
async function post(body: string | Uint8Array<ArrayBuffer>, type = 'application/json') {
  // A fresh address per request: this is about the body, not the rate limit.
  const res = await POST(new Request('http://127.0.0.1/api/scenarios', { method: 'POST', body, headers: { 'content-type': type, 'x-forwarded-for': `10.9.${++client >> 8}.${client & 255}` } }));
  return { status: res.status, type: res.headers.get('content-type'), body: await res.json() };
}

const deep = '['.repeat(50_000) + ']'.repeat(50_000);

/** Bodies that are not a scenario in any reading. */
const garbage = fc.oneof(
  fc.uint8Array({ maxLength: 2000 }).map((b) => new Uint8Array(b)),
  fc.string({ maxLength: 2000 }),
  fc.string({ unit: 'binary', maxLength: 500 }),
  fc.jsonValue().map((v) => JSON.stringify(v)),
  fc.constantFrom('[', '{"version":1', 'null', '"x"', '1e999', '['.repeat(50_000), '{"a":'.repeat(20_000), deep, `{"version":1,"name":"d","nodes":${deep}}`, '\uFEFF{}', '{"__proto__":{"polluted":1}}'),
);

/** The M/M/1 example with one field, top-level or in a node or link, replaced by any JSON value: mostly invalid. */
const mangled = fc
  .tuple(fc.constantFrom('top', 'node', 'link'), fc.constantFrom('version', 'name', 'seed', 'run', 'nodes', 'links', 'id', 'kind', 'from', 'to', 'workers', 'serviceTime', 'traffic', 'latency', 'label', 'extra'), fc.jsonValue())
  .map(([where, key, value]) => {
    const doc = structuredClone(mm1);
    const target = where === 'top' ? doc : where === 'node' ? doc.nodes[1] : doc.links[0];
    target[key] = value;
    return JSON.stringify(doc);
  });

describe('POST /api/scenarios with hostile bodies', () => {
  it('answers garbage with a JSON 4xx and never writes a row', async () => {
    const rowsBefore = scenarioStore().count();
    await fc.assert(
      fc.asyncProperty(garbage, async (body) => {
        const res = await post(body);
        expect(res.status).toBeGreaterThanOrEqual(400);
        expect(res.status).toBeLessThan(500);
        expect(res.type).toBe('application/json; charset=utf-8');
        expect(typeof res.body.error).toBe('string');
      }),
      { numRuns: 300 },
    );
    expect(scenarioStore().count()).toBe(rowsBefore);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('answers a mangled scenario with no 5xx, and adds a row exactly when it answers 201', async () => {
    await fc.assert(
      fc.asyncProperty(mangled, async (body) => {
        const before = scenarioStore().count();
        const res = await post(body);
        expect(res.status).toBeLessThan(500);
        expect(scenarioStore().count()).toBe(before + (res.status === 201 ? 1 : 0));
        if (res.status >= 400) expect(typeof res.body.error).toBe('string');
        else expect(res.body.url).toBe(`/s/${res.body.id}`);
      }),
      { numRuns: 300 },
    );
  });

  it('answers any body sent with a non-JSON type with 415 and writes nothing', async () => {
    const rowsBefore = scenarioStore().count();
    await fc.assert(
      fc.asyncProperty(fc.constantFrom('text/plain', 'text/html', 'application/xml', 'application/jsonx', 'json'), async (type) => {
        expect((await post(JSON.stringify(mm1), type)).status).toBe(415);
      }),
    );
    expect(scenarioStore().count()).toBe(rowsBefore);
  });
});
