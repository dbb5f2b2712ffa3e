/** GraphQL endpoint on the canvas: its required fields in the summary; partial answers and failures as badges. */
import type { DocNode } from '@/lib/scenario-doc/types';
import { formatPercent } from '@/components/run/format';
import type { PatternUi } from './registry';

type GraphqlDoc = Extract<DocNode, { kind: 'graphql' }>;

export const graphqlUi: PatternUi = {
  summary(node) {
    const g = node as GraphqlDoc;
    const required = (g.requiredFields ?? '').trim();
    return required ? `required: ${required}` : 'every field nullable';
  },
  badges: [
    // Partial answers are successes with a gap; shown as a share so it reads the same at any traffic.
    { metric: 'partialShare', label: 'partial', warnAbove: 0, format: formatPercent },
    { metric: 'failed', label: 'failed', warnAbove: 0 },
    { metric: 'resolverCallsPerQuery', label: 'fields/query', format: (v) => v.toFixed(1) },
  ],
};
