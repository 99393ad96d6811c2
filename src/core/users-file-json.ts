/**
 * Where the items of a JSON users file are, worked out only once there is an error to report:
 * JSON.parse gives no positions, and finding them costs a scan of the text. The text is known to
 * be valid JSON (JSON.parse took it), so the scan only skips over values.
 */

export interface ItemPosition {
  line: number;
  /** Line of each key of the item, when it is an object. */
  fields: Map<string, number>;
}

const WHITESPACE = new Set([' ', '\t', '\n', '\r']);

/** Positions of the wanted items of the users array (the root array, or `create_users`). */
export function locateJsonItems(text: string, wanted: ReadonlySet<number>): Map<number, ItemPosition> {
  let pos = 0;
  const skipWhitespace = () => {
    while (WHITESPACE.has(text[pos]!)) pos++;
  };
  const skipString = () => {
    pos++;
    while (text[pos] !== '"') pos += text[pos] === '\\' ? 2 : 1;
    pos++;
  };
  const readKey = () => {
    const start = pos;
    skipString();
    return JSON.parse(text.slice(start, pos)) as string;
  };
  const skipValue = () => {
    skipWhitespace();
    const first = text[pos];
    if (first === '"') return skipString();
    if (first === '{' || first === '[') {
      let depth = 0;
      do {
        const char = text[pos];
        if (char === '"') {
          skipString();
          continue;
        }
        if (char === '{' || char === '[') depth++;
        else if (char === '}' || char === ']') depth--;
        pos++;
      } while (depth > 0);
      return;
    }
    while (pos < text.length && !WHITESPACE.has(text[pos]!) && text[pos] !== ',' && text[pos] !== ']' && text[pos] !== '}') pos++;
  };

  skipWhitespace();
  if (text[pos] === '{') {
    pos++;
    skipWhitespace();
    while (text[pos] === '"') {
      const key = readKey();
      skipWhitespace();
      pos++; // ':'
      skipWhitespace();
      if (key === 'create_users' && text[pos] === '[') break;
      skipValue();
      skipWhitespace();
      if (text[pos] === ',') pos++;
      skipWhitespace();
    }
  }
  const offsets = new Map<number, { item: number; fields: Map<string, number> }>();
  if (text[pos] !== '[') return new Map();
  pos++;
  const last = Math.max(-1, ...wanted);
  for (let index = 0; index <= last; index++) {
    skipWhitespace();
    if (text[pos] === ']' || pos >= text.length) break;
    const item = pos;
    const fields = new Map<string, number>();
    if (wanted.has(index) && text[pos] === '{') {
      pos++;
      skipWhitespace();
      while (text[pos] === '"') {
        const keyAt = pos;
        fields.set(readKey(), keyAt);
        skipWhitespace();
        pos++; // ':'
        skipValue();
        skipWhitespace();
        if (text[pos] === ',') pos++;
        skipWhitespace();
      }
      pos++; // '}'
    } else {
      skipValue();
    }
    if (wanted.has(index)) offsets.set(index, { item, fields });
    skipWhitespace();
    if (text[pos] === ',') pos++;
  }
  const lineAt = lineFinder(text);
  return new Map(
    [...offsets].map(([index, { item, fields }]) => [
      index,
      { line: lineAt(item), fields: new Map([...fields].map(([key, at]) => [key, lineAt(at)])) },
    ]),
  );
}

/** 1-based line of an offset, by binary search over the line breaks. */
export function lineFinder(text: string): (offset: number) => number {
  const breaks: number[] = [];
  for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) breaks.push(at);
  return (offset) => {
    let low = 0;
    let high = breaks.length;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if (breaks[mid]! < offset) low = mid + 1;
      else high = mid;
    }
    return low + 1;
  };
}

/**
 * A JSON.parse error as a line and a message that quotes nothing of the file: V8 quotes the text
 * around the error, which may be a password.
 */
export function describeJsonSyntaxError(text: string, error: SyntaxError): { line: number; message: string } {
  const { message } = error;
  const reason = message.startsWith('Unexpected token') ? 'unexpected character' : message.replace(/ in JSON at position[\s\S]*$/, '');
  const described = `not valid JSON: ${reason.charAt(0).toLowerCase()}${reason.slice(1)}`;
  const explicit = /\(line (\d+) column \d+\)/.exec(message);
  if (explicit) return { line: Number(explicit[1]), message: described };
  const lineAt = lineFinder(text);
  const position = /at position (\d+)/.exec(message);
  if (position) return { line: lineAt(Number(position[1])), message: described };
  // `Unexpected token 'x', ..."context"... is not valid JSON`: the context shows where.
  const context = /, (?:\.\.\.)?"([\s\S]*)"(?:\.\.\.)? is not valid JSON$/.exec(message)?.[1];
  const at = context ? text.indexOf(context) : -1;
  return { line: lineAt(at === -1 ? text.length : at), message: described };
}
