'use client';
/**
 * "Pause on": the run stops right after the chosen kind of event (a breaker changing state, a
 * dead-letter, a compensation, a stale read), optionally only at one node or link. Kept in UI state
 * and handed to the driver, so it holds at any speed, "Fastest" included.
 */
import { useEffect } from 'react';
import { useDoc, useDriver, usePlayground, useUi } from '@/components/playground/PlaygroundProvider';
import { PAUSE_ON_CHOICES, pauseOnChoice, pauseOnConditions } from './pause-on';
import { FIELD } from './SpeedSelect';

const NO_LINKS: never[] = [];

export function PauseOnSelect() {
  const { ui } = usePlayground();
  const driver = useDriver();
  const pauseOn = useUi((s) => s.pauseOn);
  const { id, target } = pauseOnChoice(pauseOn);
  // Targets worth naming: links with a breaker, queues, and the pattern nodes (sagas, read models).
  const targets = useDoc((s) => s.doc.links ?? NO_LINKS);
  const nodes = useDoc((s) => s.doc.nodes);

  useEffect(() => {
    driver?.setBreakOn(pauseOn);
  }, [driver, pauseOn]);

  const ids = id === 'breaker' ? targets.filter((l) => l.kind === 'rest').map((l) => l.id) : id === 'none' ? [] : nodes.filter((n) => n.kind !== 'client' && n.kind !== 'service').map((n) => n.id);
  return (
    <div className="flex items-center gap-1.5 text-sm text-slate-600 dark:text-slate-300">
      <label className="flex items-center gap-1.5">
        Pause on
        <select
          data-testid="pause-on"
          value={id}
          onChange={(e) => ui.getState().set({ pauseOn: pauseOnConditions(e.target.value) })}
          title="Pause the run right after this kind of event, and show where it happened"
          className={`${FIELD} max-w-[9.5rem]`}
        >
          {PAUSE_ON_CHOICES.map((c) => (
            <option key={c.id} value={c.id}>
              {c.label}
            </option>
          ))}
        </select>
      </label>
      {id !== 'none' && ids.length > 1 && (
        <select
          data-testid="pause-on-target"
          aria-label="Only at"
          value={target ?? ''}
          onChange={(e) => ui.getState().set({ pauseOn: pauseOnConditions(id, e.target.value || undefined) })}
          title="Only at this node or link"
          className={`${FIELD} max-w-[9rem]`}
        >
          <option value="">anywhere</option>
          {ids.map((x) => (
            <option key={x} value={x}>
              {x}
            </option>
          ))}
        </select>
      )}
    </div>
  );
}
