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
  // A conductor's path: forward through the steps, and a return arrow for undoing them in reverse.
  sagaOrchestrator: (
    <>
      <circle cx="5" cy="7" r="2" />
      <circle cx="12" cy="7" r="2" />
      <circle cx="19" cy="7" r="2" />
      <path d="M7 7h3M14 7h3M19 11v3a3 3 0 0 1-3 3H8" />
      <path d="m10 14-3 3 3 3" />
    </>
  ),
  // A hand-off: an event comes in on one side and a new one goes out on the other.
  sagaParticipant: (
    <>
      <rect x="8" y="6" width="8" height="12" rx="2" />
      <path d="M2 12h4M4 10l2 2-2 2M18 12h4M20 10l2 2-2 2" />
    </>
  ),
  // One point fanning out to three: a single endpoint resolving fields from several sources.
  graphql: (
    <>
      <circle cx="5" cy="12" r="2.5" />
      <circle cx="19" cy="5" r="2" />
      <circle cx="19" cy="12" r="2" />
      <circle cx="19" cy="19" r="2" />
      <path d="M7.5 12h9.5M7 10.5l10-4.5M7 13.5l10 4.5" />
    </>
  ),
  // An archway: the one door every request passes through.
  gateway: (
    <>
      <path d="M4 21V10a8 8 0 0 1 16 0v11" />
      <path d="M8 21v-9a4 4 0 0 1 8 0v9M2.5 21h19" />
    </>
  ),
  // A cloud: someone else's server, across the internet.
  externalApi: (
    <path d="M7 18.5a4.5 4.5 0 0 1-.6-8.96A6 6 0 0 1 17.8 8.6 4 4 0 0 1 17.5 18.5Z" />
  ),
  // A cylinder: the classic drawing of stored rows.
  database: (
    <>
      <ellipse cx="12" cy="5.5" rx="7.5" ry="2.5" />
      <path d="M4.5 5.5v13c0 1.38 3.36 2.5 7.5 2.5s7.5-1.12 7.5-2.5v-13" />
      <path d="M4.5 12c0 1.38 3.36 2.5 7.5 2.5s7.5-1.12 7.5-2.5" />
    </>
  ),
  // A decision (diamond) handed down to two participants that must both agree.
  twoPhaseCoordinator: (
    <>
      <path d="M12 2.5 16 6.5 12 10.5 8 6.5Z" />
      <path d="M12 10.5V13M6 13h12M6 13v3M18 13v3" />
      <rect x="3" y="16" width="6" height="5" rx="1" />
      <rect x="15" y="16" width="6" height="5" rx="1" />
    </>
  ),
  // A timeline of entries with a plus: events are only ever appended, never rewritten.
  eventStore: (
    <>
      <path d="M6 4v14M9.5 5h10.5M9.5 11h10.5M9.5 17h4" />
      <circle cx="6" cy="5" r="1" />
      <circle cx="6" cy="11" r="1" />
      <path d="M19 15v6M16 18h6" />
    </>
  ),
  // An eye: a view built for reading.
  readModel: (
    <>
      <path d="M2 12s3.5-6.5 10-6.5S22 12 22 12s-3.5 6.5-10 6.5S2 12 2 12Z" />
      <circle cx="12" cy="12" r="3" />
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
