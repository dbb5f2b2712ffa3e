/** The final report of a run: what the CLI prints with --json and the UI shows at the end. */
import type { ClientReport } from '../metrics/client-stats';
import type { Summary } from '../metrics/histogram';
import type { LinkReport } from '../metrics/link-stats';
import type { NodeReport } from '../metrics/node-stats';
import type { QueueReport } from '../metrics/queue-stats';
import type { PatternReport } from '../components/pattern-kind';

export interface Report {
  scenario: string;
  seed: number;
  simulatedMs: number;
  warmupMs: number;
  events: number;
  clients: Record<string, ClientReport>;
  nodes: Record<string, NodeReport>;
  links: Record<string, LinkReport>;
  queues: Record<string, QueueReport>;
  consistency: Record<string, { lagMs: Summary }>;
  /** Nodes of the pattern kinds (gateway, database, event store, saga, …): their own named numbers. */
  patterns: Record<string, PatternReport>;
  /** Wall-clock figures, added by whoever ran the engine (it has no clock of its own). */
  perf?: { wallMs: number; eventsPerSec: number };
}

/** A report with perf filled in from a wall-clock measurement. */
export function withPerf(r: Report, wallMs: number): Report {
  return { ...r, perf: { wallMs: Math.round(wallMs * 10) / 10, eventsPerSec: wallMs > 0 ? Math.round((r.events / wallMs) * 1000) : 0 } };
}
