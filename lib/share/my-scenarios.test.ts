// "My scenarios": what the list keeps, how long it gets, and what it refuses to believe from storage.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_ENTRIES, MAX_KEPT_LINK, MY_SCENARIOS_KEY, forgetScenario, linkKind, readMyScenarios, rememberScenario } from './my-scenarios';

class MemoryStorage implements Storage {
  private items = new Map<string, string>();
  quota = Infinity;
  get length() {
    return this.items.size;
  }
  clear() {
    this.items.clear();
  }
  getItem(k: string) {
    return this.items.get(k) ?? null;
  }
  key(i: number) {
    return [...this.items.keys()][i] ?? null;
  }
  removeItem(k: string) {
    this.items.delete(k);
  }
  setItem(k: string, v: string) {
    if (v.length > this.quota) throw new Error('QuotaExceededError: the quota has been exceeded');
    this.items.set(k, v);
  }
}

const at = (minute: number) => new Date(Date.UTC(2026, 10, 27, 12, minute));

describe('my scenarios', () => {
  it('keeps title, date and link, newest first, and reopens nothing it did not make', () => {
    const s = new MemoryStorage();
    expect(readMyScenarios(s)).toEqual([]);
    rememberScenario('Checkout', '/s/Ab3dE5gH9jK1', at(1), s);
    const r = rememberScenario('Orders', '/play#s=1.N4Ig', at(2), s);
    expect(r).toEqual({
      ok: true,
      list: [
        { title: 'Orders', savedAt: '2026-11-27T12:02:00.000Z', link: '/play#s=1.N4Ig' },
        { title: 'Checkout', savedAt: '2026-11-27T12:01:00.000Z', link: '/s/Ab3dE5gH9jK1' },
      ],
    });
    expect(readMyScenarios(s)).toEqual(r.list);
    expect(r.list.map((e) => linkKind(e.link))).toEqual(['full', 'short']);
  });

  it('has one entry per link: sharing again moves it to the top with the new title', () => {
    const s = new MemoryStorage();
    rememberScenario('A', '/s/aaaaaaaaaaaa', at(1), s);
    rememberScenario('B', '/s/bbbbbbbbbbbb', at(2), s);
    const r = rememberScenario('A, renamed', '/s/aaaaaaaaaaaa', at(3), s);
    expect(r.list.map((e) => e.title)).toEqual(['A, renamed', 'B']);
  });

  it(`stays bounded at ${MAX_ENTRIES} entries, dropping the oldest`, () => {
    const s = new MemoryStorage();
    for (let i = 0; i < MAX_ENTRIES + 5; i++) rememberScenario(`n${i}`, `/s/id${i}`, at(i), s);
    const list = readMyScenarios(s);
    expect(list).toHaveLength(MAX_ENTRIES);
    expect(list[0].title).toBe(`n${MAX_ENTRIES + 4}`);
    expect(list.at(-1)!.title).toBe('n5');
  });

  it('removes an entry, and only that one', () => {
    const s = new MemoryStorage();
    rememberScenario('A', '/s/aaaaaaaaaaaa', at(1), s);
    rememberScenario('B', '/s/bbbbbbbbbbbb', at(2), s);
    expect(forgetScenario('/s/aaaaaaaaaaaa', s).list.map((e) => e.title)).toEqual(['B']);
    expect(readMyScenarios(s).map((e) => e.title)).toEqual(['B']);
  });

  it('refuses links it would not make, and says why a long one is not kept', () => {
    const s = new MemoryStorage();
    for (const link of ['javascript:alert(1)', 'https://evil.example/s/abc', '/s/../../etc', '//evil.example/play#s=1.a', '/play#s=1.<img>']) {
      const r = rememberScenario('x', link, at(1), s);
      expect(r).toMatchObject({ ok: false, error: 'not added to My scenarios: it is not a link this app makes' });
    }
    const long = `/play#s=1.${'A'.repeat(MAX_KEPT_LINK)}`;
    expect(rememberScenario('x', long, at(1), s)).toMatchObject({ ok: false, error: 'not added to My scenarios: the link is longer than 8,192 characters; a short link can be kept' });
    expect(readMyScenarios(s)).toEqual([]);
  });

  it('reads whatever storage holds without throwing, keeping only valid entries', () => {
    const good = { title: 'Good', savedAt: '2026-11-27T12:00:00.000Z', link: '/s/Ab3dE5gH9jK1' };
    const s = new MemoryStorage();
    s.setItem(MY_SCENARIOS_KEY, JSON.stringify([good, { ...good, link: 'javascript:alert(1)' }, { ...good, title: '' }, { ...good, extra: 1 }, null, 'x', { ...good, savedAt: 'yesterday' }]));
    expect(readMyScenarios(s)).toEqual([good]);
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.jsonValue().map((v) => JSON.stringify(v))), (text) => {
        s.setItem(MY_SCENARIOS_KEY, text);
        for (const e of readMyScenarios(s)) expect(e.link).toMatch(/^\/(s\/|play#s=)/);
      }),
      { numRuns: 500 },
    );
  });

  it('reports a full storage in words and keeps the list as it was', () => {
    const s = new MemoryStorage();
    rememberScenario('A', '/s/aaaaaaaaaaaa', at(1), s);
    s.quota = 10;
    const r = rememberScenario('B', '/s/bbbbbbbbbbbb', at(2), s);
    expect(r).toMatchObject({ ok: false, error: expect.stringMatching(/^My scenarios could not be saved: QuotaExceededError/) });
    expect(r.list.map((e) => e.title)).toEqual(['A']);
  });
});
