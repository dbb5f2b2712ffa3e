/** Which links may join two nodes, and if none, a reason a person understands. */
import { LINK_KINDS, type LinkKind, type NodeKind } from '@/simulations/index';
import type { ScenarioDoc } from './types';

/** Ways to join two services that go through a new broker in the middle. */
export type ViaBroker = 'via-queue' | 'via-topic';
export type ConnectOption = LinkKind | ViaBroker;

/** `note` says why an otherwise fitting kind was left out (e.g. a REST call that would close a cycle). */
export type ConnectCheck = { ok: true; options: ConnectOption[]; note?: string } | { ok: false; reason: string };

export function connectOptions(doc: ScenarioDoc, fromId: string, toId: string): ConnectCheck {
  const from = doc.nodes.find((n) => n.id === fromId);
  const to = doc.nodes.find((n) => n.id === toId);
  if (!from || !to) return { ok: false, reason: 'pick two nodes' };
  if (fromId === toId) return { ok: false, reason: 'a node cannot call itself' };
  const kinds = (Object.keys(LINK_KINDS) as LinkKind[]).filter(
    (k) => (LINK_KINDS[k].from as readonly NodeKind[]).includes(from.kind) && (LINK_KINDS[k].to as readonly NodeKind[]).includes(to.kind),
  );
  const existing = (doc.links ?? []).filter((l) => l.from === fromId && l.to === toId).map((l) => l.kind as LinkKind);
  const fresh = kinds.filter((k) => !existing.includes(k));
  if (kinds.length === 0) return { ok: false, reason: refusal(from.kind, to.kind) };
  if (fresh.length === 0) return { ok: false, reason: `${from.label ?? from.id} is already connected to ${to.label ?? to.id}` };
  let options: ConnectOption[] = fresh;
  let cycle: string[] | undefined;
  if (fresh.includes('rest')) {
    cycle = syncPath(doc, toId, fromId);
    if (cycle) options = options.filter((k) => k !== 'rest');
  }
  // Two services can always be decoupled by a broker in the middle.
  if (to.kind === 'service' && (from.kind === 'service' || from.kind === 'client')) options = [...options, 'via-queue', 'via-topic'];
  const cycleReason = cycle && `a REST call would close a cycle of synchronous calls: ${[fromId, ...cycle].join(' → ')}`;
  if (options.length === 0) return { ok: false, reason: cycleReason ?? 'no link fits' };
  if (cycleReason) return { ok: true, options, note: cycleReason };
  return { ok: true, options };
}

function refusal(from: NodeKind, to: NodeKind): string {
  if (to === 'topic') return from === 'queue' || from === 'topic' ? 'brokers do not feed each other directly: put a service in between' : 'a topic is published to, not called: only a client or service can publish';
  if (to === 'queue') return from === 'queue' || from === 'topic' ? 'brokers do not feed each other directly: put a service in between' : 'only a client or service can send to a queue';
  if (to === 'client') return 'a client only sends: nothing calls into it';
  if (from === 'client' && to === 'service') return 'no link fits';
  return `a ${from} cannot connect to a ${to}`;
}

/** A path of REST links from `start` to `goal` inclusive, if one exists (adding goal → start would close a cycle). */
function syncPath(doc: ScenarioDoc, start: string, goal: string): string[] | undefined {
  const out = new Map<string, string[]>();
  for (const l of doc.links ?? []) if (LINK_KINDS[l.kind as LinkKind].sync) out.set(l.from, [...(out.get(l.from) ?? []), l.to]);
  const seen = new Set<string>();
  const walk = (id: string, path: string[]): string[] | undefined => {
    if (id === goal) return [...path, id];
    if (seen.has(id)) return undefined;
    seen.add(id);
    for (const next of out.get(id) ?? []) {
      const found = walk(next, [...path, id]);
      if (found) return found;
    }
    return undefined;
  };
  return walk(start, []);
}
