/**
 * Reading a scenario file someone picked or dropped: size check, JSON, format migration, schema
 * validation. Never throws: every failure comes back as one sentence that says what is wrong and
 * where (a line and column in the text, or the schema path), so the caller can show it and leave
 * the current work alone.
 */
import { migrateScenario, validateScenario, type ValidationIssue } from '@/simulations/index';
import type { ScenarioDoc } from '../scenario-doc/types';
import { findJsonError } from './json-error';

/** The largest scenario file accepted: the same limit as the scenario API's request body. */
export const MAX_SCENARIO_BYTES = 256 * 1024;
/** Schema problems listed in the message; the rest are counted. */
const SHOWN_ISSUES = 3;

export type ReadScenario =
  | {
      ok: true;
      doc: ScenarioDoc;
      /** The format version the file was written in (older ones were migrated). */
      from: number;
      /** Nodes without a canvas position: the caller lays them out. */
      unplaced: number;
      warnings: ValidationIssue[];
    }
  | { ok: false; error: string };

const kb = (bytes: number) => `${Math.ceil(bytes / 1024).toLocaleString('en-US')} KB`;
const tooLarge = (bytes: number) => `the file is ${kb(bytes)}; the largest scenario Interplay opens is ${kb(MAX_SCENARIO_BYTES)}`;

export function readScenarioText(text: string): ReadScenario {
  try {
    const bytes = new TextEncoder().encode(text).length;
    if (bytes > MAX_SCENARIO_BYTES) return { ok: false, error: tooLarge(bytes) };
    const body = text.replace(/^\uFEFF/, '');
    if (body.trim() === '') return { ok: false, error: 'the file is empty' };
    if (body.includes('\u0000')) return { ok: false, error: 'this is a binary file, not a scenario (a .json file exported from Interplay)' };

    let json: unknown;
    try {
      json = JSON.parse(body);
    } catch (e) {
      return { ok: false, error: jsonProblem(body, e) };
    }
    const migrated = migrateScenario(json);
    if (!migrated.ok) return { ok: false, error: migrated.error };
    const valid = validateScenario(migrated.scenario);
    if (!valid.ok) return { ok: false, error: issuesText(valid.errors) };

    // The schema URL is for editors; the download writes the current one again.
    const { $schema: _schema, ...doc } = migrated.scenario as ScenarioDoc;
    const unplaced = doc.nodes.filter((n) => !n.position).length;
    return { ok: true, doc, from: migrated.from, unplaced, warnings: valid.warnings };
  } catch (e) {
    // Nothing above should throw; if it does, the user still gets a message and keeps their work.
    return { ok: false, error: `the file could not be read (${e instanceof Error ? e.message : String(e)})` };
  }
}

/** Checks the size before reading, so a huge file is refused without loading it. */
export async function readScenarioFile(file: Blob): Promise<ReadScenario> {
  if (file.size > MAX_SCENARIO_BYTES) return { ok: false, error: tooLarge(file.size) };
  let text: string;
  try {
    text = await file.text();
  } catch (e) {
    return { ok: false, error: `the browser could not read the file (${e instanceof Error ? e.message : String(e)})` };
  }
  return readScenarioText(text);
}

/** "links[0].to: no node with id "db"; nodes[2].workers: must be ≥ 1 (and 4 more problems)". */
export function issuesText(issues: readonly ValidationIssue[]): string {
  const shown = issues.slice(0, SHOWN_ISSUES).map((i) => `${i.path || '(scenario)'}: ${i.message}`);
  const more = issues.length - shown.length;
  return shown.join('; ') + (more > 0 ? ` (and ${more} more problem${more > 1 ? 's' : ''})` : '');
}

/** Where the JSON breaks, as a line and column people can find in an editor. */
function jsonProblem(text: string, e: unknown): string {
  const at = findJsonError(text);
  if (!at) return `not valid JSON (${e instanceof Error ? e.message : String(e)})`;
  if (at.truncated) return `not valid JSON: the text ends in the middle of a value at line ${at.line} — the file looks cut off`;
  return `not valid JSON at line ${at.line}, column ${at.column}: ${at.message}`;
}
