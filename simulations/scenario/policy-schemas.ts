/** Parameter schemas of the call policies; the behaviour lives in ../policies/, one file each. */
import { z } from 'zod';
import { msSchema, positiveCountSchema, rateSchema } from './common';

export const timeoutSchema = z
  .strictObject({ timeoutMs: msSchema.min(1, 'timeoutMs must be ≥ 1 ms').describe('The caller gives up after this long; the callee still does the work') })
  .describe('Timeout per attempt');

export const retryOnSchema = z.enum(['error', 'timeout', 'rejected', 'shortCircuited', 'rateLimited']);

export const retrySchema = z
  .strictObject({
    maxAttempts: positiveCountSchema(100).default(3).describe('Total attempts, the first included'),
    baseMs: msSchema.default(100).describe('Backoff base: delay before retry n is min(cap, base·2^(n-1)) before jitter'),
    capMs: msSchema.default(10_000).describe('Backoff cap'),
    jitter: z.enum(['none', 'full', 'equal', 'decorrelated']).default('none').describe('Jitter of the AWS "Exponential Backoff and Jitter" article'),
    retryOn: z.array(retryOnSchema).default(['error', 'timeout', 'rejected']).describe('Which failures are retried'),
  })
  .describe('Retry with exponential backoff');

// Above 0, as Resilience4j's builder demands (a 0 % threshold would trip on every recorded call).
const percent = z.number().finite().gt(0, 'must be a percentage above 0 and at most 100').max(100, 'must be a percentage above 0 and at most 100');

/** Resilience4j's names; omitted fields take Resilience4j's defaults. */
export const circuitBreakerSchema = z
  .strictObject({
    slidingWindowType: z.enum(['COUNT_BASED', 'TIME_BASED']).optional(),
    slidingWindowSize: positiveCountSchema(100_000).optional().describe('Calls (COUNT_BASED) or seconds (TIME_BASED)'),
    minimumNumberOfCalls: positiveCountSchema(100_000).optional(),
    failureRateThreshold: percent.optional(),
    slowCallRateThreshold: percent.optional(),
    slowCallDurationThreshold: msSchema.gt(0, 'slowCallDurationThreshold must be > 0 ms').optional(),
    waitDurationInOpenState: msSchema.min(1, 'waitDurationInOpenState must be ≥ 1 ms').optional(),
    permittedNumberOfCallsInHalfOpenState: positiveCountSchema(100_000).optional(),
    maxWaitDurationInHalfOpenState: msSchema.optional(),
    automaticTransitionFromOpenToHalfOpenEnabled: z.boolean().optional(),
  })
  .describe("Circuit breaker with Resilience4j's semantics and defaults");

export const rateLimiterSchema = z
  .strictObject({
    capacity: positiveCountSchema(1_000_000).describe('Bucket size: the burst allowed'),
    refillPerSec: rateSchema.gt(0, 'refillPerSec must be > 0 per second').describe('Tokens added per second'),
    maxWaitMs: msSchema.default(0).describe('0 rejects at once; otherwise a call may wait this long for a token'),
  })
  .describe('Token-bucket rate limiter');

export const bulkheadSchema = z
  .strictObject({ maxConcurrentCalls: positiveCountSchema(100_000).describe('Calls in progress at once; more are rejected') })
  .describe('Bulkhead');
