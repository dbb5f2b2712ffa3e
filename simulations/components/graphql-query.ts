/**
 * What a GraphQL query asks for. Client-driven fetching: the client's operation carries its
 * selection set (`query Dashboard { user orders { total } }`), and only the top-level fields named
 * there are resolved. This is not a GraphQL parser: it reads the top-level names of the first
 * selection set, skipping arguments `(…)`, aliases `a: b` and nested selections `{…}`.
 */
import { linkLabel } from './gateway-routes';
import type { Outlet } from './outlet';

const NAME = /[A-Za-z0-9_.-]/;
/** `{ … }` or an operation keyword first: `query Dashboard { … }`, `mutation { … }`. */
const GRAPHQL_DOCUMENT = /^\s*(\{|(query|mutation|subscription)\b)/;

/** The top-level fields of `op`'s selection set, or undefined when it has none (then every field is asked for). */
export function selectedFields(op: string): string[] | undefined {
  // Only a GraphQL document has a selection set: `GET /api/users/{id}` is a REST path template.
  if (!GRAPHQL_DOCUMENT.test(op)) return undefined;
  const open = op.indexOf('{');
  if (open < 0) return undefined;
  const fields: string[] = [];
  let depth = 0;
  let parens = 0;
  let token = '';
  /** The name the top level just added, so a following `:` can take it back as an alias. */
  let last = '';
  const flush = () => {
    if (token && depth === 1 && parens === 0) {
      // A repeated name was not added again, so there is nothing to take back.
      last = fields.includes(token) ? '' : token;
      if (last) fields.push(token);
    }
    token = '';
  };
  for (let i = open; i < op.length; i++) {
    const ch = op[i];
    if (NAME.test(ch)) {
      token += ch;
      continue;
    }
    flush();
    if (ch === '{') depth++;
    else if (ch === '}') depth--;
    else if (ch === '(') parens++;
    else if (ch === ')') parens--;
    // `alias: field` — the name before the colon is the alias, not a field.
    else if (ch === ':' && depth === 1 && parens === 0 && last) {
      fields.pop();
      last = '';
    }
    if (depth === 0) break;
  }
  flush();
  return fields;
}

/** The field a resolver link serves: its label when it is a plain name, else the id of the node it calls. */
export function fieldOf(o: Outlet): string {
  const label = linkLabel(o);
  return label !== undefined && /^[A-Za-z0-9_.-]+$/.test(label) ? label : o.to;
}

/** `"user, orders"` → `['user', 'orders']` (commas or spaces). */
export function fieldList(text: string): string[] {
  return text
    .split(/[\s,]+/)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

export const sameField = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();
