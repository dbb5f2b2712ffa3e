/**
 * Small pure helpers for writing presets' experiments: change one node, link or fault of a copy of
 * a scenario, and read the numbers a claim is about from a report.
 */
import type { Report } from '../run/report';
import type { ScenarioInput } from '../scenario/schema';

type NodeInput = ScenarioInput['nodes'][number];
type LinkInput = NonNullable<ScenarioInput['links']>[number];
type FaultInput = NonNullable<ScenarioInput['faults']>[number];

/** A copy of the scenario with node `id`'s fields merged with `patch`. Throws on an unknown id (a typo in a preset). */
export function withNode(s: ScenarioInput, id: string, patch: Record<string, unknown>): ScenarioInput {
  if (!s.nodes.some((n) => n.id === id)) throw new Error(`preset has no node "${id}"`);
  return { ...s, nodes: s.nodes.map((n) => (n.id === id ? ({ ...n, ...patch } as NodeInput) : n)) };
}

export function withLink(s: ScenarioInput, id: string, patch: Record<string, unknown>): ScenarioInput {
  if (!(s.links ?? []).some((l) => l.id === id)) throw new Error(`preset has no link "${id}"`);
  return { ...s, links: (s.links ?? []).map((l) => (l.id === id ? ({ ...l, ...patch } as LinkInput) : l)) };
}

export function withFault(s: ScenarioInput, fault: FaultInput): ScenarioInput {
  return { ...s, faults: [...(s.faults ?? []), fault] };
}

export function withoutFaults(s: ScenarioInput): ScenarioInput {
  return { ...s, faults: [] };
}

export function withNodes(s: ScenarioInput, nodes: NodeInput[], links: LinkInput[] = []): ScenarioInput {
  return { ...s, nodes: [...s.nodes, ...nodes], links: [...(s.links ?? []), ...links] };
}

/** Share of a client's counted requests that succeeded (0..1). */
export function successRate(r: Report, clientId: string): number {
  const c = r.clients[clientId];
  if (!c) throw new Error(`report has no client "${clientId}"`);
  return c.sent === 0 ? 0 : c.succeeded / c.sent;
}

/** A pattern node's named value from the report (throws if the node or value is missing: a typo in a check). */
export function value(r: Report, nodeId: string, name: string): number {
  const v = r.patterns[nodeId]?.values[name];
  if (v === undefined) throw new Error(`report has no value "${name}" for node "${nodeId}"`);
  return v;
}

/** `undefined` when `ok`, else the message — for the Experiment.check convention. */
export function claim(ok: boolean, seen: string): string | undefined {
  return ok ? undefined : seen;
}

export const pct = (x: number) => `${(x * 100).toFixed(1)} %`;
