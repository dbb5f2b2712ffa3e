import { expect, test } from '@playwright/test';

test('GET /scenario.schema.json returns the scenario JSON Schema', async ({ request }) => {
  const response = await request.get('/scenario.schema.json');
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toContain('json');
  const body: unknown = await response.json();
  expect(body).toEqual(expect.objectContaining({ $schema: expect.any(String) }));
});
