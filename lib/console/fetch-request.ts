/**
 * The console's Send: a real `fetch()` from the page, so the request goes out like any other and
 * the msw service worker is what answers it (its `x-interplay-answered-by: msw` header says so).
 * Requests the worker does not take reach the app server; the app's own API is refused here.
 */
import { isReserved } from '@/simulations/run/operation-match';
import { addEntry, updateEntry, type ConsoleStore } from './console-store';
import { answerFor } from './msw-worker';

export interface ConsoleRequestForm {
  method: string;
  path: string;
  /** JSON text, or '' for none. */
  body: string;
}

/** Why the form cannot be sent, or undefined when it can. */
export function formProblem(f: ConsoleRequestForm): string | undefined {
  const path = f.path.trim();
  if (!path.startsWith('/api/')) return 'The address starts with /api/, e.g. /api/users/42';
  if (isReserved(path.split('?')[0])) return "/api/scenarios is the app's own API: the console does not send there";
  if (f.body.trim() && f.method !== 'GET') {
    try {
      JSON.parse(f.body);
    } catch (e) {
      return `The body is not JSON: ${e instanceof Error ? e.message : String(e)}`;
    }
  }
  return undefined;
}

export async function sendFromPage(store: ConsoleStore, f: ConsoleRequestForm): Promise<void> {
  const path = f.path.trim();
  const withBody = f.method !== 'GET' && f.body.trim() !== '';
  const n = addEntry(store, { method: f.method, path });
  const t0 = performance.now();
  try {
    const res = await fetch(path, { method: f.method, headers: withBody ? { 'content-type': 'application/json' } : undefined, body: withBody ? f.body : undefined, cache: 'no-store' });
    const text = await res.text();
    const viaMsw = res.headers.get('x-interplay-answered-by') === 'msw';
    const traceId = Number(res.headers.get('x-interplay-trace')) || undefined;
    const latency = res.headers.get('x-interplay-latency-ms');
    const answer = traceId === undefined ? undefined : answerFor(traceId);
    updateEntry(store, n, {
      state: 'done',
      status: res.status,
      latencyMs: latency ? Number(latency) : undefined,
      traceId,
      body: pretty(text),
      viaMsw,
      wallMs: Math.round(performance.now() - t0),
      mode: answer?.mode,
      result: answer?.result,
    });
    if (answer && answer.result.nodes.length > 0) store.setState({ lit: n });
  } catch (e) {
    updateEntry(store, n, { state: 'failed', error: e instanceof Error ? e.message : String(e), wallMs: Math.round(performance.now() - t0) });
  }
}

function pretty(text: string): string {
  try {
    return JSON.stringify(JSON.parse(text), null, 2);
  } catch {
    return text.length > 2000 ? `${text.slice(0, 2000)}…` : text;
  }
}
