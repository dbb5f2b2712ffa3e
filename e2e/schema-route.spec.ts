import { expect, test } from '@playwright/test';

test('GET /scenario.schema.json returns the scenario JSON Schema that editors can use', async ({ request }) => {
  const response = await request.get('/scenario.schema.json');
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toContain('json');
  const body = (await response.json()) as { $schema?: string; $id?: string; properties?: Record<string, unknown>; required?: string[] };
  expect(body.$schema).toContain('json-schema.org');
  expect(body.$id).toBe('/scenario.schema.json');
  expect(body.required).toEqual(expect.arrayContaining(['version', 'name', 'nodes']));
  // Every node and link kind of the engine is described, so an editor can complete "kind".
  const text = JSON.stringify(body);
  for (const kind of ['client', 'service', 'queue', 'topic', 'rest', 'publish', 'enqueue', 'subscribe', 'consume', 'outage', 'partition']) {
    expect(text, `kind "${kind}" in the schema`).toContain(`"const":"${kind}"`);
  }
  expect(text).toContain('failureRateThreshold');
});
