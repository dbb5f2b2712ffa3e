/** One outline icon per node kind, with distinct shapes so kinds are told apart without colour. */
import type { NodeKind } from '@/simulations/index';

/** Pattern kinds add their own entry; a kind without one gets the generic box. */
const PATHS: Partial<Record<NodeKind, React.ReactNode>> = {
  // A monitor: where requests come from.
  client: (
    <>
      <rect x="3" y="4" width="18" height="12" rx="1.5" />
      <path d="M8 20h8M12 16v4" />
    </>
  ),
  // A hexagon with a core: something that does work.
  service: (
    <>
      <path d="M12 2.5 20.5 7.25v9.5L12 21.5 3.5 16.75v-9.5Z" />
      <circle cx="12" cy="12" r="3" />
    </>
  ),
  // Messages waiting in line, oldest first.
  queue: (
    <>
      <rect x="3" y="7" width="4" height="10" rx="1" />
      <rect x="10" y="7" width="4" height="10" rx="1" />
      <rect x="17" y="7" width="4" height="10" rx="1" />
    </>
  ),
  // Parallel lanes with marks: a log split into partitions, read in order.
  stream: (
    <>
      <path d="M3 6h18M3 12h18M3 18h18" />
      <path d="M7 4v4M12 10v4M16 16v4" />
    </>
  ),
  // A clock: work that happens on a schedule.
  batchJob: (
    <>
      <circle cx="12" cy="12" r="9" />
      <path d="M12 7v5l3 2" />
    </>
  ),
  // A sheet with a folded corner: a file handed over.
  fileDrop: (
    <>
      <path d="M6 3h8l4 4v14H6Z" />
      <path d="M14 3v4h4M9 13h6M9 17h6" />
    </>
  ),
  // A broadcast: one event, many receivers.
  topic: (
    <>
      <circle cx="12" cy="12" r="2" />
      <path d="M7.8 7.8a6 6 0 0 0 0 8.4M16.2 7.8a6 6 0 0 1 0 8.4M5 5a10 10 0 0 0 0 14M19 5a10 10 0 0 1 0 14" />
    </>
  ),
};

const GENERIC = <rect x="4" y="4" width="16" height="16" rx="3" />;

export function KindIcon({ kind, color, className = 'h-5 w-5' }: { kind: NodeKind; color?: string; className?: string }) {
  return (
    <svg viewBox="0 0 24 24" fill="none" stroke={color ?? 'currentColor'} strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" className={`shrink-0 ${className}`} aria-hidden="true">
      {PATHS[kind] ?? GENERIC}
    </svg>
  );
}
