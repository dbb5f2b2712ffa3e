import { describe, expect, it } from 'vitest';
import { parseSeed } from './SeedField';
import { keyAction } from './use-run-keys';

const key = (k: string, extra: Partial<KeyboardEvent> = {}) => ({ key: k, ctrlKey: false, metaKey: false, altKey: false, repeat: false, defaultPrevented: false, ...extra });
const plain = { closest: () => null } as unknown as Element;
const owner = { closest: () => ({}) } as unknown as Element;

describe('run keys', () => {
  it('Space toggles and → steps when the page has focus', () => {
    expect(keyAction(key(' '), plain)).toBe('toggle');
    expect(keyAction(key(' '), null)).toBe('toggle');
    expect(keyAction(key('ArrowRight'), plain)).toBe('step');
  });
  it('leaves keys to fields, buttons and nodes that take them, to modifiers, and to held keys', () => {
    expect(keyAction(key(' '), owner)).toBeNull();
    expect(keyAction(key('ArrowRight'), owner)).toBeNull();
    expect(keyAction(key(' ', { ctrlKey: true }), plain)).toBeNull();
    expect(keyAction(key(' ', { repeat: true }), plain)).toBeNull();
    expect(keyAction(key(' ', { defaultPrevented: true }), plain)).toBeNull();
    expect(keyAction(key('ArrowLeft'), plain)).toBeNull();
  });
});

describe('seed field', () => {
  it('takes whole numbers from 0 to 2^32 − 1 and explains anything else', () => {
    expect(parseSeed(' 42 ')).toEqual({ ok: true, seed: 42 });
    expect(parseSeed('0')).toEqual({ ok: true, seed: 0 });
    expect(parseSeed('4294967295')).toEqual({ ok: true, seed: 4294967295 });
    expect(parseSeed('4294967296')).toMatchObject({ ok: false });
    for (const bad of ['', '-1', '1.5', 'abc', '1e3']) expect(parseSeed(bad)).toMatchObject({ ok: false, error: 'The seed is a whole number ≥ 0' });
  });
});
