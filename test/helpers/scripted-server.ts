import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** What the client put on the wire, as the server saw it. */
export interface RecordedRequest {
  method: string;
  url: URL;
  headers: IncomingMessage['headers'];
  body: string;
}

export interface Reply {
  status?: number;
  body?: unknown;
  /** Sent as is instead of JSON-encoding `body`. */
  raw?: string;
  headers?: Record<string, string>;
  delayMs?: number;
  /** Destroy the socket instead of answering: the request was read (and maybe acted on). */
  drop?: boolean;
}

export type Handler = (request: RecordedRequest) => Reply | Promise<Reply>;

export interface ScriptedServer {
  url: string;
  requests: RecordedRequest[];
  close(): Promise<void>;
}

/** A loopback HTTP server whose answers each test scripts, recording every request. */
export async function startScriptedServer(handler: Handler): Promise<ScriptedServer> {
  const requests: RecordedRequest[] = [];
  const server = createServer(async (req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const recorded: RecordedRequest = {
      method: req.method ?? 'GET',
      url: new URL(req.url ?? '/', 'http://127.0.0.1'),
      headers: req.headers,
      body: Buffer.concat(chunks).toString('utf8'),
    };
    requests.push(recorded);
    const reply = await handler(recorded);
    if (reply.delayMs) await new Promise((resolve) => setTimeout(resolve, reply.delayMs));
    if (reply.drop) {
      req.socket.destroy();
      return;
    }
    const text = reply.raw ?? JSON.stringify(reply.body ?? {});
    res.writeHead(reply.status ?? 200, { 'content-type': 'application/json', ...reply.headers });
    res.end(text);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** A collaborator row in the list endpoint's wire shape (reference §1.2). */
export function collaborator(n: number, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  const id = String(n).padStart(26, '0');
  return {
    id: `ide_${id}`,
    user_id: `usr_${id}`,
    name: `User ${n}`,
    email: `user${n}@example.com`,
    permission_level: 'collaborator',
    base_role: 'collaborator',
    additional_roles: [],
    created_at: '2024-01-01T12:00:00.000000+00:00',
    is_service_account: false,
    ...overrides,
  };
}

export function listBody(results: unknown[], nextPagingToken: string | null = null, total?: number): unknown {
  return { results, metadata: { total: total ?? results.length, next_paging_token: nextPagingToken } };
}

/** A token that passes the SDK's sanity rule and is easy to grep for. */
export const CANARY_TOKEN = 'aph0_canary_token_5f9c2e7d1b';
export const CANARY_PASSWORD = 'Canary-Pass-7f3e9';
