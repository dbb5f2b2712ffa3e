'use client';
/**
 * The run's sampled-request summaries, newest first, refreshed a few times a second at most (at
 * 100× new ones arrive every frame; a list that moves faster than that cannot be read anyway).
 */
import { useEffect, useState } from 'react';
import type { TraceSummary } from '@/simulations/index';
import { usePlayground } from '@/components/playground/PlaygroundProvider';

const EVERY_MS = 300;
const newestFirst = (ts: TraceSummary[]) => [...ts].reverse();

export function useRecentTraces(): TraceSummary[] {
  const { run } = usePlayground();
  const [traces, setTraces] = useState<TraceSummary[]>(() => newestFirst(run.getState().traces));
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    let last = 0;
    const flush = () => {
      timer = undefined;
      last = performance.now();
      setTraces(newestFirst(run.getState().traces));
    };
    queueMicrotask(flush);
    const unsubscribe = run.subscribe((s, prev) => {
      if (s.traces === prev.traces || timer) return;
      // A reset empties the list at once; new arrivals wait for the next slot.
      const wait = s.traces.length === 0 ? 0 : EVERY_MS - (performance.now() - last);
      timer = setTimeout(flush, Math.max(0, wait));
    });
    return () => {
      unsubscribe();
      if (timer) clearTimeout(timer);
    };
  }, [run]);
  return traces;
}
