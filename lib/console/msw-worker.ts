/**
 * The request console's msw service worker: started on first use of the console (msw is loaded
 * then, never with the page), it answers only requests that match an operation of the open
 * scenario under /api (see simulations/run/operation-match.ts); everything else — pages, /_next/,
 * /api/scenarios, the schema route — goes to the network untouched (`onUnhandledRequest: 'bypass'`).
 *
 * Browser only. The handlers run on the page, so they reach the engine through the same driver the
 * run controls use.
 */
import type { SetupWorker } from 'msw/browser';
import type { DeclaredOperation } from '@/simulations/run/operation-match';
import type { ExternalRequestInput } from './engine-console';
import { consoleAnswers } from './operations';
import type { ConsoleAnswer } from './send';

/** The real wait of an answer to a paused run is its simulated latency ÷ speed, at most this. */
export const MAX_REAL_DELAY_MS = 10_000;

/** What the handlers need from the open playground. */
export interface ConsoleTarget {
  operations(): DeclaredOperation[];
  send(input: ExternalRequestInput): Promise<ConsoleAnswer>;
  /** Simulated ms per wall ms (Infinity: as fast as possible). */
  speed(): number;
}

let target: ConsoleTarget | undefined;
let starting: Promise<SetupWorker> | undefined;
/** Full answers by trace id, for the console's history (a response carries only status, headers and body). */
const answers = new Map<number, ConsoleAnswer>();

export function setConsoleTarget(t: ConsoleTarget | undefined): void {
  target = t;
}

export function answerFor(traceId: number): ConsoleAnswer | undefined {
  return answers.get(traceId);
}

/** Registers and starts the worker once per page; later calls get the same promise. */
export function startConsoleWorker(): Promise<SetupWorker> {
  starting ??= (async () => {
    const [{ setupWorker }, { http, HttpResponse, delay }] = await Promise.all([import('msw/browser'), import('msw')]);
    const handler = http.all(
      ({ request }) => !!target && consoleAnswers(target.operations(), request.method, new URL(request.url), location.origin),
      async ({ request }) => {
        const t0 = performance.now();
        const url = new URL(request.url);
        const t = target!;
        try {
          const answer = await t.send({ method: request.method, path: url.pathname, body: await readBody(request) });
          const { result, mode } = answer;
          answers.set(result.id, answer);
          if (answers.size > 200) answers.delete(answers.keys().next().value!);
          const speed = t.speed();
          const wait = mode === 'paused' && speed > 0 && Number.isFinite(speed) ? Math.min(MAX_REAL_DELAY_MS, (result.latencyMs ?? 0) / speed) : 0;
          if (wait > 0) await delay(wait);
          return HttpResponse.json(result.body, {
            status: result.status,
            headers: {
              'x-interplay-answered-by': 'msw',
              'x-interplay-trace': String(result.id),
              'x-interplay-latency-ms': String(result.latencyMs ?? ''),
              'x-interplay-outcome': result.outcome,
              'x-interplay-operation': result.op ?? '',
              'x-interplay-sim-start-ms': String(result.startedAtMs),
              'x-interplay-run': mode,
              'x-interplay-wall-ms': String(Math.round(performance.now() - t0)),
            },
          });
        } catch (e) {
          return HttpResponse.json({ error: 'console', message: e instanceof Error ? e.message : String(e) }, { status: 503, headers: { 'x-interplay-answered-by': 'msw' } });
        }
      },
    );
    const worker = setupWorker(handler);
    await worker.start({ onUnhandledRequest: 'bypass', quiet: true, serviceWorker: { url: '/mockServiceWorker.js' } });
    return worker;
  })();
  starting.catch(() => (starting = undefined));
  return starting;
}

async function readBody(request: Request): Promise<unknown> {
  if (request.method === 'GET' || request.method === 'HEAD') return undefined;
  const text = await request.text();
  if (!text) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}
