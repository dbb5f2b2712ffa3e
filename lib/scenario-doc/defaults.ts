/** What a node or link looks like when it is first placed: sensible, runnable, easy to tune. */
import { NODE_KINDS, type LinkKind, type NodeKind } from '@/simulations/index';
import type { DocLink, DocNode, ScenarioDoc, XY } from './types';

export function newNode(kind: NodeKind, id: string, position: XY, label?: string): DocNode {
  const base = { id, label: label ?? defaultLabel(kind, id), position: { x: Math.round(position.x), y: Math.round(position.y) } };
  switch (kind) {
    case 'client':
      return {
        ...base,
        kind,
        traffic: { type: 'poisson', ratePerSec: 50 },
        operations: [
          { name: 'GET /api/users/{id}', weight: 3 },
          { name: 'POST /api/users', weight: 1 },
        ],
      };
    case 'service':
      return { ...base, kind, workers: 4, queueCapacity: 100, serviceTime: { type: 'lognormal', p50: 20, p99: 120 } };
    case 'queue':
      return { ...base, kind, maxReceives: 5, visibilityTimeoutMs: 30_000 };
    case 'topic':
      return { ...base, kind };
    default:
      // Pattern kinds start from their schema's defaults, which are chosen to run as placed.
      return { ...base, kind } as DocNode;
  }
}

export function newLink(kind: LinkKind, id: string, from: string, to: string): DocLink {
  switch (kind) {
    case 'rest':
      return { id, kind, from, to, latency: { type: 'lognormal', p50: 2, p99: 10 }, timeout: { timeoutMs: 1000 } };
    case 'publish':
      return { id, kind, from, to, eventType: 'user.registered', aggregateType: 'user' };
    case 'enqueue':
      return { id, kind, from, to, eventType: 'job.requested', aggregateType: 'job' };
    case 'subscribe':
    case 'consume':
      return { id, kind, from, to, concurrency: 2 };
  }
}

function defaultLabel(kind: NodeKind, id: string): string {
  const n = id.match(/-(\d+)$/)?.[1];
  const title = NODE_KINDS[kind].title;
  return n && n !== '1' ? `${title} ${n}` : title;
}

/** The document a first visit starts with: a small chain that already runs. */
export function starterDoc(): ScenarioDoc {
  return {
    version: 1,
    name: 'My scenario',
    seed: 1,
    run: { durationMs: 120_000, warmupMs: 0, windowMs: 1000 },
    nodes: [
      newNode('client', 'web', { x: 0, y: 120 }, 'Web app'),
      newNode('service', 'users-api', { x: 340, y: 120 }, 'Users API'),
      { id: 'users-db', kind: 'service', label: 'Users DB', position: { x: 680, y: 120 }, workers: 8, queueCapacity: 200, serviceTime: { type: 'lognormal', p50: 5, p99: 40 } },
    ],
    links: [newLink('rest', 'web-users-api', 'web', 'users-api'), newLink('rest', 'users-api-users-db', 'users-api', 'users-db')],
    faults: [],
  };
}

export function emptyDoc(): ScenarioDoc {
  return { version: 1, name: 'Untitled scenario', seed: 1, run: { durationMs: 120_000, warmupMs: 0, windowMs: 1000 }, nodes: [], links: [], faults: [] };
}
