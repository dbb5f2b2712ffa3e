// Annotations are part of the document: every way a scenario leaves the editor (share link, file, autosave, short
// link) brings them back exactly; bad annotation data costs only the bad entries, with a message that names them.
import { describe, expect, it } from 'vitest';
import { validateScenario } from '@/simulations/index';
import { scenarioJsonSchema } from '@/simulations/scenario/json-schema';
import { starterDoc } from '../scenario-doc/defaults';
import type { ScenarioDoc } from '../scenario-doc/types';
import { readScenarioText } from '../files/read-scenario';
import { scenarioFileText } from '../files/scenario-json';
import LZString from 'lz-string';
import { LINK_FORMAT, decodeScenario, encodeScenario } from '../share/link-codec';
import { restore, save } from '../storage/autosave';
import { addArrow, addNote, editNote } from './commands';
import { annotationProblems } from './problems';

function annotated(): ScenarioDoc {
  const n = addNote(starterDoc(), { x: -40, y: 300 }, 'Watch p95 here →\nit climbs first');
  const colored = editNote(n.doc, n.id, { color: 'pink', width: 260 });
  const toNode = addArrow(colored, { x: 0, y: 0, ref: n.id }, { x: 0, y: 0, ref: colored.nodes[1].id }, 'bottleneck');
  return addArrow(toNode.doc, { x: 10, y: 20 }, { x: 400, y: 20 }).doc;
}

/** A share-link fragment for any JSON, valid or not. */
const LZ = (doc: unknown) => `s=${LINK_FORMAT}.${LZString.compressToEncodedURIComponent(JSON.stringify(doc))}`;

class MemoryStorage {
  private m = new Map<string, string>();
  getItem = (k: string) => this.m.get(k) ?? null;
  setItem = (k: string, v: string) => void this.m.set(k, v);
}

describe('annotations travel with the scenario', () => {
  it('through a share link (#s=), exactly', () => {
    const doc = annotated();
    expect(decodeScenario(`#${encodeScenario(doc).fragment}`)).toEqual({ ok: true, doc });
  });

  it('through a downloaded and re-opened JSON file', () => {
    const doc = annotated();
    const back = readScenarioText(scenarioFileText(doc, 'https://x/scenario.schema.json'));
    expect(back).toMatchObject({ ok: true, doc });
  });

  it('through autosave', () => {
    const doc = annotated();
    const storage = new MemoryStorage() as unknown as Storage;
    expect(save(doc, storage)).toBeUndefined();
    expect(restore(storage)).toEqual({ doc });
  });

  it('through a short link (the server stores the validated, normalised document)', () => {
    const doc = annotated();
    const v = validateScenario(doc);
    expect(v.ok && v.scenario.annotations).toEqual(doc.annotations);
  });

  it('and the JSON Schema for editors describes them', () => {
    const props = (scenarioJsonSchema() as { properties: Record<string, { description?: string }> }).properties;
    expect(props.annotations?.description).toMatch(/notes and arrows/i);
  });
});

describe('bad annotation data', () => {
  const bad = () => {
    const doc = annotated();
    const list = [...(doc.annotations as unknown[])];
    list[1] = { kind: 'arrow', id: 'arrow-1', from: { x: 'left', y: 0 }, to: { x: 0, y: 0 } };
    list.push({ kind: 'note', id: 'note-1', position: { x: 0, y: 0 }, text: 'a duplicate id' });
    return { ...doc, annotations: list } as ScenarioDoc;
  };

  it('in a link: the scenario still opens, and the message names each bad entry by its path', () => {
    const doc = bad();
    const decoded = decodeScenario(`#${LZ(doc)}`);
    expect(decoded.ok).toBe(true);
    expect(decoded.ok && decoded.doc.nodes).toEqual(doc.nodes);
    const message = decoded.ok ? annotationProblems(decoded.doc) : '';
    expect(message).toContain('2 annotations are not shown');
    expect(message).toContain('annotations[1].from.x:');
    expect(message).toContain('annotations[3].id: duplicate annotation id "note-1"');
  });

  it('that is not even a list: the scenario opens and says so', () => {
    const doc = { ...starterDoc(), annotations: 'sticky' } as unknown as ScenarioDoc;
    expect(readScenarioText(JSON.stringify(doc))).toMatchObject({ ok: true });
    expect(annotationProblems(doc)).toContain('annotations: must be a list of notes and arrows');
  });

  it('a short link keeps the readable entries and drops the rest', () => {
    const v = validateScenario(bad());
    expect(v.ok && v.scenario.annotations?.map((a) => a.id)).toEqual(['note-1', 'arrow-2']);
  });

  it('an arrow pointing at something that is gone is not an error: the rules never look at annotations', () => {
    const doc = addArrow(starterDoc(), { x: 0, y: 0, ref: 'deleted-node' }, { x: 5, y: 5, ref: 'another' }).doc;
    expect(validateScenario(doc)).toMatchObject({ ok: true, warnings: [] });
    expect(annotationProblems(doc)).toBeUndefined();
  });

  it('good data gives no message', () => {
    expect(annotationProblems(annotated())).toBeUndefined();
    expect(annotationProblems(starterDoc())).toBeUndefined();
  });
});
