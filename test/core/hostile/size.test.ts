import { afterEach, describe, expect, it } from 'vitest';
import { Anyscale } from '../../../src/core/anyscale.ts';
import { AnyscaleResponseTooLargeError, DEFAULT_MAX_RESPONSE_BYTES } from '../../../src/core/capped-body.ts';
import { failure } from '../../helpers/clients.ts';
import { startHugeServer, type HugeBody, type HugeServer } from '../../helpers/huge-server.ts';
import { CANARY_TOKEN, startScriptedServer, type ScriptedServer } from '../../helpers/scripted-server.ts';

// Findings H3 and H4: a 200 MB page took the CLI to 862 MB, and a 1 MB gzip answer to 3.4 GB on
// each of 5 tries. Each body is now read with a cap, counted after decompression.

const MB = 1024 * 1024;
let servers: Array<HugeServer | ScriptedServer> = [];
afterEach(async () => {
  await Promise.all(servers.map((s) => s.close()));
  servers = [];
});

async function huge(body: HugeBody) {
  const server = await startHugeServer(body);
  servers.push(server);
  return { server, anyscale: new Anyscale({ host: server.url, token: CANARY_TOKEN, env: {}, retry: { baseDelayMs: 1, maxDelayMs: 2 } }) };
}

describe('bounded responses', () => {
  it('the cap is 32 MiB unless configured', () => {
    expect(DEFAULT_MAX_RESPONSE_BYTES).toBe(32 * MB);
    expect(new Anyscale({ host: 'http://127.0.0.1:1', token: CANARY_TOKEN, env: {} }).client.maxResponseBytes).toBe(32 * MB);
    expect(() => new Anyscale({ host: 'http://127.0.0.1:1', token: CANARY_TOKEN, env: {}, maxResponseBytes: 0 })).toThrow(
      expect.objectContaining({ code: 'CONFIG' }),
    );
  });

  it('a streamed 200 MB page is refused with TOO_LARGE once 32 MiB are read, and not retried', async () => {
    const { server, anyscale } = await huge({ bytes: 200 * MB });
    const error = await failure(anyscale.user.list({ max_items: 1 }).toArray());
    expect(error).toBeInstanceOf(AnyscaleResponseTooLargeError);
    expect(error.code).toBe('TOO_LARGE');
    expect(error.message).toBe(
      `Anyscale answered GET /api/v2/organization_collaborators/ with a body larger than 32 MiB (after decompression), so it was not read. Check that ${server.url} is an Anyscale host; for a larger page, lower the page size or raise maxResponseBytes.`,
    );
    expect(server.requests()).toBe(1);
    // What the server got out before the client hung up: the cap plus what socket buffers held.
    expect(server.bytesWritten()).toBeGreaterThan(32 * MB);
    expect(server.bytesWritten()).toBeLessThan(64 * MB);
  });

  it('a declared Content-Length past the cap is refused before the body is read', async () => {
    const { server, anyscale } = await huge({ bytes: 200 * MB, declareLength: true });
    await expect(anyscale.getUserInfo()).rejects.toMatchObject({ code: 'TOO_LARGE' });
    expect(server.bytesWritten()).toBeLessThan(32 * MB);
  });

  it('a gzip bomb (a small body that inflates to 200 MB) stops at the cap, counted after decompression', async () => {
    const { server, anyscale } = await huge({ bytes: 200 * MB, gzip: true });
    expect(server.bytesWritten()).toBe(0);
    const before = process.memoryUsage().rss;
    await expect(anyscale.user.get({ email: 'huge@example.com' })).rejects.toMatchObject({ code: 'TOO_LARGE' });
    expect(server.requests()).toBe(1);
    expect(server.bytesWritten()).toBeLessThan(1 * MB);
    // Far less than the 200 MB it inflates to (the subprocess tests measure peak RSS exactly).
    expect(process.memoryUsage().rss - before).toBeLessThan(150 * MB);
  });

  it('a body under a configured cap is read; one byte over is refused', async () => {
    const page = JSON.stringify({ results: [], metadata: { total: 0, next_paging_token: null } });
    const s = await startScriptedServer(() => ({ raw: page }));
    servers.push(s);
    const at = (max: number) => new Anyscale({ host: s.url, token: CANARY_TOKEN, env: {}, maxResponseBytes: max });
    expect(await at(page.length).user.list().toArray()).toEqual([]);
    await expect(
      at(page.length - 1)
        .user.list()
        .toArray(),
    ).rejects.toMatchObject({ code: 'TOO_LARGE' });
  });

  it('a page of 120,000 users under the cap is planned whole: no spread of a page into an argument list', async () => {
    const rows = Array.from(
      { length: 120_000 },
      (_, i) =>
        `{"id":"ide_${i}","user_id":"usr_${i}","name":"U","email":"u${i}@big.test","permission_level":"collaborator","created_at":"2024-01-01T00:00:00Z"}`,
    );
    const page = `{"results":[${rows.join(',')}],"metadata":{"total":120000,"next_paging_token":null}}`;
    const empty = JSON.stringify({ results: [], metadata: { total: 0, next_paging_token: null } });
    const s = await startScriptedServer((request) => ({
      raw: request.url.searchParams.get('collaborator_type') === 'only_user_accounts' ? page : empty,
    }));
    servers.push(s);
    const anyscale = new Anyscale({ host: s.url, token: CANARY_TOKEN, env: {} });
    const plan = await anyscale.user.plan([{ name: 'New', email: 'new@big.test', is_sso_user: true }]);
    expect(plan.counts).toEqual({ to_create: 1, present: 0, strays: 120_000 });
  });

  it('an oversized answer to a create is ambiguous: the create is settled by lookups, not reported failed', async () => {
    let posts = 0;
    const s = await startScriptedServer((request) => {
      if (request.method === 'POST') {
        posts++;
        return { status: 201, raw: JSON.stringify({ results: [], padding: 'x'.repeat(2000) }) };
      }
      const email = request.url.searchParams.get('email');
      return {
        body: {
          results: [
            { id: 'ide_1', user_id: 'usr_1', name: 'Pat', email, permission_level: 'collaborator', created_at: '2026-01-01T00:00:00Z' },
          ],
          metadata: { total: 1, next_paging_token: null },
        },
      };
    });
    servers.push(s);
    const anyscale = new Anyscale({ host: s.url, token: CANARY_TOKEN, env: {}, maxResponseBytes: 1000 });
    const report = await anyscale.user.adminBatchCreate([{ name: 'Pat', email: 'pat@big.test', is_sso_user: true }], {
      skipExisting: false,
    });
    expect(posts).toBe(1);
    expect(report.results.map((r) => r.status)).toEqual(['created']);
  });
});
