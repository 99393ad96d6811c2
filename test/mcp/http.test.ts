import { spawnSync } from 'node:child_process';
import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHttpServer, type HttpServerHandle } from '../../mcp/http.ts';
import { UsageError, type HttpConfig } from '../../mcp/options.ts';
import {
  expectCancelledAfterTwoChunks,
  BIN,
  CANARY_PASSWORD,
  assertBuilt,
  capturingLogger,
  connectHttp,
  expectNoSecrets,
  newUsers,
  orgHas,
  startHarness,
  type FormAnswer,
  type Harness,
  type TestClient,
} from './helpers.ts';

type Structured = Record<string, any>;
const INBOUND_TOKEN = 'mcp-inbound-canary-5d1f0c9a7b3e';

function textOf(result: { content?: unknown }): string {
  return ((result.content ?? []) as { text?: string }[]).map((block) => block.text ?? '').join('\n');
}

function httpConfig(overrides: Partial<HttpConfig> = {}): HttpConfig {
  return { host: '127.0.0.1', port: 0, allowedHosts: [], authToken: undefined, ...overrides };
}

/** A raw POST, so that Host and Origin can be anything a browser or a rebinding attack would send. */
function rawPost(url: string, headers: Record<string, string>, method = 'POST'): Promise<{ status: number; body: string }> {
  const body = JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'tools/list' });
  return new Promise((resolve, reject) => {
    const req = request(
      url,
      { method, headers: { 'content-type': 'application/json', accept: 'application/json, text/event-stream', ...headers } },
      (res) => {
        let text = '';
        res.on('data', (chunk: Buffer) => (text += chunk.toString()));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text }));
      },
    );
    req.on('error', reject);
    req.end(method === 'POST' ? body : undefined);
  });
}

describe('Streamable HTTP', () => {
  let harness: Harness;
  let server: HttpServerHandle;
  let guarded: HttpServerHandle;
  const clients: TestClient[] = [];
  const httpLog = capturingLogger();

  async function client(kind: 'v1' | 'v2', options: Parameters<typeof connectHttp>[2] = {}, url = server.url) {
    const connected = await connectHttp(kind, url, options);
    clients.push(connected);
    return connected;
  }

  beforeAll(async () => {
    harness = await startHarness();
    server = await startHttpServer(httpConfig(), harness.factory, httpLog);
    guarded = await startHttpServer(httpConfig({ authToken: INBOUND_TOKEN }), harness.factory, httpLog);
  });

  afterAll(async () => {
    for (const connected of clients) await connected.close();
    await server.close();
    await guarded.close();
    await harness.close();
    expectNoSecrets(
      { 'tool results': clients.flatMap((c) => c.seen), 'server log': [...harness.logger.lines, ...httpLog.lines] },
      { 'Anyscale token': harness.org.ownerToken, 'inbound token': INBOUND_TOKEN, password: CANARY_PASSWORD },
    );
    // The inbound token admits clients; Anyscale only ever sees the server's own token.
    expect(new Set(harness.outboundAuth)).toEqual(new Set([`Bearer ${harness.org.ownerToken}`]));
  });

  describe.each([
    ['v1', false],
    ['v2', false],
    ['v2', true],
  ] as const)('%s client (2026-07-28 protocol: %s)', (kind, modern) => {
    const tag = `${kind}-${modern ? 'modern' : 'legacy'}`;

    it('lists tools and members, and looks one up', async () => {
      const c = await client(kind, { modern });
      expect((await c.listTools()).map((tool) => tool.name)).toEqual(['list_users', 'get_user', 'batch_create_users']);
      if (kind === 'v2') expect(c.protocolVersion()).toBe(modern ? '2026-07-28' : '2025-11-25');
      const page = (await c.call('list_users', { limit: 2 })).structuredContent as Structured;
      expect(page.users).toHaveLength(2);
      const next = (await c.call('list_users', { limit: 2, cursor: page.next_cursor })).structuredContent as Structured;
      expect(next.users[0].email).not.toBe(page.users[0].email);
      const missing = await c.call('get_user', { name: 'Nobody Here' });
      expect(missing.isError).toBe(true);
      expect(textOf(missing)).toContain('NOT_FOUND');
    });

    it('confirms by plan id: a wrong one creates nothing, the right one creates', async () => {
      const c = await client(kind, { modern });
      const users = newUsers(2, `${tag}-http`);
      const planId = ((await c.call('batch_create_users', { users, dry_run: true })).structuredContent as Structured).plan_id;
      const wrong = await c.call('batch_create_users', { users, confirm_plan_id: `${planId}x` });
      expect(textOf(wrong)).toContain('PLAN_MISMATCH');
      expect(orgHas(harness.org, users[0]!.email as string)).toBe(false);
      // A plan id issued on one request is good on the next: each request gets a new server, not a new key.
      const created = await c.call('batch_create_users', { users, confirm_plan_id: planId });
      expect((created.structuredContent as Structured).counts.created).toBe(2);
    });
  });

  describe('confirmation forms on the 2026-07-28 protocol (input_required)', () => {
    it('creates when the person accepts, naming the count and emails in the form', async () => {
      const c = await client('v2', { modern: true, answer: 'accept' });
      const users = newUsers(2, 'modern-accept');
      const result = await c.call('batch_create_users', { users });
      expect((result.structuredContent as Structured).counts.created).toBe(2);
      expect(c.forms).toHaveLength(1);
      expect(c.forms[0]).toMatch(
        /^Create 2 new Anyscale user account\(s\)\?.*\nmodern-accept-0@example.com, modern-accept-1@example.com\.\nPlan plan_/,
      );
    });

    it.each<FormAnswer>(['decline', 'cancel'])('creates nothing on %s', async (answer) => {
      const c = await client('v2', { modern: true, answer });
      const users = newUsers(1, `modern-${answer}`);
      const result = await c.call('batch_create_users', { users });
      expect(textOf(result)).toContain('DECLINED');
      expect(orgHas(harness.org, users[0]!.email as string)).toBe(false);
    });

    it('falls back to the plan id when the client has no forms', async () => {
      const c = await client('v2', { modern: true, answer: 'unsupported' });
      const result = await c.call('batch_create_users', { users: newUsers(1, 'modern-unsupported') });
      expect(textOf(result)).toContain('CONFIRMATION_REQUIRED');
    });

    it('streams progress per chunk', async () => {
      const c = await client('v2', { modern: true, answer: 'accept' });
      const progress: { progress: number; total?: number }[] = [];
      const result = await c.call('batch_create_users', { users: newUsers(120, 'modern-bulk') }, { onprogress: (p) => progress.push(p) });
      expect((result.structuredContent as Structured).counts.created).toBe(120);
      // The v2 client adds its own progress (no total) for each confirmation round; ours carry the total.
      // The chunks of 100 and 20 are in flight together, so either may finish first.
      const ours = progress.filter((p) => p.total !== undefined);
      expect(ours.every((p) => p.total === 120)).toBe(true);
      expect([
        [100, 120],
        [20, 120],
      ]).toContainEqual(ours.map((p) => p.progress));
    });
  });

  it('cannot show forms to a 2025-protocol client over stateless HTTP, so asks for the plan id', async () => {
    const c = await client('v1', { answer: 'accept' });
    const result = await c.call('batch_create_users', { users: newUsers(1, 'legacy-form') });
    expect(textOf(result)).toContain('CONFIRMATION_REQUIRED');
    expect(c.forms).toHaveLength(0);
  });

  it('answers GET with 405 (no session streams) and other paths with 404', async () => {
    expect((await rawPost(server.url, {}, 'GET')).status).toBe(405);
    expect((await rawPost(server.url.replace('/mcp', '/other'), {})).status).toBe(404);
  });

  it('refuses a 100 MB body with 413 without reading it all, and serves the next request', async () => {
    // Streamed without a Content-Length, so the limit must hold while the body arrives.
    const total = 100 * 1024 * 1024;
    const piece = Buffer.alloc(64 * 1024, 0x20);
    let sent = 0;
    const status = await new Promise<number>((resolve, reject) => {
      const req = request(
        server.url,
        { method: 'POST', headers: { 'content-type': 'application/json', accept: 'application/json, text/event-stream' } },
        (res) => {
          res.resume();
          resolve(res.statusCode ?? 0);
          req.destroy();
        },
      );
      req.on('error', (error) => (sent < total ? resolve(-1) : reject(error)));
      const write = () => {
        while (sent < total) {
          sent += piece.length;
          if (!req.write(piece)) return void req.once('drain', write);
        }
        req.end();
      };
      write();
    });
    // Either the 413 arrived, or the server cut the connection at its limit before the client finished.
    expect([413, -1]).toContain(status);
    expect(sent).toBeLessThan(total);
    expect((await rawPost(server.url, {})).status).toBe(200);
  });

  it('refuses a foreign Host or Origin with 403', async () => {
    const port = new URL(server.url).port;
    expect((await rawPost(server.url, {})).status).toBe(200);
    expect((await rawPost(server.url, { host: `localhost:${port}`, origin: `http://localhost:${port}` })).status).toBe(200);
    const foreignHost = await rawPost(server.url, { host: `evil.example:${port}` });
    expect(foreignHost.status).toBe(403);
    expect(foreignHost.body).not.toContain('list_users');
    expect((await rawPost(server.url, { origin: 'http://evil.example' })).status).toBe(403);
    expect((await rawPost(server.url, { origin: 'null' })).status).toBe(403);
  });

  it('requires the bearer token when MCP_AUTH_TOKEN is set, and keeps it from Anyscale', async () => {
    expect((await rawPost(guarded.url, {})).status).toBe(401);
    expect((await rawPost(guarded.url, { authorization: 'Bearer wrong' })).status).toBe(401);
    // The scheme must open the header: a token after another word is no bearer token.
    for (const authorization of [`Basic Bearer ${INBOUND_TOKEN}`, `XBearer ${INBOUND_TOKEN}`, INBOUND_TOKEN, `Bearer ${INBOUND_TOKEN}x`]) {
      const refused = await rawPost(guarded.url, { authorization });
      expect(refused.status, authorization).toBe(401);
      expect(JSON.parse(refused.body)).toEqual({
        jsonrpc: '2.0',
        error: { code: -32000, message: 'Unauthorized: send Authorization: Bearer <MCP_AUTH_TOKEN>.' },
        id: null,
      });
    }
    expect((await rawPost(guarded.url, { authorization: `bearer  ${INBOUND_TOKEN}` })).status).toBe(200);
    const c = await client('v1', { headers: { authorization: `Bearer ${INBOUND_TOKEN}` } }, guarded.url);
    const page = await c.call('list_users', { limit: 1 });
    expect(page.isError).toBeFalsy();
  });

  it('serves only the read tools in read-only mode', async () => {
    const readOnly = await startHarness({ tools: ['list_users', 'get_user'] });
    const readOnlyServer = await startHttpServer(httpConfig(), readOnly.factory, httpLog);
    try {
      const c = await client('v2', {}, readOnlyServer.url);
      expect((await c.listTools()).map((tool) => tool.name)).toEqual(['list_users', 'get_user']);
    } finally {
      await readOnlyServer.close();
      await readOnly.close();
    }
  });

  it('refuses to listen beyond loopback without a token', async () => {
    await expect(startHttpServer(httpConfig({ host: '0.0.0.0' }), harness.factory, httpLog)).rejects.toThrow(UsageError);
  });

  it('the bin exits with a usage error for a non-loopback bind without a token', () => {
    assertBuilt();
    const run = spawnSync(process.execPath, [BIN, '--http', '--host', '0.0.0.0', '--port', '0', '--local'], {
      env: { PATH: process.env.PATH ?? '' },
      encoding: 'utf8',
      timeout: 10_000,
    });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('refusing to listen on 0.0.0.0 without MCP_AUTH_TOKEN');
    expect(run.stdout).toBe('');
  });

  it('the bin refuses --no-auth off loopback with a usage error', () => {
    assertBuilt();
    const run = spawnSync(process.execPath, [BIN, '--http', '--no-auth', '--host', '0.0.0.0', '--port', '0', '--local'], {
      env: { PATH: process.env.PATH ?? '' },
      encoding: 'utf8',
      timeout: 10_000,
    });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('--no-auth is refused on 0.0.0.0');
    expect(run.stdout).toBe('');
  });
});

describe.each([
  ['v1', false],
  ['v2', false],
  ['v2', true],
] as const)('cancelling a batch over HTTP through the %s client (2026-07-28 protocol: %s)', (kind, modern) => {
  it('keeps the chunks already sent and sends nothing further', async () => {
    // As in memory: each create request waits 300 ms; the cancel, sent on the first progress
    // notification, arrives while the second chunk is in flight. On 2025 protocols it is a POST
    // of its own, served apart from the call it names.
    const harness = await startHarness({ createDelayMs: 300 });
    const server = await startHttpServer(httpConfig(), harness.factory, capturingLogger());
    const c = await connectHttp(kind, server.url, { modern });
    const tag = `http-${kind}-${modern ? 'modern' : 'legacy'}-cancel`;
    try {
      await expectCancelledAfterTwoChunks(c, harness, tag);
    } finally {
      await c.close();
      await server.close();
      await harness.close();
    }
  });
});
