/**
 * Matching an HTTP request (method + URL path) against the operations a scenario declares: a
 * client's operation mix (`GET /api/users/{id}`) and a service's per-operation service times.
 *
 * The console's addresses: an operation whose path starts with `/api/` is reached at that path
 * (`GET /api/users/{id}` ← `GET /api/users/42`); any other path is reached under `/api`
 * (`POST /v1/payment_intents` ← `POST /api/v1/payment_intents`). The app's own routes under
 * `/api/scenarios` are never a match, whatever a scenario declares.
 */

/** The base every console address starts with. */
export const CONSOLE_BASE = '/api';
/** Real app routes under the console's base: never answered from a simulation. */
export const RESERVED_PREFIXES: readonly string[] = ['/api/scenarios'];

export const HTTP_METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'] as const;

export interface DeclaredOperation {
  /** The operation's name as written in the scenario, e.g. "GET /api/users/{id}". */
  name: string;
  /** Upper-case method, or undefined when the name has none (then any method matches). */
  method?: string;
  /** The path template, e.g. "/api/users/{id}". */
  path: string;
  /** Where the console reaches it, e.g. "/api/users/{id}". */
  address: string;
}

export interface OperationMatch {
  op: DeclaredOperation;
  /** Values of the template's `{name}` segments, e.g. { id: "42" }. */
  params: Record<string, string>;
}

/** "GET /api/users/{id}?x=1" → method GET, path /api/users/{id}; undefined when the name has no path. */
export function parseOperation(name: string): DeclaredOperation | undefined {
  const tokens = name.trim().split(/\s+/);
  const pathToken = tokens.find((t) => t.startsWith('/'));
  if (!pathToken) return undefined;
  const q = pathToken.indexOf('?');
  const path = trimSlash(q < 0 ? pathToken : pathToken.slice(0, q)) || '/';
  const first = tokens[0].toUpperCase();
  const method = (HTTP_METHODS as readonly string[]).includes(first) ? first : undefined;
  const address = path === CONSOLE_BASE || path.startsWith(`${CONSOLE_BASE}/`) ? path : trimSlash(`${CONSOLE_BASE}${path}`);
  return { name, method, path, address };
}

/** True for paths the console must never answer (the app's own API). */
export function isReserved(path: string): boolean {
  return RESERVED_PREFIXES.some((p) => path === p || path.startsWith(`${p}/`));
}

/** The distinct operations of a list of names that the console can reach (reserved addresses left out). */
export function declaredOperations(names: Iterable<string>): DeclaredOperation[] {
  const out: DeclaredOperation[] = [];
  const seen = new Set<string>();
  for (const n of names) {
    const op = parseOperation(n);
    if (!op || isReserved(op.address) || seen.has(op.name)) continue;
    seen.add(op.name);
    out.push(op);
  }
  return out;
}

/**
 * The first operation (in the given order) whose method and address match. Literal segments beat
 * templates: `GET /api/users/me` wins over `GET /api/users/{id}` for `/api/users/me`.
 */
export function matchOperation(ops: readonly DeclaredOperation[], method: string, rawPath: string): OperationMatch | undefined {
  const path = trimSlash(rawPath.split('?')[0]) || '/';
  if (isReserved(path)) return undefined;
  const m = method.toUpperCase();
  const segs = split(path);
  let best: { match: OperationMatch; literals: number } | undefined;
  for (const op of ops) {
    if (op.method !== undefined && op.method !== m) continue;
    const tpl = split(op.address);
    if (tpl.length !== segs.length) continue;
    const params: Record<string, string> = {};
    let literals = 0;
    let ok = true;
    for (let i = 0; i < tpl.length && ok; i++) {
      const name = /^\{(.+)\}$/.exec(tpl[i])?.[1];
      if (name !== undefined) params[name] = safeDecode(segs[i]);
      else if (tpl[i] === segs[i]) literals++;
      else ok = false;
    }
    if (ok && (!best || literals > best.literals)) best = { match: { op, params }, literals };
  }
  return best?.match;
}

/** An example address for a template: `{id}` → 42, other names → 1 (for the console's suggestions). */
export function exampleAddress(op: DeclaredOperation): string {
  return op.address.replace(/\{([^}]+)\}/g, (_, n: string) => (/id$/i.test(n) ? '42' : '1'));
}

function split(path: string): string[] {
  return path.split('/').filter((s) => s.length > 0);
}

function trimSlash(p: string): string {
  return p.length > 1 ? p.replace(/\/+$/, '') : p;
}

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}
