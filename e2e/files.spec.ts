/**
 * Files and exports, as a person uses them: save the scenario as JSON and open it again, drop a
 * file on the canvas, get a clear message for a bad file without losing work, and download the
 * report, the time series and a picture of the graph.
 */
import { readFile } from 'node:fs/promises';
import type { Download, Page } from '@playwright/test';
import { dropFromPalette, renameInPlace } from './support/canvas';
import { example } from './support/cli';
import { expect, test } from './support/fixtures';
import { canvasNodes, openPlayground, playToEnd } from './support/playground';

const STARTER = ['Web app', 'Users API', 'Users DB'];

// Each test loads code on first use (the layout engine, the exporters) and some run a simulation: room for a slow machine.
test.describe.configure({ timeout: 60_000 });

async function labels(page: Page): Promise<string[]> {
  return canvasNodes(page).getByTitle(/double-click to rename/).allTextContents();
}

/** Opens the File menu, picks an item and returns the download it starts. */
async function downloadFromMenu(page: Page, item: string): Promise<Download> {
  await page.getByTestId('file-menu-button').click();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('menuitem', { name: item }).click()]);
  return download;
}

async function text(download: Download): Promise<string> {
  return readFile(await download.path(), 'utf8');
}

/** Picks a file in the File menu's file chooser, as the "Open JSON file…" item does. */
async function openFile(page: Page, name: string, content: string | Buffer): Promise<void> {
  await page.getByTestId('file-input').setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(content) });
}

const notice = (page: Page) => page.getByTestId('notice').last();

test('a downloaded scenario opens again as it was, in one step that undo takes back', async ({ page, baseURL }) => {
  await openPlayground(page);
  expect(await labels(page)).toEqual(STARTER);

  const saved = await downloadFromMenu(page, 'Download JSON');
  expect(saved.suggestedFilename()).toBe('my-scenario.json');
  const json = JSON.parse(await text(saved));
  expect(json.$schema).toBe(`${baseURL}/scenario.schema.json`);
  expect(json.nodes.map((n: { label: string }) => n.label)).toEqual(STARTER);

  // Change the work: a new node, a renamed one.
  await dropFromPalette(page, 'Queue', { x: 420, y: 70 });
  await renameInPlace(page, canvasNodes(page).nth(2), 'Orders DB');
  const edited = await labels(page);
  expect(edited).toEqual(['Web app', 'Users API', 'Orders DB', 'Queue']);

  await openFile(page, 'my-scenario.json', await readFile(await saved.path()));
  await expect(notice(page)).toContainText('Opened “My scenario” from my-scenario.json');
  await expect(canvasNodes(page)).toHaveCount(3);
  expect(await labels(page)).toEqual(STARTER);
  await expect(page.locator('.react-flow__edge')).toHaveCount(2);

  // Opening was one step: one undo brings back everything that was there before.
  await page.getByRole('button', { name: 'Undo', exact: true }).click();
  await expect(canvasNodes(page)).toHaveCount(4);
  expect(await labels(page)).toEqual(edited);
});

test('a bad file says what is wrong and where, and the work stays as it was', async ({ page }) => {
  await openPlayground(page);
  await renameInPlace(page, canvasNodes(page).first(), 'My own client');
  const before = await labels(page);

  const cases: [string, string | Buffer, RegExp][] = [
    ['broken.json', '{\n  "version": 1,\n  "name": "x",,\n  "nodes": []\n}', /Could not open broken\.json: not valid JSON at line 3, column 15: expected a property name in double quotes, not ','/],
    ['cut.json', '{\n  "version": 1,\n  "name": "half a fi', /Could not open cut\.json: not valid JSON: the text ends in the middle of a value at line 3 — the file looks cut off/],
    ['future.json', JSON.stringify({ version: 7, name: 'from the future', nodes: [] }), /this scenario is format version 7; this build reads up to 1 — update Interplay/],
    ['typo.json', JSON.stringify({ version: 1, name: 'typo', nodes: [{ id: 'a', kind: 'client', traffic: { type: 'poisson', ratePerSec: 1 } }], links: [{ id: 'l', kind: 'rest', from: 'a', to: 'db' }] }), /Could not open typo\.json: links\[0\]\.to: .*"db"/],
    ['huge.json', `{"version": 1, "name": "big", "nodes": [], "description": "${'x'.repeat(300_000)}"}`, /the file is 294 KB; the largest scenario Interplay opens is 256 KB/],
  ];
  for (const [name, content, message] of cases) {
    await openFile(page, name, content);
    await expect(notice(page)).toContainText(message);
    await expect(notice(page)).toContainText('Your work is unchanged.');
    expect(await labels(page)).toEqual(before);
    await notice(page).getByRole('button', { name: 'Dismiss' }).click();
  }
  // Nothing was recorded by the refused files: the last step undo takes back is still the rename.
  await page.getByRole('button', { name: 'Undo', exact: true }).click();
  await expect.poll(() => labels(page)).toEqual(STARTER);
});

test('a file dropped on the canvas opens, and one without positions is laid out rather than stacked', async ({ page }) => {
  await openPlayground(page);
  const bare = {
    version: 1,
    name: 'Hand-written',
    nodes: [
      { id: 'shop', kind: 'client', label: 'Shop', traffic: { type: 'poisson', ratePerSec: 5 } },
      { id: 'orders', kind: 'service', label: 'Orders', serviceTime: { type: 'constant', value: 5 } },
      { id: 'stock', kind: 'service', label: 'Stock', serviceTime: { type: 'constant', value: 5 } },
    ],
    links: [
      { id: 'shop-orders', kind: 'rest', from: 'shop', to: 'orders' },
      { id: 'orders-stock', kind: 'rest', from: 'orders', to: 'stock' },
    ],
  };
  const file = await page.evaluateHandle((content) => {
    const dt = new DataTransfer();
    dt.items.add(new File([content], 'hand-written.json', { type: 'application/json' }));
    return dt;
  }, JSON.stringify(bare));
  const pane = page.locator('.react-flow__pane');
  await pane.dispatchEvent('dragenter', { dataTransfer: file });
  await pane.dispatchEvent('dragover', { dataTransfer: file });
  await expect(page.getByTestId('file-drop-overlay')).toContainText('Drop the scenario file to open it');
  await pane.dispatchEvent('drop', { dataTransfer: file });
  await expect(page.getByTestId('file-drop-overlay')).toHaveCount(0);
  // The layout engine loads on first use: give it time on a slow machine.
  await expect(notice(page)).toContainText('It had no node positions, so it was laid out automatically.', { timeout: 15_000 });
  expect(await labels(page)).toEqual(['Shop', 'Orders', 'Stock']);
  await expect(page.getByRole('textbox', { name: 'Scenario name' })).toHaveValue('Hand-written');

  // Laid out left to right along the calls, apart from each other.
  const xs = await Promise.all(['Shop', 'Orders', 'Stock'].map(async (l) => (await canvasNodes(page).filter({ hasText: l }).boundingBox())!.x));
  expect(xs[0]).toBeLessThan(xs[1] - 100);
  expect(xs[1]).toBeLessThan(xs[2] - 100);
});

test('after a run: the Markdown report carries the numbers the Report tab shows, and the CSV every window', async ({ page }) => {
  const scenario = example('circuit-breaker.json', { durationMs: 30_000 });
  const seed = scenario.seed as number;
  await openPlayground(page, scenario);
  await playToEnd(page);
  await page.getByRole('tab', { name: 'Report' }).click();
  const row = page.getByTestId('report-clients').locator('tr[data-row="shoppers"]');
  await expect(row).toBeVisible(); // the tab's body loads on first open
  const shown = await row.locator('td').allTextContents();
  const [sent, ok, , , , , , , p50, p95, p99] = shown;
  expect(Number(sent.replace(/,/g, ''))).toBeGreaterThan(1000);

  const [report] = await Promise.all([page.waitForEvent('download'), page.getByTestId('report-download-md').click()]);
  expect(report.suggestedFilename()).toBe('circuit-breaker-in-front-of-a-flaky-payment-api-report.md');
  const md = await text(report);
  expect(md).toContain('# Circuit breaker in front of a flaky payment API — run report');
  expect(md).toContain(`Seed **${seed}** · 30.0 s simulated`);
  expect(md).toContain(`| Shoppers | ${sent} | ${ok} | ${p50} | ${p95} | ${p99} |`);
  expect(md).toMatch(/\| Checkout → Payments API \| rest \| .* \| OPEN 2\d\.\d s → /);
  expect(md).toContain(`\`npm run sim -- circuit-breaker-in-front-of-a-flaky-payment-api.json --seed ${seed}\``);

  const [series] = await Promise.all([page.waitForEvent('download'), page.getByTestId('report-download-csv').click()]);
  const lines = (await text(series)).trimEnd().split('\r\n');
  expect(lines[0]).toMatch(/^window_end_ms,series,name,kind,sent,ok,error,/);
  const shoppers = lines.filter((l) => l.includes(',shoppers,Shoppers,client,'));
  expect(shoppers).toHaveLength(30); // one per 1 s window of the 30 s run
  expect(shoppers[0]).toMatch(/^1000,/);
  expect(shoppers[29]).toMatch(/^30000,/);
});

test('the graph downloads as SVG with its labels and as a PNG of the whole graph', async ({ page }) => {
  await openPlayground(page);
  const svg = await downloadFromMenu(page, 'Download picture (SVG)');
  expect(svg.suggestedFilename()).toBe('my-scenario.svg');
  const picture = await text(svg);
  expect(picture.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
  expect(picture).toContain('<title>My scenario</title>');
  for (const label of STARTER) expect(picture).toContain(`>${label}<`);
  expect(picture).toContain('url(#ip-arrow-sync)'); // arrowheads, with their definitions copied in
  expect(picture).toContain('id="ip-arrow-sync"');

  const png = await downloadFromMenu(page, 'Download picture (PNG)');
  const bytes = await readFile(await png.path());
  expect(bytes.subarray(1, 4).toString()).toBe('PNG');
  // Wider than tall, like the chain; at twice the CSS pixels of a frame around three 208 px nodes and their gaps.
  const width = bytes.readUInt32BE(16);
  const height = bytes.readUInt32BE(20);
  expect(width).toBeGreaterThan(1600);
  expect(height).toBeLessThan(width / 2);
});
