import { describe, expect, expectTypeOf, it } from 'vitest';
import fc from 'fast-check';
import { z } from 'zod';
import { distributionSchema, type DistributionInput } from './distribution-schema';
import { createSampler, type Distribution } from '../core/distributions';
import { createStream } from '../core/rng';

const FC = { seed: 99, numRuns: 500 } as const;

function firstIssue(input: unknown) {
  const r = distributionSchema.safeParse(input);
  expect(r.success, `expected ${JSON.stringify(input)} to be rejected`).toBe(false);
  return r.error!.issues[0];
}

describe('distributionSchema', () => {
  it('parses valid examples unchanged', () => {
    const valid: Distribution[] = [
      { type: 'constant', value: 0 },
      { type: 'constant', value: 1e7 },
      { type: 'uniform', min: 5, max: 5 },
      { type: 'uniform', min: 0, max: 30 },
      { type: 'exponential', mean: 20 },
      { type: 'normal', mean: 0, stdDev: 0 },
      { type: 'normal', mean: 20, stdDev: 5 },
      { type: 'lognormal', p50: 20, p99: 200 },
      { type: 'lognormal', p50: 0.001, p99: 0.001 },
      { type: 'erlang', k: 1, mean: 20 },
      { type: 'erlang', k: 1000, mean: 20 },
      { type: 'gamma', shape: 0.01, mean: 20 },
      { type: 'gamma', shape: 1000, mean: 1e7 },
    ];
    for (const d of valid) expect(distributionSchema.parse(d)).toEqual(d);
  });

  it('output type is exactly core Distribution', () => {
    expectTypeOf<z.output<typeof distributionSchema>>().toEqualTypeOf<Distribution>();
    expectTypeOf<DistributionInput>().toEqualTypeOf<Distribution>();
  });

  const invalid: [string, unknown, string, RegExp][] = [
    ['lognormal p99 < p50', { type: 'lognormal', p50: 200, p99: 20 }, 'p99', /^p99 must be greater than or equal to p50$/],
    ['lognormal p50 below 1 µs', { type: 'lognormal', p50: 0, p99: 20 }, 'p50', /^p50 must be >= 0\.001 ms$/],
    ['exponential mean 0', { type: 'exponential', mean: 0 }, 'mean', /^mean must be > 0 ms$/],
    ['exponential mean negative', { type: 'exponential', mean: -3 }, 'mean', /^mean must be > 0 ms$/],
    ['uniform max < min', { type: 'uniform', min: 10, max: 5 }, 'max', /^max must be >= min$/],
    ['uniform min negative', { type: 'uniform', min: -1, max: 5 }, 'min', /^min must be >= 0 ms$/],
    ['constant too large', { type: 'constant', value: 2e7 }, 'value', /^value must be <= 10000000 ms/],
    ['constant infinite', { type: 'constant', value: Infinity }, 'value', /^value must be a finite number$/],
    ['constant NaN', { type: 'constant', value: NaN }, 'value', /^value must be a finite number$/],
    ['constant string', { type: 'constant', value: '20' }, 'value', /^value must be a finite number$/],
    ['normal missing stdDev', { type: 'normal', mean: 20 }, 'stdDev', /^stdDev is required$/],
    ['normal negative stdDev', { type: 'normal', mean: 20, stdDev: -1 }, 'stdDev', /^stdDev must be >= 0 ms$/],
    ['erlang k fractional', { type: 'erlang', k: 2.5, mean: 20 }, 'k', /^k must be a whole number$/],
    ['erlang k 0', { type: 'erlang', k: 0, mean: 20 }, 'k', /^k must be between 1 and 1000$/],
    ['erlang k too large', { type: 'erlang', k: 1001, mean: 20 }, 'k', /^k must be between 1 and 1000$/],
    ['gamma shape 0', { type: 'gamma', shape: 0, mean: 20 }, 'shape', /^shape must be between 0\.01 and 1000$/],
    ['gamma mean missing', { type: 'gamma', shape: 2 }, 'mean', /^mean is required$/],
    ['unknown field (typo)', { type: 'lognormal', p50: 20, p90: 200, p99: 300 }, '', /^unknown field\(s\) "p90" for a lognormal distribution; allowed: p50, p99$/],
    ['unknown type', { type: 'pareto', alpha: 1 }, 'type', /^type must be one of "constant", "uniform", .*"gamma"$/],
    ['missing type', { mean: 20 }, 'type', /^type must be one of/],
    ['not an object', 20, '', /^a distribution must be an object/],
  ];
  for (const [name, input, field, message] of invalid) {
    it(`rejects ${name} with a message naming the field`, () => {
      const issue = firstIssue(input);
      expect(issue.message).toMatch(message);
      expect(issue.path.join('.')).toBe(field);
      if (field) expect(issue.message).toContain(field);
    });
  }

  it('converts to JSON Schema with field descriptions', () => {
    const json = z.toJSONSchema(distributionSchema) as { description?: string; oneOf?: { properties: Record<string, { description?: string }>; additionalProperties?: boolean }[] };
    expect(json.description).toMatch(/milliseconds/);
    expect(json.oneOf).toHaveLength(7);
    const lognormal = json.oneOf!.find((o) => (o.properties.type as { const?: string }).const === 'lognormal')!;
    expect(lognormal.properties.p99.description).toMatch(/99th percentile/);
    expect(lognormal.additionalProperties).toBe(false);
    expect(() => z.toJSONSchema(distributionSchema, { io: 'input' })).not.toThrow();
  });

  it('property: whatever the schema accepts samples to finite values >= 0', () => {
    // Draw raw field values from a range wider than the schema allows, including the
    // exact bounds, so that both sides of every bound are exercised.
    const raw = fc.oneof(
      fc.double({ min: -10, max: 2e7, noNaN: true }),
      fc.constantFrom(0, 5e-324, 1e-3, 0.01, 1, 1000, 1e7, 1e7 + 1, -0, 1.5),
      fc.integer({ min: -2, max: 1002 }),
    );
    const candidate = fc.oneof(
      fc.record({ type: fc.constant('constant'), value: raw }),
      fc.record({ type: fc.constant('uniform'), min: raw, max: raw }),
      fc.record({ type: fc.constant('exponential'), mean: raw }),
      fc.record({ type: fc.constant('normal'), mean: raw, stdDev: raw }),
      fc.record({ type: fc.constant('lognormal'), p50: raw, p99: raw }),
      fc.record({ type: fc.constant('erlang'), k: raw, mean: raw }),
      fc.record({ type: fc.constant('gamma'), shape: raw, mean: raw }),
    );
    let accepted = 0;
    fc.assert(
      fc.property(candidate, fc.nat(), (input, seed) => {
        const r = distributionSchema.safeParse(input);
        if (!r.success) return true;
        accepted++;
        const sample = createSampler(r.data, createStream(seed, 'schema-prop'));
        for (let i = 0; i < 100; i++) {
          const x = sample();
          if (!(Number.isFinite(x) && x >= 0)) return false;
        }
        return true;
      }),
      { ...FC, numRuns: 3000 },
    );
    // Guard against the property passing vacuously.
    expect(accepted).toBeGreaterThan(50);
  });
});
