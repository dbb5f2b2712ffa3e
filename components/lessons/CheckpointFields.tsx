'use client';
/** The editor's checkpoint picker: what to wait for, where, and (breakers) which state or (lag) how much. */
import type { LessonStepInput } from '@/simulations/lessons/schema';
import type { ScenarioDoc } from '@/lib/scenario-doc/types';
import { elementsOf } from './ActionFields';
import { CommitField } from './CommitField';
import { FIELD } from './styles';

type Checkpoint = NonNullable<LessonStepInput['checkpoint']>;
const LABEL = 'block text-xs font-medium text-slate-600 dark:text-slate-300';
const KINDS = [
  ['breaker', 'A breaker changes state'],
  ['deadLetter', 'A message is dead-lettered'],
  ['compensation', 'A saga is compensated'],
  ['staleRead', 'A read is stale'],
  ['lag', 'Consistency lag goes over…'],
] as const;

export function CheckpointFields({ checkpoint, doc, onChange }: { checkpoint: Checkpoint | undefined; doc: ScenarioDoc; onChange(c: Checkpoint | undefined): void }) {
  const setKind = (on: string) => {
    if (!on) return onChange(undefined);
    const target = checkpoint?.target;
    onChange(on === 'lag' ? { on: 'lag', target, overMs: 1_000 } : on === 'breaker' ? { on: 'breaker', target, state: 'OPEN' } : ({ on, target } as Checkpoint));
  };
  return (
    <fieldset className="space-y-1 rounded-md border border-slate-200 p-2 dark:border-slate-700">
      <legend className="px-1 text-xs font-semibold text-slate-700 dark:text-slate-200">Checkpoint (wait until…)</legend>
      <select aria-label="Checkpoint kind" className={FIELD} value={checkpoint?.on ?? ''} onChange={(e) => setKind(e.target.value)} data-testid="lesson-checkpoint-kind">
        <option value="">None</option>
        {KINDS.map(([k, label]) => (
          <option key={k} value={k}>
            {label}
          </option>
        ))}
      </select>
      {checkpoint && (
        <div className="grid grid-cols-2 gap-2">
          <label className={LABEL}>
            Where
            <select aria-label="Checkpoint target" className={FIELD} value={checkpoint.target ?? ''} onChange={(e) => onChange({ ...checkpoint, target: e.target.value || undefined })}>
              <option value="">Anywhere</option>
              {elementsOf(doc).map((e) => (
                <option key={e.id} value={e.id}>
                  {e.name}
                </option>
              ))}
            </select>
          </label>
          {checkpoint.on === 'breaker' && (
            <label className={LABEL}>
              State entered
              <select aria-label="Breaker state" className={FIELD} value={checkpoint.state ?? ''} onChange={(e) => onChange({ ...checkpoint, state: (e.target.value || undefined) as 'OPEN' | undefined })}>
                <option value="">Any change</option>
                <option value="OPEN">OPEN</option>
                <option value="HALF_OPEN">HALF_OPEN</option>
                <option value="CLOSED">CLOSED</option>
              </select>
            </label>
          )}
          {checkpoint.on === 'lag' && <CommitField label="Over (ms)" value={String(checkpoint.overMs)} onCommit={(t) => onChange({ ...checkpoint, overMs: Math.max(0, Number(t) || 0) })} />}
        </div>
      )}
    </fieldset>
  );
}
