/**
 * Paging tokens are keyset cursors: base64url of `{"s":<seq>,"v":1}`, where `s` is the `seq` of
 * the last row already returned. The next page starts strictly after it, so rows inserted while a
 * client pages (which always get a larger seq) can only appear at the end, and no row that existed
 * when the walk began is skipped or repeated, which offset paging cannot promise.
 */
const CURSOR_VERSION = 1;

export class InvalidPagingTokenError extends Error {
  constructor() {
    super('Invalid paging token.');
    this.name = 'InvalidPagingTokenError';
  }
}

export function encodeCursor(seq: number): string {
  return Buffer.from(JSON.stringify({ s: seq, v: CURSOR_VERSION })).toString('base64url');
}

/** The seq a token points after; throws InvalidPagingTokenError for anything encodeCursor did not produce. */
export function decodeCursor(token: string): number {
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(token, 'base64url').toString('utf8'));
  } catch {
    throw new InvalidPagingTokenError();
  }
  const seq = (parsed as { s?: unknown } | null)?.s;
  // Re-encoding must give back the exact token: that rejects extra keys, another version, and the
  // many byte strings that base64url decoding would silently tolerate.
  if (typeof seq !== 'number' || !Number.isSafeInteger(seq) || seq < 0 || encodeCursor(seq) !== token) {
    throw new InvalidPagingTokenError();
  }
  return seq;
}
