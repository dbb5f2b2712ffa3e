'use client';
/**
 * The run's domain events for the log, refreshed at most a few times a second (at 100× a list
 * re-rendered per frame would cost more than it shows), and not at all while the log is frozen.
 */
import { useEffect, useState } from 'react';
import type { DomainEvent } from '@/simulations/index';
import { usePlayground } from '@/components/playground/PlaygroundProvider';

const EVERY_MS = 250;

export function useThrottledEvents(frozen: boolean): DomainEvent[] {
  const { run } = usePlayground();
  const [events, setEvents] = useState<DomainEvent[]>(() => run.getState().domainEvents);
  useEffect(() => {
    if (frozen) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let last = 0;
    const flush = () => {
      timer = undefined;
      last = performance.now();
      setEvents(run.getState().domainEvents);
    };
    // Catch up at once when unfrozen (a microtask, not a synchronous setState in the effect).
    queueMicrotask(flush);
    const unsubscribe = run.subscribe((s, prev) => {
      if (s.domainEvents === prev.domainEvents || timer) return;
      const wait = EVERY_MS - (performance.now() - last);
      timer = setTimeout(flush, Math.max(0, wait));
    });
    return () => {
      unsubscribe();
      if (timer) clearTimeout(timer);
    };
  }, [run, frozen]);
  return events;
}
