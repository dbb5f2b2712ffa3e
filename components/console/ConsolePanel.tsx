'use client';
/**
 * The request console: send a real HTTP request from the page (`GET /api/users/42`); the msw
 * service worker catches it and runs it through the simulation, and the answer comes back with the
 * simulated status and body after the simulated latency, its path lit on the canvas.
 */
import { useCallback, useEffect, useMemo } from 'react';
import { useStore } from 'zustand';
import { consoleStoreFor } from '@/lib/console/console-store';
import { sendFromPage, type ConsoleRequestForm } from '@/lib/console/fetch-request';
import { setConsoleTarget, startConsoleWorker } from '@/lib/console/msw-worker';
import { docOperations } from '@/lib/console/operations';
import { sendToEngine } from '@/lib/console/send';
import { useDoc, useDriver, usePlayground } from '@/components/playground/PlaygroundProvider';
import { Waterfall } from '@/components/panels/trace/Waterfall';
import { CODE, HELP } from '@/components/inspector/fields/styles';
import { ConsoleForm } from './ConsoleForm';
import { ConsoleHistory } from './ConsoleHistory';
import { TraceHighlight } from './TraceHighlight';

export default function ConsolePanel() {
  const playground = usePlayground();
  const store = consoleStoreFor(playground);
  const driver = useDriver();
  const doc = useDoc((s) => s.doc);
  const operations = useMemo(() => docOperations(doc), [doc]);
  const entries = useStore(store, (s) => s.entries);
  const lit = useStore(store, (s) => s.lit);
  const worker = useStore(store, (s) => s.worker);
  const workerError = useStore(store, (s) => s.workerError);
  const litEntry = entries.find((e) => e.n === lit);

  useEffect(() => {
    if (!driver) return;
    const { doc: docStore, run } = playground;
    setConsoleTarget({
      operations: () => docOperations(docStore.getState().doc),
      send: (input) => sendToEngine(driver, run, input),
      speed: () => run.getState().speed,
    });
    if (store.getState().worker === 'off' || store.getState().worker === 'failed') store.setState({ worker: 'starting', workerError: undefined });
    startConsoleWorker().then(
      () => store.setState({ worker: 'on' }),
      (e: unknown) => store.setState({ worker: 'failed', workerError: e instanceof Error ? e.message : String(e) }),
    );
  }, [driver, playground, store]);

  // A new run means other request ids: the lit path belongs to the old one.
  useEffect(() => playground.run.subscribe((s, prev) => s.nowMs < prev.nowMs && store.setState({ lit: undefined })), [playground, store]);

  const send = useCallback((f: ConsoleRequestForm) => void sendFromPage(store, f), [store]);

  return (
    <div className="flex h-full min-h-0 gap-3" data-testid="console-panel" data-worker={worker}>
      <div className="flex w-[26rem] shrink-0 flex-col gap-1.5 overflow-y-auto">
        <p className="text-sm text-slate-700 dark:text-slate-200">
          Lets a class call the system it just built: a real HTTP request from this page is caught by a service worker (msw) and answered by the simulation.
        </p>
        <ConsoleForm operations={operations} ready={worker === 'on'} onSend={send} />
        <p className={HELP}>
          An operation <code className={CODE}>GET /api/users/&#123;id&#125;</code> is at <code className={CODE}>/api/users/42</code> (42 = the entity key); one outside
          /api, like <code className={CODE}>/v1/x</code>, is at <code className={CODE}>/api/v1/x</code>. Paused: the clock runs just until the answer (other traffic moves
          along) and the answer waits its latency ÷ speed, at most 10 s. Running: it answers when the simulated clock gets there. App routes (/api/scenarios, pages)
          are never intercepted.
        </p>
        <p className={HELP} data-testid="console-worker-state">
          {worker === 'on' && 'Service worker (msw) active: it answers only the addresses above.'}
          {worker === 'starting' && 'Starting the service worker…'}
          {worker === 'failed' && `The service worker could not start (${workerError ?? 'unknown error'}): service workers need https or localhost.`}
        </p>
      </div>
      <div className="flex min-h-0 min-w-0 flex-1 flex-col">
        <ConsoleHistory entries={entries} lit={lit} onLight={(n) => store.setState({ lit: n })} />
      </div>
      {litEntry?.result?.trace && (
        <div className="flex min-h-0 min-w-0 flex-1 flex-col" data-testid="console-waterfall">
          <Waterfall key={litEntry.n} trace={litEntry.result.trace} />
        </div>
      )}
      {litEntry?.result && <TraceHighlight result={litEntry.result} />}
    </div>
  );
}
