/**
 * The request console's methods on the engine worker (spread into `engineApi`): start one request
 * from outside in the current run and answer when the simulation gets there.
 *
 * Paused run: the worker runs the simulation event by event until the answer is there (the clock
 * moves on by the request's latency, and the rest of the traffic moves with it). Running run: the
 * answer comes when the page's pacing loop has advanced the simulation that far.
 */
import { onExternalAnswer, runUntilAnswered, settleExternal, startExternalRequest, type ExternalRequestInput, type ExternalResult } from '@/simulations/run/external-request';
import type { Run } from '@/simulations/index';

export type { ExternalRequestInput, ExternalResult } from '@/simulations/run/external-request';

/** Requests still out, by a ticket of this worker (request ids restart with every run). */
const out = new Map<number, { run: Run; id: number }>();
let tickets = 0;

export function consoleEngineApi(current: () => Run | undefined) {
  return {
    /**
     * Sends one request into the current run. `runToAnswer`: advance the simulation right here until
     * it is answered (for a paused run). Resolves with the answer; a request the run cannot finish
     * (the run ends or is replaced) is answered 504 "unfinished" by `consoleSettle`.
     */
    consoleRequest(input: ExternalRequestInput, runToAnswer: boolean): { ticket: number; startedAtMs: number } {
      const run = current();
      if (!run) throw new Error('no run started');
      const startedAtMs = run.nowMs;
      const id = startExternalRequest(run, input);
      const ticket = ++tickets;
      out.set(ticket, { run, id });
      if (runToAnswer) runUntilAnswered(run, id);
      return { ticket, startedAtMs };
    },

    /** The answer to a ticket, waiting for it if need be. */
    consoleAnswer(ticket: number): Promise<ExternalResult> {
      const o = out.get(ticket);
      if (!o) return Promise.reject(new Error(`no console request ${ticket}`));
      return new Promise((resolve) =>
        onExternalAnswer(o.run, o.id, (r) => {
          out.delete(ticket);
          resolve(r);
        }),
      );
    },

    /** Runs the simulation until a ticket still out is answered (the run was paused while it was out). */
    consoleFinish(ticket: number): void {
      const o = out.get(ticket);
      if (o && o.run === current()) runUntilAnswered(o.run, o.id);
    },

    /** Gives up on a ticket still out (the run ended, or was reset): it is answered 504, unfinished. */
    consoleSettle(ticket: number, reason: string): void {
      const o = out.get(ticket);
      if (o) settleExternal(o.run, o.id, reason);
    },
  };
}
