/** The one line under a node's label: the parameters that matter most, in engineers' words. */
import type { Distribution } from '@/simulations/index';
import type { DocNode } from '@/lib/scenario-doc/types';
import { patternSummary } from '@/components/canvas/patterns/registry';

const num = (x: number) => String(Number(x.toPrecision(3)));

/** "p50 20 ms", "mean 10 ms", "5 ms" — the shape of the distribution matters less than its size here. */
export function shortDistribution(d: Distribution): string {
  switch (d.type) {
    case 'constant':
      return `${num(d.value)} ms`;
    case 'uniform':
      return `${num(d.min)}–${num(d.max)} ms`;
    case 'lognormal':
      return `p50 ${num(d.p50)} ms`;
    default:
      return `mean ${num(d.mean)} ms`;
  }
}

type Traffic = Extract<DocNode, { kind: 'client' }>['traffic'];

function trafficText(t: Traffic): string {
  switch (t.type) {
    case 'constant':
      return `Constant ${num(t.ratePerSec)}/s`;
    case 'poisson':
      return `Poisson ${num(t.ratePerSec)}/s`;
    case 'bursts':
      return `Bursts ${num(t.ratePerSec)}/s`;
    case 'ramp':
      return `Ramp ${num(t.fromRatePerSec)}→${num(t.toRatePerSec)}/s`;
    case 'closed':
      return `${t.users} user${t.users === 1 ? '' : 's'} · think ${shortDistribution(t.thinkTime)}`;
  }
}

/** `subscribers` counts a topic's subscriptions (it lives on links, not on the node). */
export function nodeSummary(node: DocNode, subscribers = 0): string {
  switch (node.kind) {
    case 'client':
      return trafficText(node.traffic);
    case 'service': {
      const workers = node.workers ?? 1;
      const parts = [`${workers} worker${workers === 1 ? '' : 's'}`, shortDistribution(node.serviceTime ?? { type: 'exponential', mean: 10 })];
      if ((node.errorRate ?? 0) > 0) parts.push(`${num((node.errorRate ?? 0) * 100)}% errors`);
      return parts.join(' · ');
    }
    case 'queue': {
      const receives = node.maxReceives ?? 5;
      const parts = [receives === 0 ? 'never dead-letters' : `max ${receives} receive${receives === 1 ? '' : 's'}`];
      if (node.capacity !== undefined) parts.push(`holds ${num(node.capacity)}`);
      if (node.deadLetterQueue) parts.push(`DLQ ${node.deadLetterQueue}`);
      return parts.join(' · ');
    }
    case 'topic':
      return subscribers === 0 ? 'fan-out · no subscribers yet' : `fan-out to ${subscribers} subscriber${subscribers === 1 ? '' : 's'}`;
    default:
      return patternSummary(node);
  }
}
