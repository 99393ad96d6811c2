import { once } from 'node:events';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startLocalOrg, type LocalOrg } from '../../src/local/index.ts';
import { CANARY_TOKEN } from '../helpers/scripted-server.ts';
import {
  BIN,
  CANARY_PASSWORD,
  assertBuilt,
  connectHttp,
  expectNoSecrets,
  newUsers,
  orgHas,
  spawnHttpServer,
  type TestClient,
} from './helpers.ts';

type Structured = Record<string, any>;

// The built bundle serving Streamable HTTP, credentials from its environment, debug logs on.
describe('HTTP, spawning dist/mcp/index.js --http', () => {
  let org: LocalOrg;
  let emptyHome: string;

  beforeAll(async () => {
    assertBuilt();
    org = await startLocalOrg();
    emptyHome = await mkdtemp(join(tmpdir(), 'mcp-home-'));
  });

  afterAll(async () => {
    await org.close();
    await rm(emptyHome, { recursive: true, force: true });
  });

  it('keeps the Anyscale token, the inbound token and passwords out of stdout, stderr and every response', async () => {
    const { child, url, stdout, stderr } = await spawnHttpServer(BIN, ['--http', '--port', '0'], {
      PATH: process.env.PATH ?? '',
      HOME: emptyHome,
      ANYSCALE_HOST: org.url,
      ANYSCALE_CLI_TOKEN: org.ownerToken,
      MCP_AUTH_TOKEN: CANARY_TOKEN,
      ANYSCALE_MCP_DEBUG: '1',
    });
    const clients: TestClient[] = [];
    try {
      for (const [kind, modern] of [
        ['v1', false],
        ['v2', true],
      ] as const) {
        const c = await connectHttp(kind, url, { modern, headers: { authorization: `Bearer ${CANARY_TOKEN}` } });
        clients.push(c);
        expect((await c.call('list_users', { limit: 2 })).isError).toBeFalsy();
        expect((await c.call('get_user', { email: 'nobody@example.com' })).isError).toBe(true);
        const users = newUsers(2, `http-bin-${kind}`);
        const plan = await c.call('batch_create_users', { users, dry_run: true });
        const created = await c.call('batch_create_users', { users, confirm_plan_id: (plan.structuredContent as Structured).plan_id });
        expect((created.structuredContent as Structured).counts.created).toBe(2);
        expect(orgHas(org, users[1]!.email as string)).toBe(true);
        const invalid = await c.call('batch_create_users', { users: [{ ...users[0], email: 'not-an-email' }], dry_run: true });
        expect((invalid.structuredContent as Structured).counts.invalid).toBe(1);
        await c.close();
      }
    } finally {
      child.kill('SIGTERM');
    }
    const [code] = await once(child, 'exit');
    expect(code).toBe(0);
    expect(stderr()).toContain('debug: POST /api/v2/users/admin_batch_create');
    expectNoSecrets(
      { stdout: stdout(), stderr: stderr(), responses: clients.flatMap((c) => c.seen) },
      { 'Anyscale token': org.ownerToken, 'inbound token': CANARY_TOKEN, password: CANARY_PASSWORD },
    );
    expect(stderr()).not.toMatch(/@example\.com/);
  });
});
