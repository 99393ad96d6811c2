import { AnyscaleError } from './errors.ts';

/** 32 MiB: a page of 50 users is a few tens of KB, so this is only reached by a broken or hostile server. */
export const DEFAULT_MAX_RESPONSE_BYTES = 32 * 1024 * 1024;

/**
 * An answer past the size cap, raised before it is held in memory. The request reached the
 * server, which answered, so a create that gets one may have been processed.
 */
export class AnyscaleResponseTooLargeError extends AnyscaleError {
  readonly maybeProcessed: boolean;

  constructor(message: string, maybeProcessed: boolean) {
    super('TOO_LARGE', message);
    this.name = 'AnyscaleResponseTooLargeError';
    this.maybeProcessed = maybeProcessed;
  }
}

/**
 * The body as text, read chunk by chunk and given up as soon as it passes `maxBytes`. The chunks
 * are the decoded bytes (fetch undoes gzip, deflate and br as it streams), so a small compressed
 * answer that inflates past the cap, a gzip bomb, stops at the cap too: memory stays near
 * `maxBytes` whatever the server sends. A declared Content-Length past the cap stops it unread.
 */
export async function readCappedText(response: Response, maxBytes: number, tooLarge: () => Error): Promise<string> {
  const declared = Number(response.headers.get('content-length') ?? Number.NaN);
  if (Number.isFinite(declared) && declared > maxBytes) {
    await response.body?.cancel().catch(() => {});
    throw tooLarge();
  }
  if (response.body === null) return '';
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel().catch(() => {});
      throw tooLarge();
    }
    chunks.push(value);
  }
  // TextDecoder drops a leading BOM and replaces invalid bytes, as Response.text() does.
  return new TextDecoder().decode(Buffer.concat(chunks, total));
}
