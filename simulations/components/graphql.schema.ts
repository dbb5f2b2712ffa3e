/**
 * The graphql kind: its parameters (zod schema) and palette info, without its behaviour,
 * so the page (palette, inspector, validation) can import it without bundling the engine. Behaviour: ./graphql.ts.
 */
import { z } from 'zod';
import { nodeBase, positiveCountSchema, probabilitySchema } from '../scenario/common';
import { distributionSchema } from '../scenario/distribution-schema';
import type { NodeKindInfo } from './registry';

export const graphqlSchema = z
  .strictObject({
    ...nodeBase,
    kind: z.literal('graphql'),
    parseTime: distributionSchema.default({ type: 'lognormal', p50: 2, p99: 8 }).describe('Its own work per query before any resolver runs: parse, validate, plan (ms)'),
    requiredFields: z
      .string()
      .max(500, 'requiredFields must be at most 500 characters')
      .default('')
      .describe('Non-null fields, separated by commas (e.g. "user"): if one fails, the whole query fails. Any other failed field comes back null with an error entry: partial data'),
    errorRate: probabilitySchema.default(0).describe('Share of queries the endpoint itself fails (its own bugs)'),
    maxInFlight: positiveCountSchema(1_000_000).optional().describe('Queries being resolved at once; beyond it new ones are rejected. Omit for no limit'),
  })
  .describe('GraphQL endpoint: resolves the fields a query selects in parallel, one REST link per field (named by its label, else the id of the node it calls); a failed nullable field gives partial data');
export type GraphqlParams = z.infer<typeof graphqlSchema>;

export const graphqlInfo: NodeKindInfo = {
  title: 'GraphQL endpoint',
  category: 'edge',
  summary: 'One endpoint over several data sources: resolvers run in parallel; a failed field gives partial data.',
  callable: true,
  broker: false,
  caller: true,
  faultable: true,
  accent: '#CC79A7',
};
