'use client';
/** The editor's action picker: change a parameter of a node or link, inject a fault, or switch variant. */
import type { LessonStepInput } from '@/simulations/lessons/schema';
import type { ScenarioDoc } from '@/lib/scenario-doc/types';
import { readIn } from '@/simulations/lessons/actions';
import { formatValue, parameterPaths, parseValue } from '@/lib/lessons/paths';
import { CommitField } from './CommitField';
import { FIELD } from './styles';

type Action = NonNullable<LessonStepInput['action']>;
type Fault = Extract<Action, { kind: 'fault' }>['fault'];
const FAULTS = ['outage', 'errorBurst', 'latencySpike', 'partition', 'failFirst'] as const;
const LABEL = 'block text-xs font-medium text-slate-600 dark:text-slate-300';

export function elementsOf(doc: ScenarioDoc): { id: string; name: string; element: unknown }[] {
  return [
    ...doc.nodes.map((n) => ({ id: n.id, name: n.label ? `${n.label} (${n.id})` : n.id, element: n as unknown })),
    ...(doc.links ?? []).map((l) => ({ id: l.id, name: `link ${l.id}`, element: l as unknown })),
  ];
}

function defaultAction(kind: string, doc: ScenarioDoc): Action | undefined {
  const first = elementsOf(doc)[0];
  if (kind === 'set' && first) return { kind: 'set', target: first.id, path: parameterPaths(first.element)[0] ?? 'errorRate', value: 0 };
  if (kind === 'fault' && first) return { kind: 'fault', fault: { kind: 'outage', target: first.id, atMs: 0, durationMs: 10_000 } };
  if (kind === 'variant') return { kind: 'variant', name: 'B' };
  return undefined;
}

function faultOf(kind: (typeof FAULTS)[number], target: string, durationMs: number, old: Fault): Fault {
  if (kind === 'failFirst') return { kind, target, atMs: 0, count: 'count' in old ? old.count : 10 };
  if (kind === 'errorBurst') return { kind, target, atMs: 0, durationMs, errorRate: 'errorRate' in old ? old.errorRate : 0.5 };
  if (kind === 'latencySpike') return { kind, target, atMs: 0, durationMs, extraMs: 'extraMs' in old ? old.extraMs : 500 };
  return { kind, target, atMs: 0, durationMs };
}

export function ActionFields({ action, doc, onChange }: { action: Action | undefined; doc: ScenarioDoc; onChange(a: Action | undefined): void }) {
  const els = elementsOf(doc);
  const targetSelect = (value: string, set: (id: string) => void) => (
    <label className={LABEL}>
      Target
      <select aria-label="Action target" className={FIELD} value={value} onChange={(e) => set(e.target.value)}>
        {!els.some((e) => e.id === value) && <option value={value}>{value} (not in the scenario)</option>}
        {els.map((e) => (
          <option key={e.id} value={e.id}>
            {e.name}
          </option>
        ))}
      </select>
    </label>
  );
  return (
    <fieldset className="space-y-1 rounded-md border border-slate-200 p-2 dark:border-slate-700">
      <legend className="px-1 text-xs font-semibold text-slate-700 dark:text-slate-200">Action (the “Do it” button)</legend>
      <select aria-label="Action kind" className={FIELD} value={action?.kind ?? ''} onChange={(e) => onChange(defaultAction(e.target.value, doc))} data-testid="lesson-action-kind">
        <option value="">None</option>
        <option value="set">Change a parameter</option>
        <option value="fault">Inject a fault now</option>
        <option value="variant">Switch variant</option>
      </select>
      {action?.kind === 'set' && (
        <div className="grid grid-cols-3 gap-2">
          {targetSelect(action.target, (target) => onChange({ ...action, target, path: parameterPaths(els.find((e) => e.id === target)?.element)[0] ?? action.path }))}
          <label className={LABEL}>
            Parameter
            <select aria-label="Parameter" className={FIELD} value={action.path} onChange={(e) => onChange({ ...action, path: e.target.value })} data-testid="lesson-action-path">
              {[...new Set([action.path, ...parameterPaths(els.find((e) => e.id === action.target)?.element)])].map((p) => (
                <option key={p} value={p}>
                  {p}
                </option>
              ))}
            </select>
          </label>
          <CommitField
            label={`Value (now ${formatValue(readIn(els.find((e) => e.id === action.target)?.element, action.path.split('.'))) || 'unset'})`}
            value={formatValue(action.value)}
            onCommit={(t) => onChange({ ...action, value: parseValue(t) })}
            testId="lesson-action-value"
          />
        </div>
      )}
      {action?.kind === 'fault' && (
        <div className="grid grid-cols-3 gap-2">
          <label className={LABEL}>
            Fault
            <select aria-label="Fault kind" className={FIELD} value={action.fault.kind} onChange={(e) => onChange({ kind: 'fault', fault: faultOf(e.target.value as (typeof FAULTS)[number], action.fault.target, 'durationMs' in action.fault ? action.fault.durationMs : 10_000, action.fault) })}>
              {FAULTS.map((f) => (
                <option key={f}>{f}</option>
              ))}
            </select>
          </label>
          {targetSelect(action.fault.target, (target) => onChange({ kind: 'fault', fault: { ...action.fault, target } }))}
          {'durationMs' in action.fault && (
            <CommitField label="Lasting (s)" value={String(action.fault.durationMs / 1000)} onCommit={(t) => onChange({ kind: 'fault', fault: { ...action.fault, durationMs: Math.max(1, Number(t) * 1000 || 1000) } as Fault })} />
          )}
        </div>
      )}
      {action?.kind === 'variant' && <CommitField label="Variant name (A is the base)" value={action.name} onCommit={(name) => onChange({ kind: 'variant', name: name.trim() })} />}
    </fieldset>
  );
}
