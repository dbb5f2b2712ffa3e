/**
 * Where a text stops being JSON, and why, in words people can act on. Run only after JSON.parse
 * failed: browsers word (and sometimes leave out) the position differently, and a user needs a
 * line and column to find in their editor. Iterative, so absurd nesting cannot overflow the stack.
 * Accepts exactly what JSON.parse accepts (a property test checks the two agree).
 */

export interface JsonError {
  /** UTF-16 offset of the first character that cannot be JSON. */
  offset: number;
  line: number;
  column: number;
  /** The text ended in the middle of a value: most likely a cut-off file. */
  truncated: boolean;
  message: string;
}

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const ESCAPES = new Set(['"', '\\', '/', 'b', 'f', 'n', 'r', 't']);
const HEX = /^[0-9a-fA-F]$/;

function show(c: string): string {
  if (c === '\n' || c === '\r') return 'a line break';
  const code = c.charCodeAt(0);
  if (code < 0x20 || code === 0x7f) return `the control character U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
  return `'${c}'`;
}

/** The first problem in `text`, or undefined when it is valid JSON. */
export function findJsonError(text: string): JsonError | undefined {
  const n = text.length;
  let i = 0;
  const stack: ('{' | '[')[] = [];

  const fail = (message: string, at = i): JsonError => {
    const before = text.slice(0, at);
    const line = before.split('\n').length;
    const truncated = at >= n;
    return { offset: at, line, column: at - before.lastIndexOf('\n'), truncated, message: truncated ? 'the text ends in the middle of a value' : message };
  };
  const ws = () => {
    while (i < n && (text[i] === ' ' || text[i] === '\t' || text[i] === '\n' || text[i] === '\r')) i++;
  };
  const string = (): JsonError | undefined => {
    i++; // the opening quote
    for (;;) {
      if (i >= n) return fail('');
      const c = text[i];
      if (c === '"') {
        i++;
        return undefined;
      }
      if (c === '\\') {
        const e = text[i + 1];
        if (e === undefined) return fail('', n);
        if (e === 'u') {
          for (let k = 2; k < 6; k++) {
            if (i + k >= n) return fail('', n);
            if (!HEX.test(text[i + k])) return fail(`"\\u" must be followed by four hex digits, not ${show(text[i + k])}`, i + k);
          }
          i += 6;
        } else if (ESCAPES.has(e)) i += 2;
        else return fail(`"\\${e}" is not an escape JSON knows (use \\\\ for a backslash)`, i + 1);
      } else if (c.charCodeAt(0) < 0x20) return fail(`${show(c)} inside a string (write it as an escape such as \\n)`);
      else i++;
    }
  };
  const primitive = (): JsonError | undefined => {
    const c = text[i];
    if (c === '"') return string();
    if (c === '-' || (c >= '0' && c <= '9')) {
      NUMBER.lastIndex = i;
      const m = NUMBER.exec(text);
      if (!m) return fail(i + 1 >= n ? '' : `a number must follow '-', not ${show(text[i + 1])}`, i + 1);
      i += m[0].length;
      return undefined;
    }
    for (const word of ['true', 'false', 'null']) {
      if (text.startsWith(word, i)) {
        i += word.length;
        return undefined;
      }
      if (c === word[0]) {
        let k = 0;
        while (i + k < n && text[i + k] === word[k]) k++;
        return fail(`expected "${word}"`, i + k);
      }
    }
    return fail(`unexpected ${show(c)}: a value (an object, array, string, number, true, false or null) belongs here`);
  };
  const key = (): JsonError | undefined => {
    ws();
    if (i >= n) return fail('');
    if (text[i] !== '"') return fail(`expected a property name in double quotes, not ${show(text[i])}${text[i] === '}' ? ' (a comma before a closing brace is not allowed)' : ''}`);
    const e = string();
    if (e) return e;
    ws();
    if (i >= n) return fail('');
    if (text[i] !== ':') return fail(`expected ':' after the property name, not ${show(text[i])}`);
    i++;
    return undefined;
  };

  for (;;) {
    // A value is expected here.
    ws();
    if (i >= n) return fail('');
    const open = text[i];
    if (open === '{' || open === '[') {
      i++;
      ws();
      if (text[i] !== (open === '{' ? '}' : ']')) {
        stack.push(open);
        if (open === '{') {
          const e = key();
          if (e) return e;
        }
        continue;
      }
      i++;
    } else {
      if (open === ']' && stack[stack.length - 1] === '[') return fail(`unexpected ']' (a comma before a closing bracket is not allowed)`);
      const e = primitive();
      if (e) return e;
    }
    // A value ended: close containers until a comma asks for the next value.
    for (;;) {
      ws();
      const top = stack[stack.length - 1];
      if (top === undefined) return i < n ? fail(`unexpected ${show(text[i])} after the end of the JSON value`) : undefined;
      if (i >= n) return fail('');
      const close = top === '{' ? '}' : ']';
      if (text[i] === close) {
        i++;
        stack.pop();
        continue;
      }
      if (text[i] !== ',') return fail(`expected ',' or '${close}', not ${show(text[i])}`);
      i++;
      if (top === '{') {
        const e = key();
        if (e) return e;
      }
      break;
    }
  }
}
