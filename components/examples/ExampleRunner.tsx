'use client';
/**
 * Runs an example scenario in the engine's Web Worker and shows the report: the same tables and
 * the same JSON as `npm run sim`, so browser and CLI can be compared number for number.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { formatReport } from '@/simulations/cli/format';
import type { Report, ValidationIssue } from '@/simulations/index';
import { startEngine, type EngineHandle } from '@/lib/engine-client';
import type { ExampleEntry } from '@/lib/examples';

type State = { kind: 'idle' } | { kind: 'running' } | { kind: 'done'; report: Report } | { kind: 'invalid'; errors: ValidationIssue[] } | { kind: 'failed'; message: string };

export function ExampleRunner({ examples }: { examples: ExampleEntry[] }) {
  const engine = useRef<EngineHandle | null>(null);
  const [index, setIndex] = useState(0);
  const example = examples[index];
  const [seed, setSeed] = useState(String(example.scenario.seed ?? 1));
  const [seconds, setSeconds] = useState(String((example.scenario.run?.durationMs ?? 60_000) / 1000));
  const [state, setState] = useState<State>({ kind: 'idle' });

  useEffect(() => {
    engine.current = startEngine();
    return () => engine.current?.terminate();
  }, []);

  const choose = useCallback(
    (i: number) => {
      setIndex(i);
      setSeed(String(examples[i].scenario.seed ?? 1));
      setSeconds(String((examples[i].scenario.run?.durationMs ?? 60_000) / 1000));
      setState({ kind: 'idle' });
    },
    [examples],
  );

  const run = useCallback(async () => {
    const api = engine.current?.api;
    if (!api) return;
    const seedN = Number(seed);
    const durationMs = Number(seconds) * 1000;
    if (!Number.isInteger(seedN) || seedN < 0 || seedN >= 2 ** 32) return setState({ kind: 'invalid', errors: [{ path: 'seed', message: 'seed must be a whole number from 0 to 4294967295' }] });
    if (!(durationMs >= 1 && durationMs <= 1e9)) return setState({ kind: 'invalid', errors: [{ path: 'duration', message: 'duration must be between 0.001 and 1,000,000 seconds' }] });
    setState({ kind: 'running' });
    try {
      const started = await api.start(example.scenario, { seed: seedN, durationMs });
      if (!started.ok) return setState({ kind: 'invalid', errors: started.errors });
      setState({ kind: 'done', report: await api.finish() });
    } catch (e) {
      setState({ kind: 'failed', message: e instanceof Error ? e.message : String(e) });
    }
  }, [example, seed, seconds]);

  const field = 'mt-1 w-32 rounded-md border border-slate-300 bg-white px-2 py-1.5 font-mono text-sm dark:border-slate-700 dark:bg-slate-900';
  return (
    <div className="mt-8 grid gap-8 lg:grid-cols-[18rem_1fr]">
      <ul className="space-y-2" aria-label="Examples">
        {examples.map((e, i) => (
          <li key={e.file}>
            <button
              type="button"
              onClick={() => choose(i)}
              aria-pressed={i === index}
              className={`w-full rounded-lg border px-3 py-2 text-left text-sm ${i === index ? 'border-sky-500 bg-sky-50 dark:bg-sky-950/40' : 'border-slate-200 hover:border-slate-400 dark:border-slate-800'}`}
            >
              <span className="font-medium">{e.scenario.name}</span>
              <span className="block font-mono text-xs text-slate-500">{e.file}</span>
            </button>
          </li>
        ))}
      </ul>
      <section aria-label="Run" className="min-w-0">
        <h2 className="text-xl font-semibold">{example.scenario.name}</h2>
        {example.scenario.description && <p className="mt-2 max-w-3xl leading-relaxed text-slate-600 dark:text-slate-400">{example.scenario.description}</p>}
        <div className="mt-4 flex flex-wrap items-end gap-4">
          <label className="text-sm">
            Seed
            <input className={`${field} block`} value={seed} onChange={(e) => setSeed(e.target.value)} inputMode="numeric" />
          </label>
          <label className="text-sm">
            Simulated seconds
            <input className={`${field} block`} value={seconds} onChange={(e) => setSeconds(e.target.value)} inputMode="decimal" />
          </label>
          <button type="button" onClick={run} disabled={state.kind === 'running'} className="rounded-md bg-sky-600 px-4 py-2 font-medium text-white hover:bg-sky-700 disabled:opacity-60">
            {state.kind === 'running' ? 'Running…' : 'Run in the browser'}
          </button>
        </div>
        <Result state={state} />
      </section>
    </div>
  );
}

function Result({ state }: { state: State }) {
  if (state.kind === 'invalid' || state.kind === 'failed') {
    const lines = state.kind === 'invalid' ? state.errors.map((e) => `${e.path || '(scenario)'}: ${e.message}`) : [state.message];
    return (
      <div role="alert" className="mt-6 rounded-lg border border-red-300 bg-red-50 p-4 text-sm text-red-900 dark:border-red-800 dark:bg-red-950/40 dark:text-red-200">
        {lines.map((l) => (
          <p key={l}>{l}</p>
        ))}
      </div>
    );
  }
  if (state.kind !== 'done') return null;
  return (
    <div className="mt-6" data-testid="report">
      <pre data-testid="report-text" className="overflow-x-auto rounded-lg bg-slate-950 p-4 text-xs leading-relaxed text-slate-100">
        {formatReport(state.report)}
      </pre>
      <details className="mt-4">
        <summary className="cursor-pointer text-sm text-slate-600 dark:text-slate-400">Report as JSON (the same as npm run sim -- --json)</summary>
        <pre data-testid="report-json" className="mt-2 max-h-96 overflow-auto rounded-lg bg-slate-100 p-4 text-xs dark:bg-slate-900">
          {JSON.stringify(state.report, null, 2)}
        </pre>
      </details>
    </div>
  );
}
