import Database from 'better-sqlite3';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { canonicalJson, contentId } from './content-id';
import { closeScenarioStore, openScenarioStore, scenarioStore } from './scenario-store';

const dirs: string[] = [];
function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'interplay-store-'));
  dirs.push(dir);
  return dir;
}
afterEach(() => {
  closeScenarioStore();
  delete process.env.INTERPLAY_DB;
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

const doc = { version: 1, name: 'two nodes', nodes: [{ id: 'a' }, { id: 'b' }] };

describe('openScenarioStore', () => {
  it('creates the folder and the file, in WAL mode, with the one table', () => {
    const file = join(tempDir(), 'nested', 'deeper', 'x.db');
    const store = openScenarioStore(file);
    store.close();
    const db = new Database(file, { readonly: true });
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.prepare('SELECT name FROM pragma_table_info(?) ORDER BY cid').pluck().all('scenarios')).toEqual(['id', 'body', 'created_at', 'bytes']);
    db.close();
  });

  it('stores under the content id and reads back the same document', () => {
    const store = openScenarioStore(join(tempDir(), 'x.db'));
    const saved = store.save(doc, 1234);
    expect(saved).toEqual({ id: contentId(canonicalJson(doc)), outcome: 'created' });
    expect(store.load(saved.id)).toEqual({ id: saved.id, scenario: doc, createdAt: 1234 });
    expect(store.load('AAAAAAAAAAAA')).toBeUndefined();
    store.close();
  });

  it('never changes a row: saving the same document again (any key order) keeps the first row and time', () => {
    const store = openScenarioStore(join(tempDir(), 'x.db'));
    const first = store.save(doc, 1);
    const again = store.save({ nodes: [{ id: 'a' }, { id: 'b' }], name: 'two nodes', version: 1 }, 2);
    expect(again).toEqual({ id: first.id, outcome: 'exists' });
    expect(store.count()).toBe(1);
    expect(store.load(first.id)?.createdAt).toBe(1);
    store.close();
  });

  it('reports a different document under the same id as a conflict and keeps the stored one', () => {
    const file = join(tempDir(), 'x.db');
    const store = openScenarioStore(file);
    const id = contentId(canonicalJson(doc));
    const other = new Database(file);
    other.prepare('INSERT INTO scenarios (id, body, created_at, bytes) VALUES (?, ?, ?, ?)').run(id, '{"other":true}', 5, 14);
    other.close();
    expect(store.save(doc, 6)).toEqual({ id, outcome: 'conflict' });
    expect(store.load(id)).toEqual({ id, scenario: { other: true }, createdAt: 5 });
    store.close();
  });

  it('keeps what it stored across a reopen, and records the body size in bytes', () => {
    const file = join(tempDir(), 'x.db');
    const named = { ...doc, name: 'café ☕' };
    const writer = openScenarioStore(file);
    const { id } = writer.save(named, 7);
    writer.close();
    const store = openScenarioStore(file);
    expect(store.load(id)?.scenario).toEqual(named);
    store.close();
    const db = new Database(file, { readonly: true });
    expect(db.prepare('SELECT bytes FROM scenarios WHERE id = ?').pluck().get(id)).toBe(Buffer.byteLength(canonicalJson(named)));
    db.close();
  });
});

describe('scenarioStore (the process-wide one)', () => {
  it('opens $INTERPLAY_DB once, on first use', () => {
    const file = join(tempDir(), 'from-env', 'interplay.db');
    process.env.INTERPLAY_DB = file;
    expect(existsSync(file)).toBe(false);
    expect(scenarioStore()).toBe(scenarioStore());
    expect(existsSync(file)).toBe(true);
  });
});
