import { describe, expect, it } from 'vitest';
import { connect } from './commands';
import { connectOptions } from './connect-rules';
import { emptyDoc, newLink, newNode } from './defaults';
import type { ScenarioDoc } from './types';

function doc(): ScenarioDoc {
  return {
    ...emptyDoc(),
    nodes: [
      newNode('client', 'web', { x: 0, y: 0 }),
      newNode('service', 'a', { x: 300, y: 0 }),
      newNode('service', 'b', { x: 600, y: 0 }),
      newNode('service', 'c', { x: 900, y: 0 }),
      newNode('queue', 'jobs', { x: 600, y: 200 }),
      newNode('topic', 'events', { x: 600, y: 400 }),
      newNode('topic', 'audit', { x: 900, y: 400 }),
    ],
    links: [newLink('rest', 'a-b', 'a', 'b'), newLink('rest', 'b-c', 'b', 'c')],
  };
}

describe('connectOptions', () => {
  it('client → service: a REST call, or decoupled through a new queue or topic', () => {
    expect(connectOptions(doc(), 'web', 'a')).toEqual({ ok: true, options: ['rest', 'via-queue', 'via-topic'] });
  });

  it('into a topic only publishing fits: never a REST call', () => {
    expect(connectOptions(doc(), 'a', 'events')).toEqual({ ok: true, options: ['publish'] });
    expect(connectOptions(doc(), 'web', 'events')).toEqual({ ok: true, options: ['publish'] });
  });

  it('into a queue only enqueueing fits; out of brokers only delivery', () => {
    expect(connectOptions(doc(), 'a', 'jobs')).toEqual({ ok: true, options: ['enqueue'] });
    expect(connectOptions(doc(), 'jobs', 'a')).toEqual({ ok: true, options: ['consume'] });
    expect(connectOptions(doc(), 'events', 'a')).toEqual({ ok: true, options: ['subscribe'] });
  });

  it('refuses what makes no sense, with a reason a person understands', () => {
    const reason = (from: string, to: string) => {
      const c = connectOptions(doc(), from, to);
      return c.ok ? undefined : c.reason;
    };
    expect(reason('a', 'web')).toMatch(/client only sends/);
    expect(reason('events', 'audit')).toMatch(/brokers do not feed each other/);
    expect(reason('jobs', 'events')).toMatch(/brokers do not feed each other/);
    expect(reason('a', 'a')).toMatch(/cannot call itself/);
    expect(reason('a', 'ghost')).toBeDefined();
  });

  it('a REST call that would close a cycle is left out, with the cycle named', () => {
    const c = connectOptions(doc(), 'c', 'a');
    expect(c.ok).toBe(true);
    if (!c.ok) return;
    expect(c.options).toEqual(['via-queue', 'via-topic']);
    expect(c.note).toBe('a REST call would close a cycle of synchronous calls: c → a → b → c');
  });

  it('asynchronous links never count as a cycle', () => {
    const d = connect(doc(), 'c', 'a', 'via-queue').doc;
    expect(connectOptions(d, 'b', 'c')).toMatchObject({ ok: false, reason: expect.stringMatching(/already connected/) });
    const e: ScenarioDoc = { ...doc(), links: [newLink('publish', 'a-events', 'a', 'events'), newLink('subscribe', 'events-b', 'events', 'b')] };
    expect(connectOptions(e, 'b', 'a')).toEqual({ ok: true, options: ['rest', 'via-queue', 'via-topic'] });
  });

  it('a second link of the same kind between the same nodes is refused', () => {
    expect(connectOptions(doc(), 'a', 'b')).toEqual({ ok: false, reason: 'Service is already connected to Service' });
    const d = connect(doc(), 'a', 'events', 'publish').doc;
    expect(connectOptions(d, 'a', 'events')).toMatchObject({ ok: false });
  });

  it('every option it offers makes a document the engine accepts', async () => {
    const { validateScenario } = await import('@/simulations/index');
    const d = doc();
    for (const from of d.nodes) {
      for (const to of d.nodes) {
        const c = connectOptions(d, from.id, to.id);
        if (!c.ok) continue;
        for (const o of c.options) {
          const v = validateScenario(connect(d, from.id, to.id, o).doc);
          expect(v.ok ? 'ok' : `${from.id}→${to.id} ${o}: ${v.errors[0]?.message}`).toBe('ok');
        }
      }
    }
  });
});
