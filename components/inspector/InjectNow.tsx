'use client';
/**
 * "Inject now": a live experiment on the running simulation — the fault starts at the current
 * simulated time and is not written to the scenario, so a reload or a reset forgets it.
 */
import { useId, useState } from 'react';
import { useDriver, usePlayground } from '@/components/playground/PlaygroundProvider';
import { FAULT_LABEL, kindsFor, makeFault, seconds, type FaultKind, type TargetType } from './fault-kinds';
import { BUTTON, ERROR_TEXT, HELP, INPUT } from './fields/styles';
import { formatDuration, parseQuantity, type ShownUnit } from './quantity';

interface Knob {
  key: 'errorRate' | 'extraMs' | 'count';
  label: string;
  unit: ShownUnit;
  unitText: string;
  scale: number;
}

const KNOB: Partial<Record<FaultKind, Knob>> = {
  errorBurst: { key: 'errorRate', label: 'errors', unit: '%', unitText: '%', scale: 0.01 },
  latencySpike: { key: 'extraMs', label: 'extra delay', unit: 'ms', unitText: 'ms', scale: 1 },
  failFirst: { key: 'count', label: 'requests', unit: 'count', unitText: 'requests', scale: 1 },
};

export function InjectNow({ target, type }: { target: string; type: TargetType }) {
  const { ui, run } = usePlayground();
  const driver = useDriver();
  const id = useId();
  const [text, setText] = useState({ duration: '10', errorRate: '50', extraMs: '500', count: '10' });
  const [error, setError] = useState<string>();

  const read = (key: keyof typeof text, unit: ShownUnit, scale: number, what: string): number | string => {
    const r = parseQuantity(text[key], unit);
    if (!r.ok || r.value === undefined) return `${what}: ${r.ok ? 'enter a number' : r.error}`;
    return r.value * scale;
  };

  const inject = async (kind: FaultKind) => {
    if (!driver) return setError('the engine is still starting');
    const duration = read('duration', 's', 1000, 'Duration');
    const knob = KNOB[kind];
    const param = knob ? read(knob.key, knob.unit, knob.scale, knob.label) : 0;
    if (typeof duration === 'string') return setError(duration);
    if (typeof param === 'string') return setError(param);
    const status = run.getState().status;
    if (status === 'done') return setError('the run has finished: press play to start it again, then inject');
    const t = run.getState().nowMs;
    const fault = makeFault(kind, target, 0, duration, knob ? { [knob.key]: param } : {});
    const res = await driver.inject(fault);
    if (!res.ok) return setError(res.error);
    setError(undefined);
    const what = kind === 'failFirst' ? `the next ${param} requests to ${target} fail` : `${FAULT_LABEL[kind].toLowerCase()} on ${target} for ${seconds(duration)}${kind === 'latencySpike' ? ` (+${formatDuration(param)})` : kind === 'errorBurst' ? ` (${Math.round(param * 1000) / 10} % errors)` : ''}`;
    ui.getState().notify(`Injected at t = ${seconds(t)}: ${what}. A live experiment: it is not part of the saved scenario.`);
  };

  const input = (key: keyof typeof text, label: string) => (
    <input
      aria-label={label}
      value={text[key]}
      inputMode="decimal"
      onChange={(e) => setText({ ...text, [key]: e.target.value })}
      className={`${INPUT} w-16 text-right`}
    />
  );

  return (
    <div>
      <p className={HELP}>Starts now, at the current simulated time. Not saved: a reset or reload forgets it.</p>
      <div className="mt-2 flex items-center gap-1.5 text-sm">
        <label htmlFor={`${id}-d`}>For</label>
        <input id={`${id}-d`} value={text.duration} inputMode="decimal" onChange={(e) => setText({ ...text, duration: e.target.value })} className={`${INPUT} w-16 text-right`} />
        <span className="text-xs text-slate-500 dark:text-slate-400">s</span>
      </div>
      <ul className="mt-2 space-y-1.5">
        {kindsFor(type).map((k) => {
          const knob = KNOB[k];
          return (
            <li key={k} className="flex items-center gap-1.5">
              <button type="button" onClick={() => void inject(k)} className={`${BUTTON} min-w-[9.5rem] justify-start`} data-testid={`inject-${k}`}>
                <span aria-hidden="true">⚡</span> {FAULT_LABEL[k] === 'Fail first N' ? 'Fail next N' : FAULT_LABEL[k]}
              </button>
              {knob && (
                <>
                  {input(knob.key, `${FAULT_LABEL[k]}: ${knob.label}`)}
                  <span className="text-xs text-slate-500 dark:text-slate-400">{knob.unitText}</span>
                </>
              )}
            </li>
          );
        })}
      </ul>
      {error && (
        <p role="alert" className={`mt-1 ${ERROR_TEXT}`}>
          ⚠ {error}
        </p>
      )}
    </div>
  );
}
