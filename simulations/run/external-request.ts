/**
 * One request from outside the simulation (the request console): `GET /api/users/42` is matched to
 * a declared operation, started at the current simulated time from the node the scenario's own
 * traffic starts it from (the client that declares the operation, through one of its links), and
 * answered when the simulation reaches its end — with an HTTP-like status, the simulated latency, a
 * small JSON body and its trace (console requests are always traced).
 *
 * It leaves the scenario's randomness alone: the entity key and the link choice come from streams of
 * its own (`console/keys`, `console/route`), its id comes from a separate range (so the ids, and so
 * the trace sampling, of the scenario's own requests do not move), and it is not `counted`, so the
 * report's per-client sums stay as they were. What it does change is what any request changes: it
 * takes a worker, a token or a breaker slot, and draws its work time from the service it visits.
 */
import { createStream, type Rng } from '../core/rng';
import type { Outcome, Replier, Request, SyncCallee } from '../core/types';
import type { Outlet } from '../components/outlet';
import { Recording } from '../trace/recording';
import type { Trace } from '../trace/types';
import { bodyOf, copy, publishedEvents, statusOf, visited } from './external-answer';
import { declaredOperations, matchOperation, type DeclaredOperation, type OperationMatch } from './operation-match';
import type { Run } from './run';

/** Console request ids start here, far above any id a run's own traffic reaches. */
export const EXTERNAL_ID_BASE = 1_000_000_000;

export interface ExternalRequestInput {
  method: string;
  /** The URL path, e.g. "/api/users/42" (a query string is ignored). */
  path: string;
  body?: unknown;
}

export type ExternalOutcome = Outcome | 'unmatched' | 'unfinished';

export interface ExternalResult {
  /** The request id, also its trace id. */
  id: number;
  method: string;
  path: string;
  /** The operation it matched, e.g. "GET /api/users/{id}". */
  op?: string;
  params: Record<string, string>;
  outcome: ExternalOutcome;
  degraded: boolean;
  /** HTTP status: 200/201 ok, 500 error, 503 rejected or breaker open, 429 rate-limited, 504 timeout or unfinished, 404 no such operation. */
  status: number;
  startedAtMs: number;
  endedAtMs?: number;
  /** Simulated ms from start to answer. */
  latencyMs?: number;
  /** The node it started from (a client, or the service that declares the operation). */
  entry?: string;
  body: Record<string, unknown>;
  trace?: Trace;
  /** Nodes and links its trace visited, for lighting them up on the canvas. */
  nodes: string[];
  links: string[];
}

interface Pending {
  req: Request;
  match: OperationMatch;
  entry: string;
  rec: Recording;
  input: ExternalRequestInput;
}

/** Per-run bookkeeping, kept beside the run (the run itself knows nothing of the console). */
class Desk {
  seq = 0;
  readonly keys: Rng;
  readonly route: Rng;
  readonly pending = new Map<number, Pending>();
  readonly finished = new Map<number, ExternalResult>();
  readonly listeners = new Map<number, ((r: ExternalResult) => void)[]>();

  constructor(seed: number) {
    this.keys = createStream(seed, 'console/keys');
    this.route = createStream(seed, 'console/route');
  }
}

const desks = new WeakMap<Run, Desk>();

function deskOf(run: Run): Desk {
  let d = desks.get(run);
  if (!d) desks.set(run, (d = new Desk(run.seed)));
  return d;
}

/** Every operation of the scenario the console can reach, clients' first (in node order), then services'. */
export function consoleOperations(run: Run): DeclaredOperation[] {
  const names: string[] = [];
  for (const c of run.clients.values()) for (const o of c.params.operations) names.push(o.name);
  for (const s of run.services.values()) names.push(...Object.keys(s.params.operations ?? {}));
  return declaredOperations(names);
}

/**
 * Starts the request now. An address that matches no operation is answered at once (404) and
 * never touches the run. Returns the id to wait on.
 */
export function startExternalRequest(run: Run, input: ExternalRequestInput): number {
  const desk = deskOf(run);
  const id = EXTERNAL_ID_BASE + ++desk.seq;
  const now = run.kernel.now;
  const match = matchOperation(consoleOperations(run), input.method, input.path);
  const target = match && entryFor(run, match.op.name);
  if (!match || !target) {
    const ops = consoleOperations(run).map((o) => `${o.method ?? '*'} ${o.address}`);
    desk.finished.set(id, {
      id, method: input.method.toUpperCase(), path: input.path, params: {}, outcome: 'unmatched', degraded: false, status: 404, startedAtMs: now, nodes: [], links: [],
      body: { error: 'no such operation', message: `${input.method.toUpperCase()} ${input.path} matches no operation of this scenario`, operations: ops },
    });
    return id;
  }
  const keySpace = target.keySpace;
  const req: Request = { id, op: match.op.name, origin: target.entry, createdAt: now, counted: false, key: keyFor(match.params, keySpace, desk.keys), originAt: now };
  // Always traced. Through the run's tracer when it has one, so the trace also appears among the recent ones.
  const rec = run.tracer ? run.tracer.begin(req, target.entry, now) : (req.trace = new Recording(id, target.entry, req.op, now));
  rec.parent = 0;
  const p: Pending = { req, match, entry: target.entry, rec, input };
  desk.pending.set(id, p);
  const replier: Replier = { reply: (outcome, degraded, at) => answered(run, desk, p, outcome, degraded, at) };
  if (target.outlet) target.outlet.call(req, replier, now);
  else if (target.callee) target.callee.accept(req, replier, now);
  else replier.reply('error', false, now);
  return id;
}

/** The answer, once there is one. */
export function externalResult(run: Run, id: number): ExternalResult | undefined {
  return deskOf(run).finished.get(id);
}

/** Calls `cb` with the answer (at once when it is already there). */
export function onExternalAnswer(run: Run, id: number, cb: (r: ExternalResult) => void): void {
  const desk = deskOf(run);
  const done = desk.finished.get(id);
  if (done) return cb(done);
  const list = desk.listeners.get(id) ?? [];
  list.push(cb);
  desk.listeners.set(id, list);
}

/**
 * Runs the simulation event by event until the request is answered or the run ends (then it is
 * answered as unfinished). Everything else in the run moves along too. Returns the answer.
 */
export function runUntilAnswered(run: Run, id: number, maxEvents = 5_000_000): ExternalResult {
  const desk = deskOf(run);
  for (let n = 0; !desk.finished.has(id) && n < maxEvents; n++) if (!run.kernel.step(run.durationMs)) break;
  return desk.finished.get(id) ?? settleExternal(run, id, 'the run ended before the answer came back');
}

/** Gives up on a request still out (the run ended or was replaced): answered 504, unfinished. */
export function settleExternal(run: Run, id: number, reason: string): ExternalResult {
  const desk = deskOf(run);
  const done = desk.finished.get(id);
  if (done) return done;
  const p = desk.pending.get(id);
  const now = run.kernel.now;
  const r: ExternalResult = {
    id, method: p?.input.method.toUpperCase() ?? '', path: p?.input.path ?? '', op: p?.req.op, params: p?.match.params ?? {}, outcome: 'unfinished', degraded: false, status: 504,
    startedAtMs: p?.req.createdAt ?? now, entry: p?.entry, trace: p ? copy(p.rec.trace) : undefined, nodes: [], links: [],
    body: { error: 'unfinished', message: reason },
  };
  if (p) Object.assign(r, visited(run, p.rec.trace));
  return publish(desk, r);
}

function answered(run: Run, desk: Desk, p: Pending, outcome: Outcome, degraded: boolean, now: number): void {
  if (desk.finished.has(p.req.id)) return;
  if (run.tracer) run.tracer.finish(p.rec, outcome, degraded, now);
  else p.rec.trace.endMs = now;
  const trace = copy(p.rec.trace);
  const events = publishedEvents(run, p.req, trace);
  const method = p.input.method.toUpperCase();
  const r: ExternalResult = {
    id: p.req.id, method, path: p.input.path, op: p.req.op, params: p.match.params, outcome, degraded, status: statusOf(outcome, method),
    startedAtMs: p.req.createdAt, endedAtMs: now, latencyMs: now - p.req.createdAt, entry: p.entry, trace, ...visited(run, trace),
    body: bodyOf({ outcome, degraded, trace, events, params: p.match.params, key: p.req.key, requestBody: p.input.body }),
  };
  publish(desk, r);
}

function publish(desk: Desk, r: ExternalResult): ExternalResult {
  desk.pending.delete(r.id);
  desk.finished.set(r.id, r);
  // A handful of answers is all a console shows; older ones are forgotten.
  if (desk.finished.size > 200) desk.finished.delete(desk.finished.keys().next().value!);
  const list = desk.listeners.get(r.id);
  desk.listeners.delete(r.id);
  for (const cb of list ?? []) cb(r);
  return r;
}

interface Entry {
  entry: string;
  keySpace: number;
  outlet?: Outlet;
  callee?: SyncCallee;
}

/** The first client that declares the operation (through one of its links), else the service that does. */
function entryFor(run: Run, op: string): Entry | undefined {
  for (const c of run.clients.values()) {
    if (!c.params.operations.some((o) => o.name === op)) continue;
    return { entry: c.id, keySpace: c.params.keySpace, outlet: pickOutlet(c.outlets, deskOf(run).route) };
  }
  for (const s of run.services.values()) if (s.params.operations && op in s.params.operations) return { entry: s.id, keySpace: 1000, callee: s };
  return undefined;
}

function pickOutlet(outlets: readonly Outlet[], rng: Rng): Outlet | undefined {
  if (outlets.length <= 1) return outlets[0];
  const total = outlets.reduce((s, o) => s + o.weight, 0);
  let x = rng.next() * total;
  for (const o of outlets) if ((x -= o.weight) < 0) return o;
  return outlets[outlets.length - 1];
}

/** `{id}` = 42 touches entity 42 (when inside the client's key space); otherwise a key of the console's own stream. */
function keyFor(params: Record<string, string>, keySpace: number, rng: Rng): number {
  for (const v of Object.values(params)) {
    const n = Number(v);
    if (Number.isInteger(n) && n >= 1 && n <= keySpace) return n;
  }
  return 1 + Math.floor(rng.next() * keySpace);
}
