/**
 * The operations of the open scenario document that the console can reach, read from the document
 * on the page (the engine reads the same names from the validated scenario: see
 * simulations/run/external-request.ts), so the service worker can decide without asking the engine.
 */
import { declaredOperations, matchOperation, type DeclaredOperation } from '@/simulations/run/operation-match';
import type { ScenarioDoc } from '../scenario-doc/types';

/** The client's operation when its document leaves it out (the schema's default). */
const DEFAULT_OPERATION = 'GET /api/users/{id}';

export function docOperations(doc: ScenarioDoc): DeclaredOperation[] {
  const names: string[] = [];
  for (const n of doc.nodes) if (n.kind === 'client') for (const o of n.operations ?? [{ name: DEFAULT_OPERATION }]) names.push(o.name);
  for (const n of doc.nodes) if (n.kind === 'service') names.push(...Object.keys(n.operations ?? {}));
  return declaredOperations(names);
}

/** Whether the console answers this request (same origin, a declared operation, never an app route). */
export function consoleAnswers(ops: readonly DeclaredOperation[], method: string, url: URL, origin: string): boolean {
  return url.origin === origin && matchOperation(ops, method, url.pathname) !== undefined;
}
