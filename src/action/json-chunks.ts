/**
 * `JSON.stringify(value)` in pieces: objects and arrays down to `depth` are taken apart, and what
 * lies deeper is stringified whole, so a result with 100,000 users is never one string. Values
 * are plain data (no toJSON, no cycles), as the action's results are.
 */
export function* jsonChunks(value: unknown, depth = 2): Generator<string> {
  if (depth <= 0 || value === null || typeof value !== 'object') {
    yield JSON.stringify(value) ?? 'null';
    return;
  }
  if (Array.isArray(value)) {
    yield '[';
    for (const [i, item] of value.entries()) {
      if (i > 0) yield ',';
      // JSON.stringify writes null for an undefined item or a function in an array.
      yield* item === undefined || typeof item === 'function' ? ['null'] : jsonChunks(item, depth - 1);
    }
    yield ']';
    return;
  }
  yield '{';
  let first = true;
  for (const [key, item] of Object.entries(value)) {
    if (item === undefined || typeof item === 'function' || typeof item === 'symbol') continue;
    yield `${first ? '' : ','}${JSON.stringify(key)}:`;
    first = false;
    yield* jsonChunks(item, depth - 1);
  }
  yield '}';
}

/** The length of `JSON.stringify(value)`, without building it. */
export function jsonLength(value: unknown): number {
  let length = 0;
  for (const chunk of jsonChunks(value)) length += chunk.length;
  return length;
}
