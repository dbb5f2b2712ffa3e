import { describe, expect, it } from 'vitest';
import { declaredOperations, exampleAddress, isReserved, matchOperation, parseOperation } from './operation-match';

const ops = declaredOperations(['GET /api/users/{id}', 'POST /api/users', 'GET /api/users/me', 'POST /v1/payment_intents', 'user.registered', 'GET /api/scenarios/{id}']);

describe('operation matching', () => {
  it('reads the method, the path and the console address of an operation name', () => {
    expect(parseOperation('GET /api/users/{id}?x=1')).toEqual({ name: 'GET /api/users/{id}?x=1', method: 'GET', path: '/api/users/{id}', address: '/api/users/{id}' });
    expect(parseOperation('POST /v1/payment_intents')?.address).toBe('/api/v1/payment_intents');
    expect(parseOperation('user.registered')).toBeUndefined();
  });

  it('leaves out names without a path and the app’s own routes', () => {
    expect(ops.map((o) => o.name)).toEqual(['GET /api/users/{id}', 'POST /api/users', 'GET /api/users/me', 'POST /v1/payment_intents']);
  });

  it('matches /api/users/42 to GET /api/users/{id} with id 42', () => {
    expect(matchOperation(ops, 'get', '/api/users/42')).toEqual({ op: ops[0], params: { id: '42' } });
    expect(matchOperation(ops, 'GET', '/api/users/42/')?.params).toEqual({ id: '42' });
    expect(matchOperation(ops, 'GET', '/api/users/42?fields=name')?.params).toEqual({ id: '42' });
  });

  it('needs the method to match, and the same number of segments', () => {
    expect(matchOperation(ops, 'DELETE', '/api/users/42')).toBeUndefined();
    expect(matchOperation(ops, 'GET', '/api/users/42/orders')).toBeUndefined();
    expect(matchOperation(ops, 'POST', '/api/users')?.op.name).toBe('POST /api/users');
  });

  it('prefers literal segments over templates', () => {
    expect(matchOperation(ops, 'GET', '/api/users/me')?.op.name).toBe('GET /api/users/me');
  });

  it('reaches an operation outside /api under /api', () => {
    expect(matchOperation(ops, 'POST', '/api/v1/payment_intents')?.op.name).toBe('POST /v1/payment_intents');
    expect(matchOperation(ops, 'POST', '/v1/payment_intents')).toBeUndefined();
  });

  it('never matches the app’s own API, even when a scenario declares it', () => {
    const clash = declaredOperations(['GET /api/scenarios/{id}']);
    expect(clash).toEqual([]);
    expect(matchOperation(parseOperations(['GET /api/scenarios/{id}']), 'GET', '/api/scenarios/abc')).toBeUndefined();
    expect(isReserved('/api/scenarios')).toBe(true);
    expect(isReserved('/api/scenariosx')).toBe(false);
  });

  it('suggests an example address', () => {
    expect(exampleAddress(ops[0])).toBe('/api/users/42');
  });
});

function parseOperations(names: string[]) {
  return names.map((n) => parseOperation(n)!);
}
