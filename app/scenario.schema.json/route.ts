import { scenarioJsonSchema } from '@/simulations/scenario/json-schema';

// Generated from the zod schema at build time, so editors autocomplete exactly what the engine accepts.
export const dynamic = 'force-static';

export function GET(): Response {
  return Response.json(scenarioJsonSchema(), { headers: { 'Cache-Control': 'public, max-age=3600' } });
}
