/** JSON Schema of the scenario format, generated from the zod schema so the two cannot drift. */
import { z } from 'zod';
import { scenarioObjectSchema } from './schema';

export const SCENARIO_SCHEMA_URL = '/scenario.schema.json';

let cached: Record<string, unknown> | undefined;

export function scenarioJsonSchema(): Record<string, unknown> {
  // `io: 'input'` describes what authors write: fields with defaults are optional.
  cached ??= {
    ...z.toJSONSchema(scenarioObjectSchema, { io: 'input', unrepresentable: 'any' }),
    $id: SCENARIO_SCHEMA_URL,
    title: 'Interplay scenario',
    description: 'A topology of clients, services, queues and topics joined by links, with faults and run settings. Times in ms, rates per second.',
  };
  return cached;
}
