/**
 * Zod schema for core/distributions' Distribution, as written in scenario files.
 *
 * The bounds are not only about sanity: they are what lets the samplers promise
 * finite, non-negative output (e.g. p50 >= 1 µs keeps lognormal's sigma small
 * enough that exp() cannot overflow). Messages name the field so a scenario
 * author can fix the file without reading this code. Objects are strict so that
 * a typo such as "p90" or "stddev" is reported instead of silently dropped.
 */
import { z } from 'zod';

/** 1e7 ms is about 2.8 hours: longer than any latency or think time worth simulating. */
export const MAX_MS = 1e7;
/** Below 1 µs the histogram cannot resolve values anyway, and lognormal needs a floor. */
export const MIN_P50_MS = 1e-3;
export const MAX_ERLANG_K = 1000;
export const MIN_GAMMA_SHAPE = 0.01;
export const MAX_GAMMA_SHAPE = 1000;

export const DISTRIBUTION_TYPES = ['constant', 'uniform', 'exponential', 'normal', 'lognormal', 'erlang', 'gamma'] as const;

function finite(field: string) {
  return z.number({
    error: (iss) => (iss.input === undefined ? `${field} is required` : `${field} must be a finite number`),
  });
}

/** A duration field in ms; `lower` is either inclusive (>=) or strictly positive (> 0). */
function ms(field: string, description: string, lower: { gte: number } | { gt: 0 }) {
  const base = finite(field);
  const bounded = 'gt' in lower
    ? base.gt(0, `${field} must be > 0 ms`)
    : base.gte(lower.gte, `${field} must be >= ${lower.gte} ms`);
  return bounded.lte(MAX_MS, `${field} must be <= ${MAX_MS} ms (about 2.8 hours)`).describe(description);
}

function variant<T extends (typeof DISTRIBUTION_TYPES)[number], S extends z.ZodRawShape>(type: T, shape: S, description: string) {
  return z
    .strictObject(
      { type: z.literal(type).describe(`Distribution kind: ${type}`), ...shape },
      {
        error: (iss) =>
          iss.code === 'unrecognized_keys'
            ? `unknown field(s) ${iss.keys.map((k) => `"${k}"`).join(', ')} for a ${type} distribution; allowed: ${Object.keys(shape).join(', ')}`
            : undefined,
      },
    )
    .describe(description);
}

const constant = variant('constant', {
  value: ms('value', 'The fixed duration in ms', { gte: 0 }),
}, 'Always the same duration');

const uniform = variant('uniform', {
  min: ms('min', 'Smallest duration in ms (inclusive)', { gte: 0 }),
  max: ms('max', 'Largest duration in ms; must be >= min', { gte: 0 }),
}, 'Any duration between min and max, equally likely').refine((d) => d.max >= d.min, {
  error: 'max must be >= min',
  path: ['max'],
});

const exponential = variant('exponential', {
  mean: ms('mean', 'Mean duration in ms; the standard deviation equals the mean', { gt: 0 }),
}, 'Memoryless: Poisson arrivals or M/M/1 service times');

const normal = variant('normal', {
  mean: ms('mean', 'Mean of the untruncated normal in ms', { gte: 0 }),
  stdDev: ms('stdDev', 'Standard deviation in ms; negative draws are redrawn, so the realised mean is a bit higher', { gte: 0 }),
}, 'Bell curve truncated at 0 ms');

const lognormal = variant('lognormal', {
  p50: ms('p50', 'Median duration in ms', { gte: MIN_P50_MS }),
  p99: ms('p99', '99th percentile in ms; must be >= p50', { gte: MIN_P50_MS }),
}, 'Right-skewed latency specified by its median and 99th percentile').refine((d) => d.p99 >= d.p50, {
  error: 'p99 must be greater than or equal to p50',
  path: ['p99'],
});

const erlang = variant('erlang', {
  k: z
    .int({ error: (iss) => (iss.input === undefined ? 'k is required' : 'k must be a whole number') })
    .min(1, `k must be between 1 and ${MAX_ERLANG_K}`)
    .max(MAX_ERLANG_K, `k must be between 1 and ${MAX_ERLANG_K}`)
    .describe('Number of exponential phases; the squared coefficient of variation is 1/k'),
  mean: ms('mean', 'Mean total duration in ms', { gt: 0 }),
}, 'Sum of k exponential phases: less variable than exponential');

const gamma = variant('gamma', {
  shape: finite('shape')
    .gte(MIN_GAMMA_SHAPE, `shape must be between ${MIN_GAMMA_SHAPE} and ${MAX_GAMMA_SHAPE}`)
    .lte(MAX_GAMMA_SHAPE, `shape must be between ${MIN_GAMMA_SHAPE} and ${MAX_GAMMA_SHAPE}`)
    .describe('Shape parameter; the squared coefficient of variation is 1/shape'),
  mean: ms('mean', 'Mean duration in ms', { gt: 0 }),
}, 'Gamma distribution: shape < 1 is burstier than exponential, shape > 1 more regular');

export const distributionSchema = z
  .discriminatedUnion('type', [constant, uniform, exponential, normal, lognormal, erlang, gamma], {
    error: (iss) => {
      if (iss.code === 'invalid_union') return `type must be one of ${DISTRIBUTION_TYPES.map((t) => `"${t}"`).join(', ')}`;
      if (iss.code === 'invalid_type') return 'a distribution must be an object such as { "type": "exponential", "mean": 20 }';
      return undefined;
    },
  })
  .describe('Probability distribution of a duration in milliseconds');

export type DistributionInput = z.input<typeof distributionSchema>;
