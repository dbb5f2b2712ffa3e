import { describe, expect, it } from 'vitest';
import { copy } from '@/lib/scenario-doc/commands';
import { starterDoc } from '@/lib/scenario-doc/defaults';
import { clipToText, parseClip } from './clipboard';

describe('parseClip', () => {
  it('reads back what copy wrote', () => {
    const clip = copy(starterDoc(), ['users-api', 'users-db']);
    expect(parseClip(clipToText(clip))).toEqual(clip);
  });

  it('refuses anything else without throwing', () => {
    for (const text of ['', 'hello', '{', '[]', 'null', '{"interplay":"clip/1"}', '{"interplay":"clip/2","nodes":[],"links":[]}', '{"interplay":"clip/1","nodes":[],"links":[]}', 'x'.repeat(3_000_000)]) {
      expect(parseClip(text)).toBeUndefined();
    }
  });

  it('refuses a clip whose parts the engine would reject', () => {
    const bad = { interplay: 'clip/1', nodes: [{ id: 'a', kind: 'service', workers: -3 }], links: [] };
    expect(parseClip(JSON.stringify(bad))).toBeUndefined();
    const dangling = { interplay: 'clip/1', nodes: [{ id: 'a', kind: 'service' }], links: [{ id: 'l', kind: 'rest', from: 'a', to: 'gone' }] };
    expect(parseClip(JSON.stringify(dangling))).toBeUndefined();
    const alien = { interplay: 'clip/1', nodes: [{ id: 'a', kind: 'mainframe' }], links: [] };
    expect(parseClip(JSON.stringify(alien))).toBeUndefined();
  });

  it('accepts a queue whose dead-letter queue was not copied (paste resolves it)', () => {
    const clip = { interplay: 'clip/1', nodes: [{ id: 'jobs', kind: 'queue', deadLetterQueue: 'dlq' }], links: [] };
    expect(parseClip(JSON.stringify(clip))?.nodes).toHaveLength(1);
  });
});
