/** Parameter schemas of the call policies; the behaviour lives in ../policies/, one file each. */
import { z } from 'zod';
import { msSchema, positiveCountSchema, rateSchema } from './common';

export const timeoutSchema = z
  .object({ timeoutMs: msSchema.min(1, 'timeoutMs must be ≥ 1 ms').describe('The caller gives up after this long; the callee still does the work') })
  .describe('Timeout per attempt');

export const retryOnSchema = z.enum(['error', 'timeout', 'rejected', 'shortCircuited', 'rateLimited']);

export const retrySchema = z
  .object({
    maxAttempts: positiveCountSchema(100).default(3).describe('Total attempts, the first included'),
    baseMs: msSchema.default(100).describe('Backoff base: delay before retry n is min(cap, base·2^(n-1)) before jitter'),
    capMs: msSchema.default(10_000).describe('Backoff cap'),
    jitter: z.enum(['none', 'full', 'equal', 'decorrelated']).default('none').describe('Jitter of the AWS "Exponential Backoff and Jitter" article'),
    retryOn: z.array(retryOnSchema).default(['error', 'timeout', 'rejected']).describe('Which failures are retried'),
  })
  .describe('Retry with exponential backoff');

const percent = z.number().finite().min(0, 'must be a percentage between 0 and 100').max(100, 'must be a percentage between 0 and 100');

/** Resilience4j's names; omitted fields take Resilience4j's defaults. */
export const circuitBreakerSchema = z
  .object({
    slidingWindowType: z.enum(['COUNT_BASED', 'TIME_BASED']).optional(),
    slidingWindowSize: positiveCountSchema(100_000).optional().describe('Calls (COUNT_BASED) or seconds (TIME_BASED)'),
    minimumNumberOfCalls: positiveCountSchema(100_000).optional(),
    failureRateThreshold: percent.optional(),
    slowCallRateThreshold: percent.optional(),
    slowCallDurationThreshold: msSchema.optional(),
    waitDurationInOpenState: msSchema.optional(),
    permittedNumberOfCallsInHalfOpenState: positiveCountSchema(100_000).optional(),
    maxWaitDurationInHalfOpenState: msSchema.optional(),
    automaticTransitionFromOpenToHalfOpenEnabled: z.boolean().optional(),
  })
  .describe("Circuit breaker with Resilience4j's semantics and defaults");

export const rateLimiterSchema = z
  .object({
    capacity: positiveCountSchema(1_000_000).describe('Bucket size: the burst allowed'),
    refillPerSec: rateSchema.describe('Tokens added per second'),
    maxWaitMs: msSchema.default(0).describe('0 rejects at once; otherwise a call may wait this long for a token'),
  })
  .describe('Token-bucket rate limiter');

export const bulkheadSchema = z
  .object({ maxConcurrentCalls: positiveCountSchema(100_000).describe('Calls in progress at once; more are rejected') })
  .describe('Bulkhead');
