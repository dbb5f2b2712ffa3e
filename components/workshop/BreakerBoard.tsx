'use client';
/** Every circuit breaker of the scenario as a big tile: the link, and its state in colour, glyph and word. */
import { useShallow } from 'zustand/react/shallow';
import { useDoc, useRun } from '@/components/playground/PlaygroundProvider';
import { BREAKER_LOOK, type BreakerState } from '@/components/canvas/overlays/outcome-colors';

interface BreakerLink {
  id: string;
  from: string;
  to: string;
}

function Tile({ link }: { link: BreakerLink }) {
  const state = useRun((s) => (s.links[link.id]?.breaker ?? 'CLOSED') as BreakerState);
  const rate = useRun((s) => s.links[link.id]?.failureRate);
  const look = BREAKER_LOOK[state];
  return (
    <li className="flex items-center gap-4 rounded-xl border-4 bg-white px-4 py-3 dark:bg-slate-900" style={{ borderColor: look.color }} data-testid="presenter-breaker" data-link={link.id} data-state={state}>
      <span className="text-5xl leading-none" style={{ color: look.color }} aria-hidden="true">
        {look.glyph}
      </span>
      <span className="min-w-0 flex-1">
        <span className="block truncate text-xl text-slate-600 dark:text-slate-300">
          {link.from} → {link.to}
        </span>
        <span className="block text-3xl font-bold tracking-wide" style={{ color: look.color }}>
          {look.text}
        </span>
      </span>
      {rate !== undefined && rate >= 0 && <span className="text-2xl tabular-nums text-slate-700 dark:text-slate-200">{Math.round(rate)} % failed</span>}
    </li>
  );
}

export function BreakerBoard() {
  const links = useDoc(useShallow((s) => (s.doc.links ?? []).filter((l) => (l as { circuitBreaker?: unknown }).circuitBreaker).map((l) => `${l.id}\u0000${l.from}\u0000${l.to}`)));
  if (links.length === 0) return null;
  return (
    <section aria-label="Circuit breakers">
      <h2 className="mb-2 text-xl font-semibold text-slate-600 dark:text-slate-300">Circuit breakers</h2>
      <ul className="flex flex-col gap-2">
        {links.map((key) => {
          const [id, from, to] = key.split('\u0000');
          return <Tile key={id} link={{ id, from, to }} />;
        })}
      </ul>
    </section>
  );
}
