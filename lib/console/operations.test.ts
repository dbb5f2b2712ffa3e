import { describe, expect, it } from 'vitest';
import { starterDoc } from '../scenario-doc/defaults';
import { consoleAnswers, docOperations } from './operations';

const origin = 'http://127.0.0.1:3000';
const at = (path: string) => new URL(path, origin);

describe('what the console’s service worker answers', () => {
  const ops = docOperations(starterDoc());

  it('reads the starter scenario’s operations', () => {
    expect(ops.map((o) => o.name)).toEqual(['GET /api/users/{id}', 'POST /api/users']);
  });

  it('answers the scenario’s operations', () => {
    expect(consoleAnswers(ops, 'GET', at('/api/users/42'), origin)).toBe(true);
    expect(consoleAnswers(ops, 'POST', at('/api/users'), origin)).toBe(true);
  });

  it('lets the app’s own routes, assets, pages and other origins through', () => {
    for (const path of ['/api/scenarios/doesnotexist', '/api/scenarios', '/_next/static/chunks/main.js', '/play', '/s/abc', '/scenario.schema.json', '/mockServiceWorker.js', '/api/orders/1'])
      expect(consoleAnswers(ops, 'GET', at(path), origin), path).toBe(false);
    expect(consoleAnswers(ops, 'POST', at('/api/scenarios'), origin)).toBe(false);
    expect(consoleAnswers(ops, 'GET', new URL('https://example.com/api/users/42'), origin)).toBe(false);
    expect(consoleAnswers(ops, 'DELETE', at('/api/users/42'), origin)).toBe(false);
  });

  it('uses the schema’s default operation for a client that leaves it out, and services’ operation names', () => {
    const doc = starterDoc();
    doc.nodes = [
      { id: 'c', kind: 'client', traffic: { type: 'poisson', ratePerSec: 1 } },
      { id: 's', kind: 'service', operations: { 'PUT /api/users/{id}': { type: 'constant', value: 5 } } },
    ];
    expect(docOperations(doc).map((o) => o.name)).toEqual(['GET /api/users/{id}', 'PUT /api/users/{id}']);
  });
});
