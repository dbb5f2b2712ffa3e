/**
 * The one gate every scenario arriving from outside passes (a link, a short link, a preset): migrated from an older
 * format, then validated by the engine's own schema. What comes out is the document as the editor holds it;
 * what is refused says what is wrong and where, in the engine's words.
 */
import { validateScenario, type ValidationIssue } from '@/simulations/index';
import { migrateScenario } from '@/simulations/scenario/migrate';
import type { ScenarioDoc } from '../scenario-doc/types';

export type Checked = { ok: true; doc: ScenarioDoc; migratedFrom?: number } | { ok: false; error: string };

/** How many problems a message lists before it says "and N more". */
const LISTED = 3;

export function checkScenario(json: unknown): Checked {
  const migrated = migrateScenario(json);
  if (!migrated.ok) return { ok: false, error: migrated.error };
  const v = validateScenario(migrated.scenario);
  if (!v.ok) return { ok: false, error: describeIssues(v.errors) };
  // The input form (no defaults filled in), as autosave keeps it: what the author wrote stays what they see.
  const doc = migrated.scenario as ScenarioDoc;
  return doc.version === migrated.from ? { ok: true, doc } : { ok: true, doc, migratedFrom: migrated.from };
}

/** `links[0].to: no node with id "db"; nodes[1].workers: … (and 2 more problems)` */
export function describeIssues(issues: readonly ValidationIssue[]): string {
  const listed = issues.slice(0, LISTED).map((i) => `${i.path || '(scenario)'}: ${i.message}`);
  const rest = issues.length - listed.length;
  return listed.join('; ') + (rest > 0 ? ` (and ${rest} more problem${rest > 1 ? 's' : ''})` : '');
}
