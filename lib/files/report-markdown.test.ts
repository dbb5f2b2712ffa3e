import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseScenario, runScenario, type Report } from '@/simulations/index';
import type { ScenarioDoc } from '../scenario-doc/types';
import { kindOf, namerOf } from './names';
import { mdText, ms, pct, reportMarkdown } from './report-markdown';

const example = (f: string) => JSON.parse(readFileSync(new URL(`../../simulations/examples/${f}`, import.meta.url), 'utf8')) as ScenarioDoc;

function markdownOf(doc: ScenarioDoc, seed = 1): { md: string; report: Report } {
  const report = runScenario(parseScenario(doc), { seed });
  const linkKinds = new Map((doc.links ?? []).map((l) => [l.id, l.kind]));
  return { report, md: reportMarkdown(report, { name: namerOf(doc), linkKind: (id) => linkKinds.get(id), scenarioFile: 'the-file.json', date: '2026-11-27' }) };
}

/** Cells of a Markdown table row, split at pipes that are not escaped. */
const cells = (row: string) => row.slice(2, -2).split(/(?<!\\) \| /);
const tableAfter = (md: string, heading: string) => {
  const lines = md.split('\n');
  const start = lines.indexOf(heading);
  const rows: string[] = [];
  for (let i = start + 1; i < lines.length && !lines[i].startsWith('## '); i++) if (lines[i].startsWith('| ')) rows.push(lines[i]);
  return rows;
};

describe('reportMarkdown', () => {
  it('gives the seed, the duration and each client’s numbers as the Report tab writes them', () => {
    const { md, report } = markdownOf(example('circuit-breaker.json'), 7);
    const c = report.clients.shoppers;
    expect(md.startsWith('# Circuit breaker in front of a flaky payment API — run report\n\nSeed **7** · 60.0 s simulated · ')).toBe(true);
    expect(md).toContain(`- **Shoppers** sent ${c.sent.toLocaleString('en-US')} requests: ${pct(c.succeeded, c.sent)} succeeded; latency p50 ${ms(c.latencyMs.p50)} ms, p95 ${ms(c.latencyMs.p95)} ms, p99 ${ms(c.latencyMs.p99)} ms; failed: `);
    const [head, rule, row] = tableAfter(md, '## Clients');
    expect(cells(head)).toEqual(['client', 'sent', 'succeeded', 'p50', 'p95', 'p99', 'error', 'timeout', 'rejected', 'short-circuited', 'rate-limited', 'in flight']);
    expect(cells(rule)).toEqual([':---', ...Array(11).fill('---:')]);
    expect(cells(row)).toEqual(['Shoppers', c.sent.toLocaleString('en-US'), pct(c.succeeded, c.sent), ms(c.latencyMs.p50), ms(c.latencyMs.p95), ms(c.latencyMs.p99), ...['error', 'timeout', 'rejected', 'shortCircuited', 'rateLimited'].map((k) => c.failures[k as keyof typeof c.failures].toLocaleString('en-US')), c.inFlight.toLocaleString('en-US')]);
    expect(c.failures.shortCircuited).toBeGreaterThan(0); // the example's breaker opens: the row is not all zeros
  });

  it('has a row per link with its calls, failures and breaker transitions', () => {
    const { md, report } = markdownOf(example('circuit-breaker.json'), 7);
    const l = report.links['checkout-payments'];
    expect(l.breakerTransitions.length).toBeGreaterThan(1);
    const row = tableAfter(md, '## Links').map(cells).find((r) => r[0] === 'Checkout → Payments API')!;
    const failed = l.errors + l.timeouts + l.rejected + l.shortCircuited + l.rateLimited;
    expect(row.slice(1, 4)).toEqual(['rest', l.calls.toLocaleString('en-US'), failed.toLocaleString('en-US')]);
    expect(row[11]).toMatch(new RegExp(`^${l.breakerTransitions[0].to} ${(l.breakerTransitions[0].atMs / 1000).toFixed(1)} s → `));
    expect(md).toContain(`- **Checkout → Payments API**: ${l.calls.toLocaleString('en-US')} calls, ${failed.toLocaleString('en-US')} failed`);
  });

  it('gives queues their max depth and dead letters, consumers their consistency lag, and the warm-up', () => {
    const { md: queue, report: qr } = markdownOf(example('work-queue-dlq.json'));
    expect(qr.queues.jobs.deadLettered).toBeGreaterThan(0);
    expect(queue).toContain(`- **jobs**: max depth ${qr.queues.jobs.maxDepth.toLocaleString('en-US')}, ${qr.queues.jobs.deadLettered.toLocaleString('en-US')} dead-lettered`);
    const { md: events, report: er } = markdownOf(example('order-events.json'));
    expect(events).toContain('(the first 10.0 s are warm-up, left out of the statistics)');
    const lag = er.consistency.analytics.lagMs;
    expect(tableAfter(events, '## Consistency lag').map(cells)).toContainEqual(['Analytics (slow)', lag.count.toLocaleString('en-US'), ms(lag.mean), ms(lag.p50), ms(lag.p95), ms(lag.p99), ms(lag.max)]);
    expect(tableAfter(events, '## Queues and subscriptions').map((r) => cells(r)[0])).toContain('order-events · Billing (fast)');
  });

  it('says how to get the same numbers again', () => {
    const { md } = markdownOf(example('mm1.json'), 42);
    expect(md).toContain('keep seed 42 and run it to the end');
    expect(md).toContain('`npm run sim -- the-file.json --seed 42`');
  });

  it('keeps hostile labels inside their cell, as text, never as markup', () => {
    const doc = example('circuit-breaker.json');
    const evil = '<script>alert(1)</script> | *bold* `code` [x](javascript:alert(1))\nsecond line';
    const hostile: ScenarioDoc = { ...doc, name: `A | B <img src=x onerror=alert(1)>\n# not a heading`, nodes: doc.nodes.map((n) => (n.id === 'shoppers' ? { ...n, label: evil.slice(0, 80) } : n)) };
    const { md } = markdownOf(hostile);
    expect(md).not.toMatch(/<(script|img)/i);
    expect(md.split('\n').filter((l) => l.startsWith('# '))).toHaveLength(1);
    expect(md.split('\n')[0]).toBe('# A \\| B &lt;img src=x onerror=alert(1)&gt; # not a heading — run report');
    for (const heading of ['## Clients', '## Links']) {
      const rows = tableAfter(md, heading).map(cells);
      for (const r of rows) expect(r).toHaveLength(rows[0].length);
    }
    const client = tableAfter(md, '## Clients').map(cells)[2];
    expect(client[0]).toBe('&lt;script&gt;alert(1)&lt;/script&gt; \\| \\*bold\\* \\`code\\` \\[x\\](javascript:alert(1)) second line');
  });

  it('escapes exactly what could change the meaning of a line', () => {
    expect(mdText('Users API (v2) – 50 % #1')).toBe('Users API (v2) – 50 % #1');
    expect(mdText('a\r\nb\tc\u0000d')).toBe('a b cd');
    expect(mdText('x & <y> ~z~ _w_ \\')).toBe('x &amp; &lt;y&gt; \\~z\\~ \\_w\\_ \\\\');
  });
});

describe('names for reports and series', () => {
  it('reads nodes by label, links by their ends, subscriptions and lag series by their parts', () => {
    const doc = example('order-events.json');
    const name = namerOf(doc);
    const kind = kindOf(doc);
    expect([name('billing'), name('orders-publish'), name('order-events:billing'), name('lag/analytics'), name('mystery')]).toEqual(['Billing (fast)', 'Orders (write model) → order-events', 'order-events · Billing (fast)', 'Analytics (slow)', 'mystery']);
    expect([kind('shoppers'), kind('orders-publish'), kind('order-events:billing'), kind('lag/analytics'), kind('mystery')]).toEqual(['client', 'publish link', 'subscription', 'consistency lag', 'other']);
  });
});
