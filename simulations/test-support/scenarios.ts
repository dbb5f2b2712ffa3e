/**
 * Builders for scenario documents in tests: short, readable topologies that go through the same
 * parseScenario() a user's file goes through, so defaults and rules apply as they would in the app.
 */
import type { Distribution } from '../core/distributions';
import { createRun, type Run, type RunOptions } from '../run/run';
import type { Report } from '../run/report';
import type { Scenario, ScenarioInput } from '../scenario/schema';
import { parseScenario } from '../scenario/validate';

type NodeInput = ScenarioInput['nodes'][number];
type LinkInput = NonNullable<ScenarioInput['links']>[number];
type FaultInput = NonNullable<ScenarioInput['faults']>[number];
type Extra<K extends string, T extends { kind: string }> = Omit<Partial<Extract<T, { kind: K }>>, 'kind'>;

export const constant = (value: number): Distribution => ({ type: 'constant', value });
export const exponential = (mean: number): Distribution => ({ type: 'exponential', mean });
/** No network delay: keeps latencies exact in tests that compute them by hand. */
export const NO_LATENCY = constant(0);

export const constantTraffic = (ratePerSec: number) => ({ type: 'constant' as const, ratePerSec });
export const poissonTraffic = (ratePerSec: number) => ({ type: 'poisson' as const, ratePerSec });

export function client(id: string, traffic: Extract<NodeInput, { kind: 'client' }>['traffic'], extra: Extra<'client', NodeInput> = {}): NodeInput {
  return { id, kind: 'client', traffic, ...extra };
}
export function service(id: string, extra: Extra<'service', NodeInput> = {}): NodeInput {
  return { id, kind: 'service', ...extra };
}
export function queue(id: string, extra: Extra<'queue', NodeInput> = {}): NodeInput {
  return { id, kind: 'queue', ...extra };
}
export function topic(id: string, extra: Extra<'topic', NodeInput> = {}): NodeInput {
  return { id, kind: 'topic', ...extra };
}

function link<K extends LinkInput['kind']>(kind: K, from: string, to: string, extra: Extra<K, LinkInput>): LinkInput {
  return { id: `${from}-${kind}-${to}`, kind, from, to, latency: NO_LATENCY, ...extra } as LinkInput;
}
/** Link ids are `${from}-${kind}-${to}` unless `extra.id` says otherwise; latency is 0 unless given. */
export const rest = (from: string, to: string, extra: Extra<'rest', LinkInput> = {}) => link('rest', from, to, extra);
export const publish = (from: string, to: string, extra: Extra<'publish', LinkInput> = {}) => link('publish', from, to, extra);
export const enqueue = (from: string, to: string, extra: Extra<'enqueue', LinkInput> = {}) => link('enqueue', from, to, extra);
export const consume = (from: string, to: string, extra: Extra<'consume', LinkInput> = {}) => link('consume', from, to, extra);
export const subscribe = (from: string, to: string, extra: Extra<'subscribe', LinkInput> = {}) => link('subscribe', from, to, extra);

export interface Topology {
  nodes: NodeInput[];
  links?: LinkInput[];
  faults?: FaultInput[];
  durationMs?: number;
  warmupMs?: number;
  windowMs?: number;
  seed?: number;
  name?: string;
}

/** A version-1 scenario document (not yet parsed). */
export function scenarioInput(t: Topology): ScenarioInput {
  return {
    version: 1,
    name: t.name ?? 'test',
    seed: t.seed ?? 1,
    run: { durationMs: t.durationMs ?? 10_000, warmupMs: t.warmupMs ?? 0, windowMs: t.windowMs ?? 1000 },
    nodes: t.nodes,
    links: t.links ?? [],
    faults: t.faults ?? [],
  };
}

/** The topology parsed as a user's file would be (throws with every problem listed). */
export const build = (t: Topology): Scenario => parseScenario(scenarioInput(t));

/** Runs the topology to its end. */
export function simulate(t: Topology, opts?: RunOptions): Report {
  const run = createRun(build(t), opts);
  run.finish();
  return run.report();
}

/** A started run of the topology, for tests that step it or read snapshots. */
export const start = (t: Topology, opts?: RunOptions): Run => createRun(build(t), opts);

/** Column `name` of a time series, one value per closed window. */
export function column(run: Run, key: string, name: string): { t: number[]; v: number[] } {
  const s = run.probes.get(key)!.series.since(0);
  const c = s.columns.indexOf(name);
  if (c < 0) throw new Error(`series ${key} has no column ${name} (has ${s.columns.join(', ')})`);
  return { t: s.t, v: s.rows.map((r) => r[c]) };
}

/** Binomial tolerance: k standard deviations of a proportion p over n trials. */
export const binomialSd = (p: number, n: number): number => Math.sqrt((p * (1 - p)) / n);
