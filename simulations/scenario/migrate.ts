/**
 * Format migrations: a scenario written by an older build (a file, a link, a stored short link)
 * is brought up to SCENARIO_VERSION one version at a time before it is validated. Callers run
 * `migrateScenario` and then `validateScenario` on what it returns.
 *
 * Adding version N+1: write a pure `(docAtN) => docAtN+1` step, register it under N below, bump
 * SCENARIO_VERSION in ./schema, and give the step a test with a real version-N document. Steps
 * never read the version field: the mechanism stamps it after each step.
 */
import { SCENARIO_VERSION } from './schema';

/** A scenario document as plain JSON, before validation. */
export type ScenarioJson = Record<string, unknown>;

/** Turns a document of version N into one of version N + 1. Pure: returns a new object, never changes its input. */
export type Migration = (doc: ScenarioJson) => ScenarioJson;

/** Steps by the version they start from. Empty while version 1 is the only format ever written. */
export const MIGRATIONS: Readonly<Record<number, Migration>> = {};

export type Migrated = { ok: true; scenario: unknown; from: number } | { ok: false; error: string };

export interface MigrateOptions {
  /** The steps to apply (tests inject their own); default MIGRATIONS. */
  migrations?: Readonly<Record<number, Migration>>;
  /** The version to reach; default SCENARIO_VERSION. */
  current?: number;
}

function isObject(v: unknown): v is ScenarioJson {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** The oldest version the table can start from and still reach `current`. */
function oldestReadable(migrations: Readonly<Record<number, Migration>>, current: number): number {
  let v = current;
  while (migrations[v - 1]) v--;
  return v;
}

export function migrateScenario(input: unknown, options: MigrateOptions = {}): Migrated {
  const migrations = options.migrations ?? MIGRATIONS;
  const current = options.current ?? SCENARIO_VERSION;
  if (!isObject(input)) return { ok: false, error: 'a scenario must be a JSON object ({ "version": …, "nodes": […] })' };
  if (!('version' in input)) return { ok: false, error: `version: missing — a scenario says which format version it is written in (this build reads up to ${current})` };
  const from = input.version;
  if (typeof from !== 'number' || !Number.isInteger(from)) return { ok: false, error: `version: must be a whole number, not ${short(from)}` };
  if (from > current) return { ok: false, error: `version: this scenario is format version ${from}; this build reads up to ${current} — update Interplay to open it` };
  const oldest = oldestReadable(migrations, current);
  if (from < oldest) return { ok: false, error: `version: format version ${from} is not one Interplay ever wrote; this build reads ${oldest === current ? `version ${current}` : `versions ${oldest} to ${current}`}` };
  if (from === current) return { ok: true, scenario: input, from };

  // A copy, so that even a step that forgets to be pure cannot change the caller's object.
  let doc: ScenarioJson = structuredClone(input);
  for (let v = from; v < current; v++) {
    try {
      const next = migrations[v](doc);
      if (!isObject(next)) return { ok: false, error: `version: the migration from version ${v} to ${v + 1} did not produce a scenario` };
      doc = { ...next, version: v + 1 };
    } catch (e) {
      return { ok: false, error: `version: could not migrate from version ${v} to ${v + 1}: ${e instanceof Error ? e.message : String(e)}` };
    }
  }
  return { ok: true, scenario: doc, from };
}

function short(v: unknown): string {
  const s = JSON.stringify(v) ?? String(v);
  return s.length > 40 ? `${s.slice(0, 40)}…` : s;
}
