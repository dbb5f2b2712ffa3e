/** Third-party API on the canvas: its latency and quota in the summary; 429s, failures and quota left as badges. */
import type { DocNode } from '@/lib/scenario-doc/types';
import { describeDistribution, type Distribution } from '@/simulations/index';
import type { PatternUi } from './registry';

type ExternalApiDoc = Extract<DocNode, { kind: 'externalApi' }>;

export const externalApiUi: PatternUi = {
  summary(node) {
    const e = node as ExternalApiDoc;
    const d = (e.latency ?? { type: 'lognormal', p50: 120, p99: 900 }) as Distribution;
    // A lognormal reads best by its median; anything else by the engine's own short label.
    const latency = d.type === 'lognormal' ? `${d.p50} ms median` : describeDistribution(d);
    return `${latency} · ${e.quotaPerSec === undefined ? 'no quota' : `quota ${e.quotaPerSec}/s`}`;
  },
  badges: [
    { metric: 'rateLimited', label: '429 over quota', warnAbove: 0 },
    { metric: 'errors', label: 'failed', warnAbove: 0 },
    { metric: 'quotaLeft', label: 'quota left' },
  ],
};
