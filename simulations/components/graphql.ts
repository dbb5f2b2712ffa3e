/**
 * GraphQL gateway: one endpoint resolving each query by calling the resolvers of the fields it
 * selects, all at once. A query takes its own parse/validate/plan time plus the slowest resolver it
 * needed. A failed resolver leaves its field null with an entry in `errors`: the client still gets
 * the rest (partial data — answered, but degraded) unless the field is non-null in the schema
 * (`requiredFields`), in which case the whole query fails, without waiting for the others
 * (graphql-js resolves top-level fields like Promise.all).
 *
 * Resolvers are the REST links leaving the node, one field each (see graphql-query.ts for names).
 */
import type { EventTarget } from '../core/kernel';
import { createSampler, type Sampler } from '../core/distributions';
import type { Rng } from '../core/rng';
import type { Outcome, Replier, Request } from '../core/types';
import type { FaultState } from '../faults/fault-state';
import { LogHistogram } from '../metrics/histogram';
import type { RunContext } from '../run/context';
import { fmtMs, NO_SPAN } from '../trace/recording';
import { fieldList, fieldOf, sameField, selectedFields } from './graphql-query';
import type { Outlet } from './outlet';
import type { PatternKind, PatternNode, PatternReport } from './pattern-kind';
import { graphqlSchema, type GraphqlParams, graphqlInfo } from './graphql.schema';

export { graphqlSchema, type GraphqlParams } from './graphql.schema';

interface Resolver {
  outlet: Outlet;
  field: string;
  required: boolean;
}

/**
 * What an operation needs: the resolvers of its selection set (undefined: it has none, so every field
 * by its link's probability), and whether it names a field nobody resolves (a validation error).
 */
type Plan = { resolvers: Resolver[] | undefined; invalid: boolean };

/** One query in progress. */
class Query {
  pending = 0;
  partial = false;
  done = false;
  span = NO_SPAN;
  failedFields: string[] = [];
  constructor(
    readonly req: Request,
    readonly caller: Replier,
    readonly arrivedAt: number,
  ) {}
}

/** One field's resolver call. */
class FieldCall implements Replier {
  constructor(
    readonly node: Graphql,
    readonly q: Query,
    readonly r: Resolver,
  ) {}

  reply(outcome: Outcome, degraded: boolean, now: number): void {
    this.node.resolved(this.q, this.r, outcome, degraded, now);
  }
}

const PARSED = 0;

export class Graphql implements PatternNode, EventTarget {
  readonly outlets: Outlet[] = [];
  private resolvers: Resolver[] = [];
  private readonly plans = new Map<string, Plan>();
  private readonly parse: Sampler;
  private readonly errors: Rng;
  private readonly picks: Rng;
  private readonly fault: FaultState;
  private readonly latency = new LogHistogram();
  private inFlight = 0;
  private inFlightCounted = 0;
  private readonly c = { queries: 0, complete: 0, partial: 0, failed: 0, failedRequiredField: 0, invalid: 0, rejected: 0, executed: 0, resolverCalls: 0, resolverFailures: 0 };
  private readonly fieldErrors = new Map<string, number>();

  constructor(
    readonly id: string,
    readonly params: GraphqlParams,
    private readonly ctx: RunContext,
  ) {
    this.parse = createSampler(params.parseTime, ctx.stream(`${id}/parse`));
    this.errors = ctx.stream(`${id}/errors`);
    this.picks = ctx.stream(`${id}/fields`);
    this.fault = ctx.faults(id);
  }

  start(): void {
    const required = fieldList(this.params.requiredFields);
    this.resolvers = this.outlets.filter((o) => o.sync).map((outlet) => {
      const field = fieldOf(outlet);
      return { outlet, field, required: required.some((f) => sameField(f, field)) };
    });
  }

  accept(req: Request, caller: Replier, now: number): void {
    if (req.counted) this.c.queries++;
    const q = new Query(req, caller, now);
    const rec = req.trace;
    if (rec !== undefined) q.span = rec.open(rec.parent, this.id, 'service', this.id, now);
    if (this.fault.down || this.fault.takeFailFirst()) return this.answer(q, 'error', now, 'endpoint down: refused at once', false);
    if (this.inFlight >= (this.params.maxInFlight ?? Infinity)) {
      if (req.counted) this.c.rejected++;
      return this.answer(q, 'rejected', now, `${this.inFlight} queries in progress`, false);
    }
    this.inFlight++;
    if (req.counted) this.inFlightCounted++;
    const parseMs = this.parse() + this.fault.extraMs;
    if (q.span >= 0) rec!.add(q.span, 'parse, validate, plan', 'work', this.id, now, now + parseMs, `parse ${fmtMs(parseMs)}`);
    this.ctx.kernel.schedule(now + parseMs, this, PARSED, q);
  }

  onEvent(_kind: number, data: unknown, now: number): void {
    const q = data as Query;
    const errorRate = this.fault.errorRate(this.params.errorRate);
    if (errorRate > 0 && this.errors.next() < errorRate) return this.finish(q, 'error', now, 'the endpoint itself failed');
    const plan = this.planOf(q.req.op);
    if (plan.invalid) {
      if (q.req.counted) this.c.invalid++;
      return this.finish(q, 'error', now, 'validation: a selected field has no resolver');
    }
    const chosen = plan.resolvers ?? this.resolvers.filter((r) => r.outlet.probability >= 1 || this.picks.next() < r.outlet.probability);
    if (q.req.counted) {
      this.c.executed++;
      this.c.resolverCalls += chosen.length;
    }
    if (chosen.length === 0) return this.finish(q, 'ok', now);
    q.pending = chosen.length;
    // Every resolver starts now, even if a required one fails within this loop (a down service
    // refuses at once): like graphql-js, which calls them all before any promise settles.
    for (const r of chosen) {
      if (q.span >= 0) q.req.trace!.parent = q.span;
      r.outlet.call(q.req, new FieldCall(this, q, r), now);
    }
  }

  /** A field's resolver answered. */
  resolved(q: Query, r: Resolver, outcome: Outcome, degraded: boolean, now: number): void {
    if (outcome !== 'ok') {
      if (q.req.counted) {
        this.c.resolverFailures++;
        this.fieldErrors.set(r.field, (this.fieldErrors.get(r.field) ?? 0) + 1);
      }
      if (q.done) return;
      if (r.required) {
        if (q.req.counted) this.c.failedRequiredField++;
        return this.finish(q, outcome, now, `required field ${r.field} failed (${outcome})`);
      }
      q.partial = true;
      q.failedFields.push(r.field);
    } else if (degraded) q.partial = true;
    if (q.done) return;
    if (--q.pending === 0) this.finish(q, 'ok', now);
  }

  private planOf(op: string): Plan {
    let plan = this.plans.get(op);
    if (plan) return plan;
    const fields = selectedFields(op);
    if (fields === undefined) plan = { resolvers: undefined, invalid: false };
    else {
      const resolvers = this.resolvers.filter((r) => fields.some((f) => sameField(f, r.field)));
      const invalid = fields.some((f) => !this.resolvers.some((r) => sameField(f, r.field)));
      plan = { resolvers, invalid };
    }
    this.plans.set(op, plan);
    return plan;
  }

  private finish(q: Query, outcome: Outcome, now: number, why?: string): void {
    if (q.done) return;
    this.inFlight--;
    if (q.req.counted) this.inFlightCounted--;
    if (outcome === 'ok' && q.req.counted) this.latency.record(now - q.arrivedAt);
    const partial = outcome === 'ok' && q.partial;
    const note = partial ? (q.failedFields.length > 0 ? `partial data: errors in ${q.failedFields.join(', ')}` : 'partial data: a resolver answered degraded') : why;
    this.answer(q, outcome, now, note, partial);
  }

  private answer(q: Query, outcome: Outcome, now: number, note: string | undefined, partial: boolean): void {
    q.done = true;
    if (q.req.counted) {
      if (outcome === 'ok') this.c[partial ? 'partial' : 'complete']++;
      else if (outcome !== 'rejected') this.c.failed++;
    }
    if (q.span >= 0) q.req.trace!.close(q.span, now, outcome, note);
    q.caller.reply(outcome, partial, now);
  }

  gauge(): { queueDepth: number; inFlight: number; metrics: Record<string, number> } {
    const answered = this.c.complete + this.c.partial;
    return {
      queueDepth: 0,
      inFlight: this.inFlight,
      metrics: {
        partialShare: answered === 0 ? 0 : this.c.partial / answered,
        failed: this.c.failed,
        resolverCallsPerQuery: this.perQuery(),
      },
    };
  }

  private perQuery(): number {
    return this.c.executed === 0 ? 0 : this.c.resolverCalls / this.c.executed;
  }

  report(): PatternReport {
    const answered = this.c.complete + this.c.partial;
    const values: Record<string, number> = {
      ...this.c,
      inFlightAtEnd: this.inFlightCounted,
      partialShare: answered === 0 ? 0 : this.c.partial / answered,
      resolverCallsPerQuery: this.perQuery(),
    };
    for (const r of this.resolvers) values[`fieldErrors.${r.field}`] = this.fieldErrors.get(r.field) ?? 0;
    return { kind: 'graphql', values, summaries: { queryMs: this.latency.summary() } };
  }
}

export const graphqlKind: PatternKind<typeof graphqlSchema> = {
  info: graphqlInfo,
  schema: graphqlSchema,
  create: (id, params, ctx) => new Graphql(id, params, ctx),
};
