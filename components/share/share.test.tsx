// @vitest-environment jsdom
/**
 * The share UI in a DOM, with the real playground provider (its autosave restore and the address it reads) and the
 * network mocked by msw: what a person sees when they open a link over their work, open a short link, create one,
 * and when a name holds markup. The engine worker is replaced by a stand-in: no run happens here.
 */
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import LZString from 'lz-string';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { useEffect, type ReactNode } from 'react';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { Notices } from '@/components/playground/Notices';
import { PlaygroundProvider, usePlayground } from '@/components/playground/PlaygroundProvider';
import { newNode, starterDoc } from '@/lib/scenario-doc/defaults';
import type { ScenarioDoc } from '@/lib/scenario-doc/types';
import { MY_SCENARIOS_KEY } from '@/lib/share/my-scenarios';
import { AUTOSAVE_KEY } from '@/lib/storage/autosave';
import { IncomingScenario } from './IncomingScenario';
import { ShareMenu } from './ShareMenu';

vi.mock('@/lib/engine-client', () => ({ startEngine: () => ({ api: {}, terminate: () => undefined }) }));
vi.mock('@/lib/run/driver', () => ({
  RunDriver: class {
    reset = async () => true;
    play = async () => undefined;
    dispose = () => undefined;
  },
}));

const ORIGIN = 'http://localhost:3000';
const ID = 'Ab3dE5gH9jK1';
const EVIL = '<img src=x onerror=alert(1)>';
const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterAll(() => server.close());

let writeText: ReturnType<typeof vi.fn<(text: string) => Promise<void>>>;
beforeEach(() => {
  localStorage.clear();
  window.history.replaceState(null, '', '/play');
  writeText = vi.fn<(text: string) => Promise<void>>(async () => undefined);
  Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
});
afterEach(() => {
  cleanup();
  server.resetHandlers();
});

function myWork(): ScenarioDoc {
  const d = starterDoc();
  return { ...d, name: 'My own work', nodes: [...d.nodes, newNode('queue', 'queue-1', { x: 500, y: 300 }, 'Orders')] };
}
function shared(name = 'Shared checkout'): ScenarioDoc {
  return { ...starterDoc(), name, seed: 42 };
}

/** Hands the playground's stores to the test. */
let stores: ReturnType<typeof usePlayground>;
function Probe() {
  const p = usePlayground();
  useEffect(() => {
    stores = p;
  }, [p]);
  return null;
}

function renderPlayground(children: ReactNode = null) {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false }, mutations: { retry: false } } });
  return render(
    <QueryClientProvider client={client}>
      <PlaygroundProvider>
        <Probe />
        {children}
        <IncomingScenario />
        <Notices />
      </PlaygroundProvider>
    </QueryClientProvider>,
  );
}

const docName = () => stores.doc.getState().doc.name;

describe('opening a link over autosaved work', () => {
  it('asks, keeps the work when told to, and leaves the address plain /play', async () => {
    localStorage.setItem(AUTOSAVE_KEY, JSON.stringify(myWork()));
    window.history.replaceState(null, '', `/play#s=1.${LZString.compressToEncodedURIComponent(JSON.stringify(shared(EVIL)))}`);
    const { container } = renderPlayground();
    const prompt = await screen.findByRole('alertdialog', { name: 'Open the shared scenario?' });
    // The name is text, never markup.
    expect(prompt.textContent).toContain(`The shared link holds “${EVIL}” (3 nodes, 2 links).`);
    expect(prompt.textContent).toContain('The canvas has your own work: “My own work” (4 nodes, 2 links).');
    expect(container.querySelector('img')).toBeNull();
    expect(docName()).toBe('My own work');
    expect(window.location.hash).not.toBe(''); // a reload before answering asks again

    fireEvent.click(within(prompt).getByRole('button', { name: 'Keep my work' }));
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(docName()).toBe('My own work');
    expect(JSON.parse(localStorage.getItem(AUTOSAVE_KEY)!).name).toBe('My own work');
    expect(`${window.location.pathname}${window.location.hash}`).toBe('/play');
  });

  it('opens it as one undoable step, autosaves it, and undo brings the work back', async () => {
    localStorage.setItem(AUTOSAVE_KEY, JSON.stringify(myWork()));
    window.history.replaceState(null, '', `/play#s=1.${LZString.compressToEncodedURIComponent(JSON.stringify(shared()))}`);
    renderPlayground();
    fireEvent.click(await screen.findByRole('button', { name: 'Open the shared scenario' }));
    expect(docName()).toBe('Shared checkout');
    expect(JSON.parse(localStorage.getItem(AUTOSAVE_KEY)!).name).toBe('Shared checkout');
    expect(screen.getByRole('status').textContent).toContain('Opened “Shared checkout” from the shared link. Undo (Ctrl+Z) brings your previous work back.');
    act(() => stores.doc.temporal.getState().undo());
    expect(docName()).toBe('My own work');
    expect(JSON.parse(localStorage.getItem(AUTOSAVE_KEY)!).name).toBe('My own work');
  });

  it('shows what is wrong with a broken link, with the path, and changes nothing', async () => {
    localStorage.setItem(AUTOSAVE_KEY, JSON.stringify(myWork()));
    const broken = { ...shared(), links: [{ ...shared().links![0], to: 'db' }] };
    window.history.replaceState(null, '', `/play#s=1.${LZString.compressToEncodedURIComponent(JSON.stringify(broken))}`);
    renderPlayground();
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Could not open the shared link: links[0].to: no node with id "db". Your current work is unchanged.');
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(docName()).toBe('My own work');
  });
});

describe('opening /s/{id}', () => {
  it('loads the stored scenario and opens it over the untouched starter without asking', async () => {
    server.use(http.get(`${ORIGIN}/api/scenarios/:id`, () => HttpResponse.json({ id: ID, scenario: shared(), createdAt: 1 })));
    window.history.replaceState(null, '', `/s/${ID}`);
    renderPlayground();
    expect(screen.getByTestId('short-link-loading').textContent).toBe(`Opening the short link /s/${ID}…`);
    await waitFor(() => expect(docName()).toBe('Shared checkout'));
    expect(screen.queryByTestId('short-link-loading')).toBeNull();
    expect(window.location.pathname).toBe('/play');
  });

  it('says the link leads nowhere on a 404, and keeps the work', async () => {
    localStorage.setItem(AUTOSAVE_KEY, JSON.stringify(myWork()));
    server.use(http.get(`${ORIGIN}/api/scenarios/:id`, () => HttpResponse.json({ error: 'no scenario' }, { status: 404 })));
    window.history.replaceState(null, '', `/s/${ID}`);
    renderPlayground();
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain(`Could not open the short link /s/${ID}: there is no stored scenario with id "${ID}" — the link may be mistyped or cut short. Your current work is unchanged.`);
    expect(docName()).toBe('My own work');
  });
});

describe('the Share menu', () => {
  async function openMenu() {
    renderPlayground(<ShareMenu />);
    await waitFor(() => expect(docName()).toBeDefined());
    fireEvent.click(screen.getByRole('button', { name: 'Share' }));
    return screen.getByRole('dialog', { name: 'Share this scenario' });
  }

  it('copies a link that holds the scenario, says how long it is, and keeps it in My scenarios', async () => {
    localStorage.setItem(AUTOSAVE_KEY, JSON.stringify({ ...myWork(), name: EVIL }));
    const panel = await openMenu();
    const link = (within(panel).getByRole('textbox', { name: 'Share link' }) as HTMLInputElement).value;
    expect(link).toMatch(new RegExp(`^${ORIGIN}/play#s=1\\.`));
    expect(within(panel).getByTestId('share-link-length').textContent).toBe(`${link.length.toLocaleString('en-US')} characters`);
    fireEvent.click(within(panel).getByRole('button', { name: 'Copy link' }));
    await waitFor(() => expect(writeText).toHaveBeenCalledWith(link));
    await within(panel).findByText(/copied to the clipboard/);
    const entry = within(panel).getByTestId('my-scenario');
    expect(within(entry).getByTestId('my-scenario-title').textContent).toBe(EVIL);
    expect(panel.querySelector('img')).toBeNull();
    expect(JSON.parse(localStorage.getItem(MY_SCENARIOS_KEY)!)[0]).toMatchObject({ title: EVIL, link: link.slice(ORIGIN.length) });

    fireEvent.click(within(entry).getByRole('button', { name: `Remove “${EVIL}” from My scenarios` }));
    expect(within(panel).queryByTestId('my-scenario')).toBeNull();
    expect(JSON.parse(localStorage.getItem(MY_SCENARIOS_KEY)!)).toEqual([]);
  });

  it('warns when the link is long and points to a short link', async () => {
    // Descriptions of letters drawn by a fixed LCG: text that does not compress, as long as the schema allows.
    let x = 7;
    const noise = () => Array.from({ length: 2000 }, () => String.fromCharCode(33 + ((x = (x * 1103515245 + 12345) % 2 ** 31) % 90))).join('');
    const d = myWork();
    localStorage.setItem(AUTOSAVE_KEY, JSON.stringify({ ...d, description: noise(), nodes: d.nodes.map((n) => ({ ...n, description: noise() })) }));
    const panel = await openMenu();
    expect(within(panel).getByTestId('share-long-warning').textContent).toMatch(/^This link is [\d,]+ characters long\. .* a short link \(below\) is safer\.$/);
  });

  it('creates a short link and shows it to copy', async () => {
    let posted: unknown;
    server.use(
      http.post(`${ORIGIN}/api/scenarios`, async ({ request }) => {
        posted = await request.json();
        return HttpResponse.json({ id: ID, url: `/s/${ID}` }, { status: 201 });
      }),
    );
    const panel = await openMenu();
    fireEvent.click(within(panel).getByRole('button', { name: 'Create short link' }));
    const input = (await within(panel).findByRole('textbox', { name: 'Short link' })) as HTMLInputElement;
    expect(input.value).toBe(`${ORIGIN}/s/${ID}`);
    expect(posted).toEqual(starterDoc());
    expect(within(panel).getByTestId('my-scenario-title').textContent).toBe('My scenario');
    // Changed afterwards: the link no longer opens what is on the canvas, and the panel says so.
    act(() => stores.doc.getState().apply((d) => ({ ...d, seed: 9 })));
    expect(within(panel).queryByRole('textbox', { name: 'Short link' })).toBeNull();
    expect(within(panel).getByRole('button', { name: 'Create a new short link' })).toBeTruthy();
  });

  it.each([
    [HttpResponse.json({ error: 'too large' }, { status: 413 }), 'Could not create a short link: the scenario is too large to store: the limit is 256 KB of JSON.'],
    [HttpResponse.json({ error: 'too many', retryAfterSec: 7 }, { status: 429, headers: { 'Retry-After': '7' } }), 'Could not create a short link: too many short links created from here in a short time — try again in 7 s.'],
    [HttpResponse.error(), 'Could not create a short link: the server could not be reached — check the connection and try again.'],
  ])('says in words why a short link could not be made (%#)', async (response, message) => {
    server.use(http.post(`${ORIGIN}/api/scenarios`, () => response));
    const panel = await openMenu();
    fireEvent.click(within(panel).getByRole('button', { name: 'Create short link' }));
    expect((await within(panel).findByTestId('share-short-error')).textContent).toBe(message);
  });

  it('reopens an entry of My scenarios without asking, one undo away from the work', async () => {
    localStorage.setItem(AUTOSAVE_KEY, JSON.stringify(myWork()));
    const fragment = `s=1.${LZString.compressToEncodedURIComponent(JSON.stringify(shared('From my list')))}`;
    localStorage.setItem(MY_SCENARIOS_KEY, JSON.stringify([{ title: 'From my list', savedAt: '2026-11-27T12:00:00.000Z', link: `/play#${fragment}` }]));
    const panel = await openMenu();
    fireEvent.click(within(panel).getByRole('button', { name: 'Open “From my list”' }));
    expect(docName()).toBe('From my list');
    expect(screen.queryByRole('dialog', { name: 'Share this scenario' })).toBeNull();
    act(() => stores.doc.temporal.getState().undo());
    expect(docName()).toBe('My own work');
  });
});
