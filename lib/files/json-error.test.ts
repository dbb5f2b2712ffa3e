import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findJsonError } from './json-error';

const parses = (s: string) => {
  try {
    JSON.parse(s);
    return true;
  } catch {
    return false;
  }
};

describe('findJsonError', () => {
  it('names the line, the column and the problem', () => {
    const text = '{\n  "a": 1\n  "b": 2\n}';
    expect(findJsonError(text)).toEqual({ offset: 13, line: 3, column: 3, truncated: false, message: `expected ',' or '}', not '"'` });
    expect(findJsonError('{"a": 1,}')).toMatchObject({ line: 1, column: 9, message: expect.stringMatching(/property name in double quotes.*comma before a closing brace/) });
    expect(findJsonError('[1, 2,]')).toMatchObject({ column: 7, message: expect.stringMatching(/comma before a closing bracket/) });
    expect(findJsonError("{'a': 1}")).toMatchObject({ column: 2, message: `expected a property name in double quotes, not '''` });
    expect(findJsonError('{"a": tru }')).toMatchObject({ column: 10, message: 'expected "true"' });
    expect(findJsonError('{"a": "x\ny"}')).toMatchObject({ line: 1, column: 9, message: expect.stringMatching(/^a line break inside a string/) });
    expect(findJsonError('{} x')).toMatchObject({ column: 4, message: `unexpected 'x' after the end of the JSON value` });
    expect(findJsonError('"\\x"')).toMatchObject({ column: 3, message: expect.stringMatching(/"\\x" is not an escape/) });
  });

  it('calls a text that stops in the middle of a value truncated, wherever it stops', () => {
    const full = JSON.stringify({ version: 1, name: 'a "quoted" name', nodes: [{ id: 'x', n: -1.5e3, ok: true, none: null, s: '\\u00e9' }] }, null, 2);
    for (let cut = 0; cut < full.length; cut++) {
      const e = findJsonError(full.slice(0, cut));
      expect(e, `cut at ${cut}`).toMatchObject({ truncated: true, offset: cut });
    }
    expect(findJsonError(full)).toBeUndefined();
  });

  it('agrees with JSON.parse on arbitrary text', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...'{}[]:,"\\ \n\t-+.0123456789eEtrufalsnxu'.split('')), maxLength: 24 }), (s) => {
        expect(findJsonError(s) === undefined).toBe(parses(s));
      }),
      { numRuns: 20_000 },
    );
  });

  it('agrees with JSON.parse on JSON documents with one character changed, dropped or added', () => {
    const edit = fc.tuple(fc.json(), fc.nat(), fc.constantFrom('del', 'ins', 'set'), fc.constantFrom(...'{}[]:,"\\ -.0e1tnx\u0001'.split('')));
    fc.assert(
      fc.property(edit, ([json, at, op, c]) => {
        const i = json.length ? at % json.length : 0;
        const s = op === 'del' ? json.slice(0, i) + json.slice(i + 1) : op === 'ins' ? json.slice(0, i) + c + json.slice(i) : json.slice(0, i) + c + json.slice(i + 1);
        expect(findJsonError(s) === undefined).toBe(parses(s));
      }),
      { numRuns: 5_000 },
    );
  });

  it('survives absurd nesting without overflowing the stack', () => {
    expect(findJsonError('['.repeat(200_000))).toMatchObject({ truncated: true });
    expect(findJsonError(`${'['.repeat(100_000)}${']'.repeat(100_000)}`)).toBeUndefined();
  });
});
