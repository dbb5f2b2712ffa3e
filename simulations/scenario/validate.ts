/** Validates untrusted input into a Scenario, with messages that name the path and the problem. */
import type { z } from 'zod';
import { scenarioSchema, SCENARIO_VERSION, type Scenario } from './schema';

export interface ValidationIssue {
  /** e.g. "links[2].retry.maxAttempts" ("" for the document itself) */
  path: string;
  message: string;
}

export type Validation = { ok: true; scenario: Scenario; warnings: ValidationIssue[] } | { ok: false; errors: ValidationIssue[] };

export function formatPath(path: readonly PropertyKey[]): string {
  let s = '';
  for (const p of path) s += typeof p === 'number' ? `[${p}]` : s ? `.${String(p)}` : String(p);
  return s;
}

export function validateScenario(input: unknown): Validation {
  try {
    if (typeof input !== 'object' || input === null || Array.isArray(input)) {
      return { ok: false, errors: [{ path: '', message: 'a scenario must be a JSON object' }] };
    }
    const version = (input as { version?: unknown }).version;
    if (version !== SCENARIO_VERSION) {
      const what = version === undefined ? 'no "version" field' : `version ${JSON.stringify(version)}`;
      return { ok: false, errors: [{ path: 'version', message: `${what}: this build reads scenario version ${SCENARIO_VERSION}` }] };
    }
    const parsed = scenarioSchema.safeParse(input);
    if (!parsed.success) return { ok: false, errors: issuesOf(parsed.error) };
    return { ok: true, scenario: parsed.data, warnings: warningsOf(parsed.data) };
  } catch (e) {
    // zod should never throw on data, but hostile input (getters, huge nesting) must not crash a caller.
    return { ok: false, errors: [{ path: '', message: `could not read the scenario: ${e instanceof Error ? e.message : String(e)}` }] };
  }
}

/** Parses or throws an Error whose message lists every problem (for tests and the CLI). */
export function parseScenario(input: unknown): Scenario {
  const v = validateScenario(input);
  if (!v.ok) throw new Error(v.errors.map((e) => `${e.path || '(scenario)'}: ${e.message}`).join('\n'));
  return v.scenario;
}

function issuesOf(error: z.ZodError): ValidationIssue[] {
  return error.issues.map((i) => ({ path: formatPath(i.path), message: messageOf(i) }));
}

function messageOf(i: z.core.$ZodIssue): string {
  if (i.code === 'unrecognized_keys') {
    const keys = i.keys.map((k) => `"${k}"`).join(', ');
    return `unknown field${i.keys.length > 1 ? 's' : ''} ${keys}: check the spelling (docs/scenario-format.md lists every field)`;
  }
  if (i.code === 'invalid_union' && 'discriminator' in i && i.discriminator) {
    return `unknown ${String(i.discriminator)}${i.message ? ` (${i.message})` : ''}`;
  }
  return i.message;
}

/** Things that run but are probably not what the author meant. */
function warningsOf(s: Scenario): ValidationIssue[] {
  const out: ValidationIssue[] = [];
  s.nodes.forEach((n, i) => {
    if (n.kind === 'client' && !s.links.some((l) => l.from === n.id))
      out.push({ path: `nodes[${i}]`, message: `client "${n.id}" has no outgoing link: its requests fail` });
    if (n.kind === 'queue' && !s.links.some((l) => l.from === n.id && l.kind === 'consume'))
      out.push({ path: `nodes[${i}]`, message: `queue "${n.id}" has no consumer: messages pile up` });
  });
  return out;
}
