import { MAX_PACK_NESTING } from '../core/validate.js';

/** Where a JSON text stops being JSON: 1-based line and column, 0-based offset. */
export interface JsonSyntaxError {
  message: string;
  line: number;
  column: number;
  offset: number;
}

export type ParseResult = { ok: true; value: unknown } | { ok: false; error: JsonSyntaxError };

/**
 * Parses JSON text (a leading byte-order mark is allowed, as editors write one). On a syntax
 * error, says where it is and what was expected: Node's own messages give neither a line nor,
 * in some versions, a position.
 */
export function parseJson(source: string): ParseResult {
  const text = source.charCodeAt(0) === 0xfeff ? source.slice(1) : source;
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    const { offset, message } = findSyntaxError(text);
    const before = text.slice(0, offset).split(/\r\n|\r|\n/);
    const skipped = text.length === source.length ? 0 : 1;
    return {
      ok: false,
      error: {
        message,
        line: before.length,
        column: before[before.length - 1].length + 1,
        offset: offset + skipped,
      },
    };
  }
}

/** Walks the JSON grammar (RFC 8259) to the first character that breaks it. */
function findSyntaxError(text: string): { offset: number; message: string } {
  let i = 0;
  class Stop {
    constructor(readonly message: string) {}
  }
  /** The character at `i` as a reader sees it: '"', or an escape for one that is invisible. */
  const describe = () => {
    if (i >= text.length) return 'the end of the file';
    const ch = String.fromCodePoint(text.codePointAt(i)!);
    return /^[\p{L}\p{N}\p{P}\p{S}]$/u.test(ch)
      ? `'${ch}'`
      : `U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
  };
  const fail = (expected: string): never => {
    throw new Stop(`expected ${expected}, found ${describe()}`);
  };
  const space = () => {
    while (i < text.length && ' \t\n\r'.includes(text[i])) i++;
  };
  const literal = (word: string) => {
    for (const ch of word) {
      if (text[i] !== ch) fail(`"${word}"`);
      i++;
    }
  };
  const string = () => {
    i++; // opening quote
    for (;;) {
      if (i >= text.length) fail('a closing quote (")');
      const ch = text.charCodeAt(i);
      if (ch === 0x22) return void i++;
      if (ch < 0x20) throw new Stop('a control character (such as a line break) inside a string');
      if (ch === 0x5c) {
        i++;
        if (text[i] === 'u') {
          i++;
          for (let k = 0; k < 4; k++, i++)
            if (!/[0-9a-fA-F]/.test(text[i] ?? '')) fail('a hex digit');
        } else if (text[i] !== undefined && '"\\/bfnrt'.includes(text[i])) i++;
        else fail('an escape such as \\n, \\" or \\u00e9');
      } else i++;
    }
  };
  const digits = () => {
    if (!/[0-9]/.test(text[i] ?? '')) fail('a digit');
    while (/[0-9]/.test(text[i] ?? '')) i++;
  };
  const number = () => {
    if (text[i] === '-') i++;
    if (text[i] === '0') i++;
    else digits();
    if (text[i] === '.') {
      i++;
      digits();
    }
    if (text[i] === 'e' || text[i] === 'E') {
      i++;
      if (text[i] === '+' || text[i] === '-') i++;
      digits();
    }
  };
  const value = (depth = 1): void => {
    // a recursive walk: stop at the packs' limit rather than at the end of the stack
    if (depth > MAX_PACK_NESTING)
      throw new Stop(
        `nested more than ${MAX_PACK_NESTING} levels deep (objects and lists inside each other): the limit is ${MAX_PACK_NESTING}`,
      );
    space();
    const ch = text[i];
    if (ch === '{') {
      i++;
      space();
      if (text[i] === '}') return void i++;
      for (;;) {
        space();
        if (text[i] !== '"') fail('a property name in double quotes');
        string();
        space();
        if (text[i] !== ':') fail("':' after the property name");
        i++;
        value(depth + 1);
        space();
        if (text[i] === ',') i++;
        else if (text[i] === '}') return void i++;
        else fail("',' or '}' after a property value");
      }
    }
    if (ch === '[') {
      i++;
      space();
      if (text[i] === ']') return void i++;
      for (;;) {
        value(depth + 1);
        space();
        if (text[i] === ',') i++;
        else if (text[i] === ']') return void i++;
        else fail("',' or ']' after a list item");
      }
    }
    if (ch === '"') return string();
    if (ch === 't') return literal('true');
    if (ch === 'f') return literal('false');
    if (ch === 'n') return literal('null');
    if (ch === '-' || /[0-9]/.test(ch ?? '')) return number();
    fail('a value (an object, a list, a string, a number, true, false or null)');
  };
  try {
    value();
    space();
    if (i < text.length) fail('the end of the file after the value');
    return { offset: text.length, message: 'not valid JSON' };
  } catch (stop) {
    if (stop instanceof Stop) return { offset: Math.min(i, text.length), message: stop.message };
    throw stop;
  }
}
