// Opening a scenario from outside: when it opens at once, when it asks, and that nothing is lost either way.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { newNode, starterDoc } from '@/lib/scenario-doc/defaults';
import type { ScenarioDoc } from '@/lib/scenario-doc/types';
import { createDocumentStore } from '@/lib/stores/document-store';
import { createUiStore } from '@/lib/stores/ui-store';
import { findPreset } from '@/simulations/presets';
import { encodeScenario } from './link-codec';
import { acceptOffer, declineOffer, hasOwnWork, openPreset, receive, sameScenario, type OpenTargets } from './open-flow';
import { readIncoming, settledPath } from './open-incoming';
import { createOpenStore } from './open-store';

vi.mock('@/simulations/presets', () => {
  let preset: { slug: string; title: string; scenario: ScenarioDoc } | undefined;
  return { findPreset: (slug: string) => (slug === 'two-services' ? (preset ??= { slug, title: 'Two services', scenario: shared() }) : undefined) };
});

function shared(): ScenarioDoc {
  const d = starterDoc();
  return { ...d, name: 'Shared checkout', seed: 42, nodes: d.nodes.map((n) => (n.id === 'users-api' ? { ...n, label: 'Checkout API', position: { x: 300, y: 40 } } : n)) };
}

function myWork(): ScenarioDoc {
  const d = starterDoc();
  return { ...d, name: 'My own work', nodes: [...d.nodes, newNode('queue', 'queue-1', { x: 500, y: 300 }, 'Orders')] };
}

let p: OpenTargets;
let settle: ReturnType<typeof vi.fn<() => void>>;
const notices = () => p.ui.getState().notices.map((n) => [n.tone, n.text]);
const undo = () => p.doc.temporal.getState().undo();

function playground(initial: ScenarioDoc): OpenTargets {
  return { doc: createDocumentStore(initial), ui: createUiStore(), open: createOpenStore() };
}
const link = (doc: ScenarioDoc) => ({ kind: 'link' as const, hash: `#${encodeScenario(doc).fragment}` });

beforeEach(() => {
  settle = vi.fn<() => void>();
});

describe('readIncoming', () => {
  it('reads a share fragment first, then ?preset=, then /s/{id}', () => {
    expect(readIncoming({ pathname: '/s/abc', search: '?preset=x', hash: '#s=1.AAA' })).toEqual({ kind: 'link', hash: '#s=1.AAA' });
    expect(readIncoming({ pathname: '/s/abc', search: '?preset=circuit-breaker', hash: '' })).toEqual({ kind: 'preset', slug: 'circuit-breaker' });
    expect(readIncoming({ pathname: '/s/Ab3dE5gH9jK1', search: '', hash: '#other' })).toEqual({ kind: 'short', id: 'Ab3dE5gH9jK1' });
    expect(readIncoming({ pathname: '/play', search: '?x=1', hash: '' })).toEqual({ kind: 'none' });
  });

  it('settles on /play, keeping other query parameters', () => {
    expect(settledPath({ pathname: '/s/abc', search: '', hash: '' })).toBe('/play');
    expect(settledPath({ pathname: '/play', search: '?preset=a&theme=dark', hash: '#s=1.x' })).toBe('/play?theme=dark');
  });
});

describe('opening what a link brings', () => {
  it('opens at once over the untouched starter, as one undoable step', () => {
    p = playground(starterDoc());
    expect(hasOwnWork(p.doc.getState().doc)).toBe(false);
    expect(receive(p, link(shared()), { settle })).toBe('opened');
    expect(p.doc.getState().doc).toEqual(shared());
    expect(notices()).toEqual([['info', 'Opened “Shared checkout” from the shared link.']]);
    expect(settle).toHaveBeenCalledTimes(1);
    undo();
    expect(p.doc.getState().doc).toEqual(starterDoc());
  });

  it('asks before replacing the person’s own work; opening then is one undo step from getting it back', () => {
    p = playground(myWork());
    expect(receive(p, link(shared()), { settle })).toBe('asked');
    expect(p.doc.getState().doc).toEqual(myWork());
    expect(p.open.getState().offer).toMatchObject({ doc: shared(), source: 'the shared link' });
    expect(settle).not.toHaveBeenCalled(); // a reload before answering asks again

    acceptOffer(p, { settle });
    expect(p.doc.getState().doc).toEqual(shared());
    expect(p.open.getState().offer).toBeUndefined();
    expect(notices()).toEqual([['info', 'Opened “Shared checkout” from the shared link. Undo (Ctrl+Z) brings your previous work back.']]);
    expect(settle).toHaveBeenCalledTimes(1);
    undo();
    expect(p.doc.getState().doc).toEqual(myWork());
  });

  it('keeps the work untouched when the person says so', () => {
    p = playground(myWork());
    receive(p, link(shared()), { settle });
    declineOffer(p, { settle });
    expect(p.doc.getState().doc).toEqual(myWork());
    expect(p.doc.temporal.getState().pastStates).toHaveLength(0);
    expect(p.open.getState().offer).toBeUndefined();
    expect(notices()).toEqual([['info', 'Kept your work; the shared link was not opened.']]);
    expect(settle).toHaveBeenCalledTimes(1);
  });

  it('refuses a broken link with what is wrong and where, and changes nothing', () => {
    p = playground(myWork());
    const broken = { ...shared(), links: [{ ...shared().links![0], to: 'db' }] };
    expect(receive(p, link(broken), { settle })).toBe('refused');
    expect(notices()).toEqual([['error', 'Could not open the shared link: links[0].to: no node with id "db". Your current work is unchanged.']]);
    expect(p.doc.getState().doc).toEqual(myWork());
    expect(p.doc.temporal.getState().pastStates).toHaveLength(0);
    expect(p.open.getState().offer).toBeUndefined();
    expect(settle).toHaveBeenCalledTimes(1);

    receive(p, { kind: 'link', hash: '#s=1.N4Ig' }, { settle });
    expect(notices().at(-1)).toEqual(['error', 'Could not open the shared link: the link is cut short: its data ends before the scenario does — copy the whole link. Your current work is unchanged.']);
  });

  it('does not ask when the link holds what is already open, in any key order or with defaults filled in', () => {
    p = playground(myWork());
    const reordered = Object.fromEntries(Object.entries(myWork()).reverse()) as ScenarioDoc;
    expect(sameScenario(reordered, myWork())).toBe(true);
    expect(sameScenario({ ...myWork(), faults: undefined, $schema: '/scenario.schema.json' }, myWork())).toBe(true);
    expect(receive(p, link(reordered), { settle })).toBe('same');
    expect(p.open.getState().offer).toBeUndefined();
    expect(p.doc.temporal.getState().pastStates).toHaveLength(0);
  });

  it('opens without asking what the person picked themselves, still undoable', () => {
    p = playground(myWork());
    expect(receive(p, link(shared()), { settle, confirmed: true })).toBe('opened');
    expect(p.doc.getState().doc).toEqual(shared());
    undo();
    expect(p.doc.getState().doc).toEqual(myWork());
  });

  it('opens a preset by slug as an editable copy, and names an unknown one', async () => {
    p = playground(starterDoc());
    expect(receive(p, { kind: 'preset', slug: 'two-services' }, { settle })).toBe('loading');
    await vi.waitFor(() => expect(p.doc.getState().doc.name).toBe('Shared checkout'));
    p = playground(starterDoc());
    expect(await openPreset(p, 'two-services', { settle })).toBe('opened');
    expect(notices().at(-1)).toEqual(['info', 'Opened “Shared checkout” from the preset "Two services".']);
    // An editable copy: editing it leaves the preset as it ships.
    expect(p.doc.getState().doc).not.toBe(findPreset('two-services')!.scenario);
    p.doc.getState().apply((d) => ({ ...d, nodes: d.nodes.map((n) => ({ ...n, label: 'edited' })) }));
    expect(findPreset('two-services')!.scenario).toEqual(shared());
    expect(await openPreset(p, 'nope', { settle })).toBe('refused');
    expect(notices().at(-1)).toEqual(['error', 'Could not open the preset link: there is no preset called "nope". Your current work is unchanged.']);
    // Over the person's own work it asks, and calls it what it is.
    p = playground(myWork());
    expect(await openPreset(p, 'two-services', { settle })).toBe('asked');
    expect(p.open.getState().offer).toMatchObject({ noun: 'preset', source: 'the preset "Two services"' });
  });

  it('leaves a short link for the loader, remembering whether the person asked for it', () => {
    p = playground(myWork());
    expect(receive(p, { kind: 'short', id: 'Ab3dE5gH9jK1' }, { settle })).toBe('loading');
    expect(p.open.getState().loading).toEqual({ id: 'Ab3dE5gH9jK1', confirmed: false });
    expect(p.doc.getState().doc).toEqual(myWork());
  });
});
