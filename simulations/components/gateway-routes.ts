/**
 * Routing of an API gateway: each REST link leaving it serves a path prefix — the link's label when
 * it is a path (`/api/users`), else `/api/<id of the node it calls>` — so the route table is drawn
 * on the canvas rather than kept in a list beside it. The longest matching prefix wins; several links
 * with the same prefix share its traffic by their weights (instances behind one route).
 */
import type { Rng } from '../core/rng';
import { RestLink } from '../links/rest';
import type { Outlet } from './outlet';

/** The label a user gave the link, trimmed; undefined for unlabelled or non-REST outlets. */
export function linkLabel(o: Outlet): string | undefined {
  const label = o instanceof RestLink ? o.params.label?.trim() : undefined;
  return label ? label : undefined;
}

/** The path prefix a link with this label, calling node `to`, serves (see the file comment); '' serves every path. */
export function prefixFor(label: string | undefined, to: string): string {
  const l = label?.trim();
  return l?.startsWith('/') ? trimSlash(l) : `/api/${to}`;
}

export function routePrefix(o: Outlet): string {
  return prefixFor(linkLabel(o), o.to);
}

/** The path of an operation: `GET /api/users/{id}?x=1` → `/api/users/{id}`; an operation without one is its own path. */
export function pathOf(op: string): string {
  const token = op.split(/\s+/).find((t) => t.startsWith('/')) ?? op.trim();
  const q = token.indexOf('?');
  return q < 0 ? token : token.slice(0, q);
}

/** `/api/users` serves `/api/users` and `/api/users/…`, not `/api/usersettings`; `/` serves everything. */
export function servesPath(prefix: string, path: string): boolean {
  return prefix === '' || path === prefix || path.startsWith(`${prefix}/`);
}

function trimSlash(p: string): string {
  return p.endsWith('/') ? p.replace(/\/+$/, '') : p;
}

interface Route {
  prefix: string;
  outlets: Outlet[];
  totalWeight: number;
}

export class RouteTable {
  private readonly routes: Route[] = [];
  /** Operation → its route (or null: unrouted); clients use a handful of operations. */
  private readonly byOp = new Map<string, Route | null>();

  constructor(
    outlets: readonly Outlet[],
    private readonly pick: Rng,
  ) {
    for (const o of outlets) {
      const prefix = routePrefix(o);
      let r = this.routes.find((x) => x.prefix === prefix);
      if (!r) this.routes.push((r = { prefix, outlets: [], totalWeight: 0 }));
      r.outlets.push(o);
      r.totalWeight += o.weight;
    }
    // Longest prefix first, so `/api/users/admin` beats `/api/users`.
    this.routes.sort((a, b) => b.prefix.length - a.prefix.length);
  }

  get prefixes(): string[] {
    return this.routes.map((r) => r.prefix || '/');
  }

  /** The outlet that serves `op`, or undefined when no route matches (a 404). */
  resolve(op: string): Outlet | undefined {
    let r = this.byOp.get(op);
    if (r === undefined) {
      const path = pathOf(op);
      r = this.routes.find((x) => servesPath(x.prefix, path)) ?? null;
      this.byOp.set(op, r);
    }
    if (r === null) return undefined;
    if (r.outlets.length === 1) return r.outlets[0];
    let x = this.pick.next() * r.totalWeight;
    for (const o of r.outlets) if ((x -= o.weight) < 0) return o;
    return r.outlets[r.outlets.length - 1];
  }
}
