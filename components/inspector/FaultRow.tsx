'use client';
/** One scheduled fault: kind, (target), when, how long, how hard, a note. Times in seconds. */
import type { DocFault } from '@/lib/scenario-doc/types';
import { FAULT_EXPLAIN, FAULT_LABEL, changeKind, describeFault, kindsFor } from './fault-kinds';
import { SelectField } from './fields/choices';
import { NumberField, asPercent } from './fields/NumberField';
import { TextField } from './fields/TextField';
import { HELP, ICON_BUTTON } from './fields/styles';
import type { Editor } from './use-editor';
import { typeOf, type Targets } from './use-fault-targets';

export interface FaultRowProps {
  index: number;
  fault: DocFault;
  editor: Editor;
  /** Given in the scenario-wide list, where the target can be changed. */
  targets?: Targets;
  onRemove: () => void;
}

export function FaultRow({ index, fault: f, editor, targets, onRemove }: FaultRowProps) {
  const at = ['faults', index] as const;
  const type = targets ? typeOf(targets, f.target) : undefined;
  const kinds = kindsFor(type ?? (f.kind === 'partition' ? 'link' : 'service'));
  const retarget = (id: string) => {
    const t = targets && typeOf(targets, id);
    const moved = { ...f, target: id };
    return editor.commit(at, t && !kindsFor(t).includes(f.kind) ? changeKind(moved, 'outage') : moved);
  };
  return (
    <li className="rounded-md border border-slate-200 px-3 py-1 dark:border-slate-700" aria-label={describeFault(f)} data-testid="fault-row">
      <div className="flex items-start gap-1">
        <div className="min-w-0 flex-1">
          <SelectField label="Fault" value={f.kind} options={(kinds.includes(f.kind) ? kinds : [f.kind, ...kinds]).map((k) => ({ value: k, label: FAULT_LABEL[k] }))} onChange={(k) => editor.commit(at, changeKind(f, k))} />
        </div>
        <button type="button" onClick={onRemove} aria-label={`Remove: ${describeFault(f)}`} title="Remove this fault" className={`${ICON_BUTTON} mt-1.5`}>
          ×
        </button>
      </div>
      {targets && (
        <SelectField
          label="Target"
          value={f.target}
          options={[
            ...(type ? [] : [{ value: f.target, label: `${f.target} (missing)` }]),
            ...targets.services.map((id) => ({ value: id, label: `${id} (service)` })),
            ...targets.links.map((id) => ({ value: id, label: `${id} (link)` })),
          ]}
          onChange={retarget}
        />
      )}
      <NumberField editor={editor} path={[...at, 'atMs']} value={f.atMs} label="Starts at" unit="s" scale={1000} placeholder="0" optional={f.kind === 'failFirst'} help="Simulated time from the start of the run." />
      {f.kind !== 'failFirst' && <NumberField editor={editor} path={[...at, 'durationMs']} value={f.durationMs} label="Lasts" unit="s" scale={1000} />}
      {f.kind === 'errorBurst' && <NumberField editor={editor} path={[...at, 'errorRate']} value={f.errorRate} label="Error rate" unit="%" scale={0.01} reword={asPercent} />}
      {f.kind === 'latencySpike' && <NumberField editor={editor} path={[...at, 'extraMs']} value={f.extraMs} label="Extra delay" unit="ms" />}
      {f.kind === 'failFirst' && <NumberField editor={editor} path={[...at, 'count']} value={f.count} label="Requests that fail" unit="count" unitLabel="requests" />}
      <TextField editor={editor} path={[...at, 'note']} value={f.note} label="Note" placeholder="e.g. bad deploy" optional maxLength={200} />
      <p className={`pb-1 ${HELP}`}>{FAULT_EXPLAIN[f.kind]}</p>
    </li>
  );
}
