import { createServer, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';

export interface HugeServer {
  url: string;
  /** Body bytes the server managed to write before the client stopped reading, across requests. */
  bytesWritten(): number;
  requests(): number;
  close(): Promise<void>;
}

export interface HugeBody {
  /** Bytes of the decoded body: a valid list page padded with JSON whitespace. */
  bytes: number;
  /** Send it gzip-compressed (a gzip bomb: whitespace shrinks about a thousandfold). */
  gzip?: boolean;
  /** Declare Content-Length, which lets a client refuse before reading. */
  declareLength?: boolean;
}

const HEAD =
  '{"results":[{"id":"ide_1","user_id":"usr_1","name":"Huge","email":"huge@example.com","permission_level":"collaborator","created_at":"2024-01-01T00:00:00Z"}';
const TAIL = '],"metadata":{"total":1,"next_paging_token":null}}';
const PAD = Buffer.alloc(1024 * 1024, ' ');

function drainedOrClosed(res: ServerResponse): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      res.off('drain', done);
      res.off('close', done);
      resolve();
    };
    res.on('drain', done);
    res.on('close', done);
  });
}

/** Writes `padding` bytes of whitespace in 1 MiB writes, waiting for the client to drain each. */
async function writePadding(res: ServerResponse, padding: number, counted: { bytes: number }): Promise<boolean> {
  for (let left = padding; left > 0; ) {
    const chunk = left >= PAD.length ? PAD : PAD.subarray(0, left);
    left -= chunk.length;
    if (res.destroyed) return false;
    counted.bytes += chunk.length;
    if (!res.write(chunk)) {
      await drainedOrClosed(res);
      if (res.destroyed) return false;
    }
  }
  return true;
}

/**
 * A loopback server whose every answer is a huge body, streamed as the client reads it, so the
 * test process itself never holds it and the bytes written show how much the client took.
 */
export async function startHugeServer(body: HugeBody): Promise<HugeServer> {
  const counted = { bytes: 0 };
  let requests = 0;
  const padding = body.bytes - HEAD.length - TAIL.length;
  // The bomb is built once, in 1 MiB slices, so no 200 MB buffer exists at any time.
  const bomb = body.gzip ? gzipBomb(padding) : undefined;
  const server = createServer(async (req, res) => {
    requests++;
    req.resume();
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    if (bomb) {
      headers['content-encoding'] = 'gzip';
      headers['content-length'] = String(bomb.length);
      res.writeHead(200, headers);
      counted.bytes += bomb.length;
      res.end(bomb);
      return;
    }
    if (body.declareLength) headers['content-length'] = String(body.bytes);
    res.writeHead(200, headers);
    res.write(HEAD);
    if (await writePadding(res, padding, counted)) res.end(TAIL);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    bytesWritten: () => counted.bytes,
    requests: () => requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

function gzipBomb(padding: number): Buffer {
  // gzip members concatenate into one valid stream: the head, many whitespace members, the tail.
  const slice = gzipSync(PAD, { level: 9 });
  const parts = [gzipSync(HEAD)];
  let left = padding;
  for (; left >= PAD.length; left -= PAD.length) parts.push(slice);
  if (left > 0) parts.push(gzipSync(PAD.subarray(0, left)));
  parts.push(gzipSync(TAIL));
  return Buffer.concat(parts);
}
