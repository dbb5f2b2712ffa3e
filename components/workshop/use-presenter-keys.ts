'use client';
/** Wires the presenter's keys (presenter-keys.ts) to the driver, the UI store and the scripted fault. */
import { useEffect } from 'react';
import { usePlayground, useDriver } from '@/components/playground/PlaygroundProvider';
import { nextStep, presenterKey } from './presenter-keys';
import { scriptedFault } from './scripted-fault';

function describeFault(f: { kind: string; target: string; durationMs?: unknown }): string {
  const dur = typeof f.durationMs === 'number' ? ` for ${Math.round(f.durationMs / 100) / 10} s` : '';
  return `${f.kind} on ${f.target}${dur}`;
}

export function usePresenterKeys(): void {
  const { doc, ui } = usePlayground();
  const driver = useDriver();
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const action = presenterKey(e, e.target instanceof Element ? e.target : null);
      if (!action) return;
      // Capture phase on the window, and no further: the hidden editor's shortcuts (f = fit) must not fire too.
      e.preventDefault();
      e.stopImmediatePropagation();
      const d = doc.getState().doc as { lesson?: { steps?: unknown[] }; faults?: unknown[] };
      if (action === 'leave') ui.getState().set({ view: 'edit' });
      else if (action === 'toggle') driver?.toggle();
      else if (action === 'next') {
        const count = Array.isArray(d.lesson?.steps) ? d.lesson.steps.length : 0;
        const step = nextStep(ui.getState().lessonStep, count);
        if (step !== ui.getState().lessonStep) ui.getState().set({ lessonStep: step });
      } else {
        const scripted = scriptedFault(d, ui.getState().lessonStep);
        if (!scripted) return ui.getState().notify('No scripted fault: the next lesson step injects none and the scenario plans none.', 'warn');
        void driver?.inject(scripted.fault).then((res) => {
          if (res.ok) ui.getState().notify(`Injected now: ${describeFault(scripted.fault)} (${scripted.source}).`, 'info');
          else ui.getState().notify(`Could not inject ${scripted.source}: ${res.error}`, 'error');
        });
      }
    };
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, [doc, ui, driver]);
}
