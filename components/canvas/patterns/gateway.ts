/** API gateway on the canvas: what it checks in the summary; 401 / 429 / 404 counts as badges. */
import type { DocNode } from '@/lib/scenario-doc/types';
import { formatPercent } from '@/components/run/format';
import type { PatternUi } from './registry';

type GatewayDoc = Extract<DocNode, { kind: 'gateway' }>;

export const gatewayUi: PatternUi = {
  summary(node) {
    const g = node as GatewayDoc;
    const parts = [`${formatPercent(g.badCredentialsShare ?? 0)} bad creds`];
    for (const [client, l] of Object.entries(g.clientLimits ?? {})) parts.push(`${client} ≤ ${l.refillPerSec}/s`);
    if (g.rateLimitPerSec !== undefined) parts.push(`others ≤ ${g.rateLimitPerSec}/s`);
    return parts.join(' · ');
  },
  badges: [
    { metric: 'unauthorized', label: '401 unauthorized', warnAbove: 0 },
    { metric: 'rateLimited', label: '429 rate-limited', warnAbove: 0 },
    { metric: 'unrouted', label: '404 no route', warnAbove: 0 },
  ],
};
