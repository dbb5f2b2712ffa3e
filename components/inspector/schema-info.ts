/**
 * Help texts and defaults read from the engine's own schemas (zod 4 keeps `.describe()` texts
 * in `schema.description`), so the inspector says what the engine means and cannot drift from it.
 */
import type { z } from 'zod';
import { clientSchema } from '@/simulations/components/client.schema';
import { queueSchema } from '@/simulations/components/queue.schema';
import { serviceSchema } from '@/simulations/components/service.schema';
import { topicSchema } from '@/simulations/components/topic.schema';
import { consumeLinkSchema } from '@/simulations/links/deliver';
import { publishLinkSchema } from '@/simulations/links/produce';
import { restLinkSchema } from '@/simulations/links/rest';
import { bulkheadSchema, circuitBreakerSchema, rateLimiterSchema, retrySchema, timeoutSchema } from '@/simulations/scenario/policy-schemas';
import { runSettingsSchema, scenarioObjectSchema } from '@/simulations/scenario/schema';
import { CIRCUIT_BREAKER_DEFAULTS } from '@/simulations/policies/circuit-breaker';

export { CIRCUIT_BREAKER_DEFAULTS };

const SHAPES = {
  client: clientSchema.shape,
  service: serviceSchema.shape,
  queue: queueSchema.shape,
  topic: topicSchema.shape,
  rest: restLinkSchema.shape,
  produce: publishLinkSchema.shape,
  deliver: consumeLinkSchema.shape,
  timeout: timeoutSchema.shape,
  retry: retrySchema.shape,
  circuitBreaker: circuitBreakerSchema.shape,
  rateLimiter: rateLimiterSchema.shape,
  bulkhead: bulkheadSchema.shape,
  run: runSettingsSchema.shape,
  scenario: scenarioObjectSchema.shape,
} as const;

export type SchemaName = keyof typeof SHAPES;

interface Wrapper {
  description?: string;
  def: { type: string; innerType?: Wrapper; defaultValue?: unknown };
}

function fieldOf(schema: SchemaName, key: string): Wrapper | undefined {
  return (SHAPES[schema] as Record<string, z.ZodType>)[key] as unknown as Wrapper | undefined;
}

/** The schema's description of a field, looking through optional/default wrappers. */
export function help(schema: SchemaName, key: string): string | undefined {
  for (let f = fieldOf(schema, key); f; f = f.def.innerType) if (f.description) return f.description;
  return undefined;
}

/** The value the engine uses when the field is left out. */
export function defaultOf(schema: SchemaName, key: string): unknown {
  for (let f = fieldOf(schema, key); f; f = f.def.innerType) if (f.def.type === 'default') return f.def.defaultValue;
  return undefined;
}
