/**
 * Interplay's simulation engine — the public API shared by the browser worker, the CLI and tests.
 *
 * @example
 * const v = validateScenario(json);
 * if (!v.ok) console.error(v.errors);          // [{ path: 'links[0].to', message: 'no node with id "db"' }]
 * else {
 *   const run = createRun(v.scenario, { seed: 7 });
 *   run.advanceBy(1000);                         // one simulated second
 *   const snap = run.snapshot();                 // live gauges + series windows for a UI
 *   run.finish();
 *   const report = run.report();                 // same scenario + seed ⇒ same report
 * }
 */
export { validateScenario, parseScenario, formatPath, type Validation, type ValidationIssue } from './scenario/validate';
export { scenarioSchema, SCENARIO_VERSION, type Scenario, type ScenarioInput, type ScenarioNode, type ScenarioLink } from './scenario/schema';
export { scenarioJsonSchema } from './scenario/json-schema';
export { migrateScenario, MIGRATIONS, type Migrated, type Migration } from './scenario/migrate';
export { createRun, runScenario, Run, type RunOptions } from './run/run';
export { withPerf, type Report } from './run/report';
export type { Snapshot, SnapshotCursor, NodeGauge, LinkGauge, ClientGauge } from './run/snapshot';
export type { Trace, TraceSummary, Span, SpanKind } from './trace/types';
export { spanRows, formatTrace, type SpanRow } from './trace/tree';
export { NODE_KINDS, type NodeKind } from './components/registry';
export { LINK_KINDS, type LinkKind } from './links/registry';
export type { DomainEvent, Outcome, FailureKind } from './core/types';
export type { Summary } from './metrics/histogram';
export type { Distribution } from './core/distributions';
export { describeDistribution, distributionMean } from './core/distributions';
export { IncidentLog, INCIDENT_KINDS, type Incident, type IncidentKind } from './events/incidents';
export { watchConditionSchema, matchIncident, matchLag, describeCondition, type WatchCondition } from './watch/condition';
