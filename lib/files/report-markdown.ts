/**
 * A finished run as Markdown for a design-review document: the key numbers in a few sentences, a
 * table per client, link, service, queue and consumer, and how to get the same numbers again.
 * Numbers are written as the Report tab and `npm run sim` write them. Every label is user text:
 * it is escaped so it can neither break a table nor become markup (see mdText).
 */
import type { Report } from '@/simulations/index';

export interface MarkdownOptions {
  /** Label for a report key (node id, link id, `topic:subscriber`). */
  name: (id: string) => string;
  /** A link's kind ("rest", "publish", …), when known. */
  linkKind?: (id: string) => string | undefined;
  /** The scenario file the reproduce line names, e.g. "checkout-flow.json". */
  scenarioFile: string;
  /** When the report was written, e.g. "2026-11-27"; left out when absent (tests stay fixed). */
  date?: string;
}

/** Milliseconds as the CLI writes them. */
export const ms = (v: number) => (v >= 100 ? v.toFixed(0) : v >= 10 ? v.toFixed(1) : v.toFixed(2));
export const pct = (n: number, d: number) => (d > 0 ? `${((100 * n) / d).toFixed(1)}%` : '–');
const count = (n: number) => n.toLocaleString('en-US');
const seconds = (v: number) => `${(v / 1000).toFixed(1)} s`;
const num = (v: number) => (Number.isInteger(v) ? count(v) : Number(v.toPrecision(4)).toString());

/**
 * User text made inert in Markdown: one line, no table-cell break, no HTML, no emphasis, code,
 * link or strike-through syntax. `<script>` becomes the visible text "&lt;script&gt;".
 */
export function mdText(s: string): string {
  return s
    .replace(/[\r\n\t\v\f\u2028\u2029]+/g, ' ')
    .replace(/\p{Cc}/gu, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/[\\`*_[\]|~]/g, '\\$&')
    .trim();
}

/** Numbers right-aligned; the name column and the columns of words (`text`) left-aligned. */
function table(head: string[], rows: (string | number)[][], text: readonly string[] = []): string {
  const line = (cells: (string | number)[]) => `| ${cells.map(String).join(' | ')} |`;
  return [line(head), line(head.map((h, i) => (i === 0 || text.includes(h) ? ':---' : '---:'))), ...rows.map(line)].join('\n');
}

/** "OPEN 20.1 s → HALF_OPEN 25.1 s → CLOSED 26.0 s", the first `max`, then how many in all. */
function breakerStory(ts: Report['links'][string]['breakerTransitions'], max = 6): string {
  if (ts.length === 0) return '–';
  const shown = ts.slice(0, max).map((t) => `${t.to} ${seconds(t.atMs)}`);
  return shown.join(' → ') + (ts.length > max ? ` … (${ts.length} in all)` : '');
}

const FAILURES = [
  ['error', 'error'],
  ['timeout', 'timeout'],
  ['rejected', 'rejected'],
  ['shortCircuited', 'short-circuited'],
  ['rateLimited', 'rate-limited'],
] as const;

function linkFailed(l: Report['links'][string]): number {
  return l.errors + l.timeouts + l.rejected + l.shortCircuited + l.rateLimited;
}

function keyNumbers(r: Report, name: (id: string) => string): string[] {
  const out: string[] = [];
  for (const [id, c] of Object.entries(r.clients)) {
    const failed = FAILURES.filter(([k]) => c.failures[k] > 0).map(([k, label]) => `${count(c.failures[k])} ${label}`);
    out.push(
      `- **${mdText(name(id))}** sent ${count(c.sent)} requests: ${pct(c.succeeded, c.sent)} succeeded; latency p50 ${ms(c.latencyMs.p50)} ms, p95 ${ms(c.latencyMs.p95)} ms, p99 ${ms(c.latencyMs.p99)} ms` +
        (failed.length ? `; failed: ${failed.join(', ')}.` : '; none failed.'),
    );
  }
  for (const [id, l] of Object.entries(r.links)) {
    const failed = linkFailed(l);
    if (failed === 0 && l.breakerTransitions.length === 0) continue;
    out.push(`- **${mdText(name(id))}**: ${count(l.calls)} calls, ${count(failed)} failed (${pct(failed, l.calls)})${l.breakerTransitions.length ? `; circuit breaker ${breakerStory(l.breakerTransitions)}` : ''}.`);
  }
  for (const [id, q] of Object.entries(r.queues)) {
    out.push(`- **${mdText(name(id))}**: max depth ${count(q.maxDepth)}, ${count(q.deadLettered)} dead-lettered, ${count(q.depthAtEnd)} still queued at the end.`);
  }
  for (const [id, c] of Object.entries(r.consistency)) {
    out.push(`- **${mdText(name(id))}** consistency lag: p50 ${ms(c.lagMs.p50)} ms, p95 ${ms(c.lagMs.p95)} ms, p99 ${ms(c.lagMs.p99)} ms, max ${ms(c.lagMs.max)} ms (${count(c.lagMs.count)} writes).`);
  }
  return out;
}

export function reportMarkdown(r: Report, o: MarkdownOptions): string {
  const name = (id: string) => mdText(o.name(id));
  const file = o.scenarioFile.replace(/[`\r\n]/g, '');
  const out: string[] = [];
  out.push(`# ${mdText(r.scenario)} — run report`, '');
  out.push(
    `Seed **${r.seed}** · ${seconds(r.simulatedMs)} simulated` +
      (r.warmupMs > 0 ? ` (the first ${seconds(r.warmupMs)} are warm-up, left out of the statistics)` : '') +
      ` · ${count(r.events)} events · Interplay${o.date ? `, ${mdText(o.date)}` : ''}`,
    '',
  );
  const keys = keyNumbers(r, o.name);
  if (keys.length) out.push('## Key numbers', '', ...keys, '');

  const section = (title: string, note: string, head: string[], rows: (string | number)[][]) => {
    if (rows.length) out.push(`## ${title}`, '', note, '', table(head, rows, ['kind', 'breaker transitions', 'numbers']), '');
  };
  section(
    'Clients',
    'End to end, as each client saw its requests. Latency of successful requests, ms.',
    ['client', 'sent', 'succeeded', 'p50', 'p95', 'p99', ...FAILURES.map(([, l]) => l), 'in flight'],
    Object.entries(r.clients).map(([id, c]) => [name(id), count(c.sent), pct(c.succeeded, c.sent), ms(c.latencyMs.p50), ms(c.latencyMs.p95), ms(c.latencyMs.p99), ...FAILURES.map(([k]) => count(c.failures[k])), count(c.inFlight)]),
  );
  section(
    'Links',
    'Calls made through each link; failed = error + timeout + rejected + short-circuited + rate-limited. Latency in ms.',
    ['link', 'kind', 'calls', 'failed', 'error', 'timeout', 'rejected', 'short-circuited', 'rate-limited', 'retries', 'p99', 'breaker transitions'],
    Object.entries(r.links).map(([id, l]) => [name(id), mdText(o.linkKind?.(id) ?? ''), count(l.calls), count(linkFailed(l)), count(l.errors), count(l.timeouts), count(l.rejected), count(l.shortCircuited), count(l.rateLimited), count(l.retries), ms(l.latencyMs.p99), breakerStory(l.breakerTransitions)]),
  );
  section(
    'Services',
    'Wait = queued for a worker; response = arrival to answer, ms.',
    ['service', 'arrivals', 'completed', 'failed', 'rejected', 'utilisation', 'wait mean', 'wait p99', 'response p50', 'response p99'],
    Object.entries(r.nodes).map(([id, n]) => [name(id), count(n.arrivals), count(n.completed), count(n.failed), count(n.rejected), `${(n.utilization * 100).toFixed(1)}%`, ms(n.waitMs.mean), ms(n.waitMs.p99), ms(n.responseMs.p50), ms(n.responseMs.p99)]),
  );
  section(
    'Queues and subscriptions',
    'Messages through each queue and each topic subscription.',
    ['queue', 'enqueued', 'acked', 'redelivered', 'dead-lettered', 'rejected', 'max depth', 'depth at end'],
    Object.entries(r.queues).map(([id, q]) => [name(id), count(q.enqueued), count(q.acked), count(q.redelivered), count(q.deadLettered), count(q.rejected), count(q.maxDepth), count(q.depthAtEnd)]),
  );
  section(
    'Consistency lag',
    'From a write acknowledged at its origin to the consumer having processed it, ms.',
    ['consumer', 'writes', 'mean', 'p50', 'p95', 'p99', 'max'],
    Object.entries(r.consistency).map(([id, c]) => [name(id), count(c.lagMs.count), ms(c.lagMs.mean), ms(c.lagMs.p50), ms(c.lagMs.p95), ms(c.lagMs.p99), ms(c.lagMs.max)]),
  );
  section(
    'Pattern nodes',
    'Each pattern’s own numbers; latency-like ones as p50 / p99 ms.',
    ['node', 'kind', 'numbers'],
    Object.entries(r.patterns ?? {}).map(([id, p]) => [
      name(id),
      mdText(p.kind),
      [...Object.entries(p.values).map(([k, v]) => `${mdText(k)} ${num(v)}`), ...Object.entries(p.summaries ?? {}).map(([k, s]) => `${mdText(k)} ${ms(s.p50)} / ${ms(s.p99)}`)].join(' · ') || '–',
    ]),
  );

  out.push(
    '## How to reproduce',
    '',
    `Open the scenario JSON (\`${file}\`, saved with File → Download JSON) in Interplay with File → Open JSON file…, keep seed ${r.seed} and run it to the end: the same scenario and seed give the same numbers. ` +
      `From a checkout of Interplay: \`npm run sim -- ${file} --seed ${r.seed}\`.`,
    '',
  );
  return out.join('\n');
}
