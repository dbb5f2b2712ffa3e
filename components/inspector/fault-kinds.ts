/** Which faults fit which target, their defaults, and how to say them in a sentence. */
import type { DocFault, ScenarioDoc } from '@/lib/scenario-doc/types';
import { NODE_KINDS, type NodeKind } from '@/simulations/index';
import { formatDuration, formatReadable } from './quantity';

/** Schedule times read in seconds: "at 0 s for 60 s". */
export const seconds = (ms: number) => `${formatReadable(ms / 1000)} s`;

export type FaultKind = DocFault['kind'];
export type TargetType = 'service' | 'link';

export const FAULT_LABEL: Record<FaultKind, string> = {
  outage: 'Outage',
  errorBurst: 'Error burst',
  latencySpike: 'Latency spike',
  partition: 'Partition',
  failFirst: 'Fail first N',
};

export const FAULT_EXPLAIN: Record<FaultKind, string> = {
  outage: 'Down: a service answers every request with an error at once; a link refuses connections.',
  errorBurst: "The service's error rate rises to the given share.",
  latencySpike: 'Work (service) or network delay (link) grows by the extra time.',
  partition: 'The link loses requests: callers wait for their timeout; events wait in the outbox.',
  failFirst: 'The next N requests reaching the service fail, then it recovers.',
};

export function kindsFor(t: TargetType): FaultKind[] {
  return t === 'service' ? ['outage', 'errorBurst', 'latencySpike', 'failFirst'] : ['outage', 'latencySpike', 'partition'];
}

/** Services, faultable pattern kinds and links can carry faults (the engine injects into those). */
export function targetType(doc: ScenarioDoc, id: string): TargetType | undefined {
  if (doc.nodes.some((n) => n.id === id && NODE_KINDS[n.kind as NodeKind]?.faultable)) return 'service';
  if ((doc.links ?? []).some((l) => l.id === id)) return 'link';
  return undefined;
}

export const FAULT_DEFAULTS = { errorRate: 0.5, extraMs: 500, count: 10 };

export function makeFault(kind: FaultKind, target: string, atMs: number, durationMs: number, p: Partial<typeof FAULT_DEFAULTS> = {}): DocFault {
  const o = { ...FAULT_DEFAULTS, ...p };
  switch (kind) {
    case 'outage':
    case 'partition':
      return { kind, target, atMs, durationMs };
    case 'errorBurst':
      return { kind, target, atMs, durationMs, errorRate: o.errorRate };
    case 'latencySpike':
      return { kind, target, atMs, durationMs, extraMs: o.extraMs };
    case 'failFirst':
      return { kind, target, atMs, count: o.count };
  }
}

/** Another kind at the same time and place; the note stays. */
export function changeKind(f: DocFault, kind: FaultKind): DocFault {
  if (f.kind === kind) return f;
  const duration = 'durationMs' in f && f.durationMs !== undefined ? f.durationMs : 10_000;
  const next = makeFault(kind, f.target, f.atMs ?? 0, duration);
  return f.note ? { ...next, note: f.note } : next;
}

/** "Outage of users-db at 10 s for 5 s". */
export function describeFault(f: DocFault): string {
  const at = `at ${seconds(f.atMs ?? 0)}`;
  switch (f.kind) {
    case 'failFirst':
      return `The first ${formatReadable(f.count)} requests to ${f.target} fail, from ${seconds(f.atMs ?? 0)}`;
    case 'errorBurst':
      return `${FAULT_LABEL[f.kind]} (${formatReadable(f.errorRate * 100)} % errors) on ${f.target} ${at} for ${seconds(f.durationMs)}`;
    case 'latencySpike':
      return `${FAULT_LABEL[f.kind]} (+${formatDuration(f.extraMs)}) on ${f.target} ${at} for ${seconds(f.durationMs)}`;
    default:
      return `${FAULT_LABEL[f.kind]} of ${f.target} ${at} for ${seconds(f.durationMs)}`;
  }
}
