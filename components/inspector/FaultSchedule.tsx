'use client';
/** The scheduled faults of one service or link, or of the whole scenario: list, add, edit, remove. */
import { useId, useState } from 'react';
import { useDoc } from '@/components/playground/PlaygroundProvider';
import { addFault, removeFault } from '@/lib/scenario-doc/commands';
import { FaultRow } from './FaultRow';
import { FAULT_LABEL, kindsFor, makeFault, type FaultKind } from './fault-kinds';
import { BUTTON, HELP, INPUT } from './fields/styles';
import { useEditor } from './use-editor';
import { typeOf, useFaultTargets } from './use-fault-targets';

/** `target` set: that element's faults; unset: every fault, each with its target. */
export function FaultSchedule({ target }: { target?: string }) {
  const editor = useEditor({ kind: 'doc' });
  const faults = useDoc((s) => s.doc.faults);
  const durationMs = useDoc((s) => s.doc.run?.durationMs ?? 60_000);
  const targets = useFaultTargets();
  const rows = (faults ?? []).map((f, i) => ({ f, i })).filter(({ f }) => target === undefined || f.target === target);
  const [picked, setPicked] = useState<string>();
  const all = [...targets.services, ...targets.links];
  const addTarget = target ?? (picked && all.includes(picked) ? picked : all[0]);
  const type = addTarget ? typeOf(targets, addTarget) : undefined;
  const kinds = type ? kindsFor(type) : [];
  const [kind, setKind] = useState<FaultKind>('outage');
  const chosen = kinds.includes(kind) ? kind : 'outage';
  const selectId = useId();
  const targetId = useId();

  const add = () => {
    if (!addTarget) return;
    const at = Math.min(10_000, Math.round(durationMs / 4));
    const length = Math.min(10_000, Math.round(durationMs / 4));
    editor.apply((d) => addFault(d, makeFault(chosen, addTarget, at, Math.max(1, length))).doc);
  };

  return (
    <div>
      {rows.length === 0 ? (
        <p className={HELP}>{target ? 'No faults scheduled here.' : 'No faults scheduled.'}</p>
      ) : (
        <ol className="space-y-2">
          {rows.map(({ f, i }) => (
            <FaultRow key={i} index={i} fault={f} editor={editor} targets={target ? undefined : targets} onRemove={() => editor.apply((d) => removeFault(d, i))} />
          ))}
        </ol>
      )}
      {addTarget ? (
        <div className="mt-2 flex flex-wrap items-center gap-1.5">
          {target === undefined && (
            <>
              <label htmlFor={targetId} className="sr-only">
                Target of the new fault
              </label>
              <select id={targetId} value={addTarget} onChange={(e) => setPicked(e.target.value)} className={`${INPUT} w-full`}>
                {targets.services.map((id) => (
                  <option key={id} value={id}>
                    {id} (service)
                  </option>
                ))}
                {targets.links.map((id) => (
                  <option key={id} value={id}>
                    {id} (link)
                  </option>
                ))}
              </select>
            </>
          )}
          <label htmlFor={selectId} className="sr-only">
            Kind of fault to schedule
          </label>
          <select id={selectId} value={chosen} onChange={(e) => setKind(e.target.value as FaultKind)} className={`${INPUT} flex-1`}>
            {kinds.map((k) => (
              <option key={k} value={k}>
                {FAULT_LABEL[k]}
              </option>
            ))}
          </select>
          <button type="button" onClick={add} className={BUTTON}>
            + Schedule fault
          </button>
        </div>
      ) : (
        <p className={`mt-2 ${HELP}`}>Add a service or a link to schedule faults.</p>
      )}
    </div>
  );
}
