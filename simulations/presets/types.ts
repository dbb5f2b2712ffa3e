/**
 * A preset: a scenario that teaches one pattern, with the words that go with it. Experiments are
 * code, not prose alone: each states an outcome and carries the check that the engine keeps it
 * (presets.test.ts runs every preset with every experiment applied).
 */
import type { Report } from '../run/report';
import type { ScenarioInput } from '../scenario/schema';

/** The guide's sections, in the order the gallery shows them. */
export const PRESET_SECTIONS = [
  { id: 'synchronous', title: 'Synchronous', blurb: 'Request/response: the caller waits, so latency and failures add up along the chain.' },
  { id: 'asynchronous', title: 'Asynchronous', blurb: 'Events and queues: senders move on, consumers catch up, load is smoothed.' },
  { id: 'eventual', title: 'Eventual consistency', blurb: 'Event sourcing, CQRS, sagas, streams: correct in the end, stale for a while.' },
  { id: 'strong', title: 'Strong consistency', blurb: 'Transactions, two-phase commit, a shared database: one truth, paid for in locks and coupling.' },
  { id: 'external', title: 'External integration', blurb: 'Gateways, third-party APIs, breakers, rate limits and authentication at the edge.' },
  { id: 'data', title: 'Data exchange', blurb: 'Batch, ETL, files and streaming: how fresh is the copy?' },
] as const;

export type PresetSectionId = (typeof PRESET_SECTIONS)[number]['id'];

export interface Experiment {
  /** What to do, as a user would: "Set Payments' error rate to 50 %". */
  title: string;
  /** What will happen, in plain words — the claim the check below holds the engine to. */
  expect: string;
  /** The change, applied to a copy of the preset's scenario (never mutates its input). */
  apply(scenario: ScenarioInput): ScenarioInput;
  /**
   * Checks the claim on the reports of the preset as shipped and with the change, both run with the
   * preset's seed. Returns undefined when it holds, else what was seen instead (a test failure message).
   */
  check(base: Report, changed: Report): string | undefined;
}

export interface Preset {
  /** URL-safe id: /play?preset=<slug>. */
  slug: string;
  section: PresetSectionId;
  title: string;
  /** One line for the gallery card: what it teaches. */
  teaches: string;
  /** One paragraph in plain words. */
  explanation: string;
  /** Which badge, chart or panel to look at, and what it will show. */
  watch: string[];
  /** Two or three. */
  experiments: Experiment[];
  /** Slug of the other half of a teaching pair (REST chain vs events, saga vs 2PC, batch vs streaming, with/without breaker). */
  pair?: { slug: string; contrast: string };
  /** Shown as discouraged (e.g. the shared database). */
  discouraged?: boolean;
  scenario: ScenarioInput;
}
