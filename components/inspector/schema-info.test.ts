import { describe, expect, it } from 'vitest';
import { CIRCUIT_BREAKER_DEFAULTS, defaultOf, help } from './schema-info';

describe('schema-info', () => {
  it('reads descriptions through optional and default wrappers', () => {
    expect(help('service', 'workers')).toBe('Requests processed at once (c)');
    expect(help('queue', 'capacity')).toMatch(/Omit for unbounded/);
    expect(help('circuitBreaker', 'slidingWindowSize')).toMatch(/COUNT_BASED/);
  });
  it('reads defaults', () => {
    expect(defaultOf('service', 'workers')).toBe(1);
    expect(defaultOf('retry', 'retryOn')).toEqual(['error', 'timeout', 'rejected']);
    expect(defaultOf('run', 'durationMs')).toBe(60_000);
    expect(defaultOf('circuitBreaker', 'failureRateThreshold')).toBeUndefined();
    expect(CIRCUIT_BREAKER_DEFAULTS.failureRateThreshold).toBe(50);
  });
});
