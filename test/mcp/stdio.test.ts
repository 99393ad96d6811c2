import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startLocalOrg, type LocalOrg } from '../../src/local/index.ts';
import {
  BIN,
  CANARY_PASSWORD,
  assertBuilt,
  connectStdio,
  expectNoSecrets,
  newUsers,
  orgHas,
  seedPeople,
  type ClientKind,
} from './helpers.ts';

type Structured = Record<string, any>;

function textOf(result: { content?: unknown }): string {
  return ((result.content ?? []) as { text?: string }[]).map((block) => block.text ?? '').join('\n');
}

// The built bundle, spawned the way a host spawns it; credentials come from its environment.
describe('stdio, spawning dist/mcp/index.js', () => {
  let org: LocalOrg;
  let emptyHome: string;

  beforeAll(async () => {
    assertBuilt();
    org = await startLocalOrg();
    await seedPeople(org, 60, 'seeded');
    emptyHome = await mkdtemp(join(tmpdir(), 'mcp-home-'));
  });

  afterAll(async () => {
    await org.close();
    await rm(emptyHome, { recursive: true, force: true });
  });

  const credentials = () => ({ ANYSCALE_HOST: org.url, ANYSCALE_CLI_TOKEN: org.ownerToken });

  it.each<[ClientKind, boolean]>([
    ['v2', true],
    ['v1', false],
  ])('serves the %s client (2026-07-28 protocol: %s): paging, forms, progress, no secrets on stderr', async (kind, modern) => {
    const client = await connectStdio(kind, [], { env: credentials(), answer: 'accept', modern });
    try {
      expect((await client.listTools()).map((tool) => tool.name)).toEqual(['list_users', 'get_user', 'batch_create_users']);
      if (modern) expect(client.protocolVersion()).toBe('2026-07-28');

      const seen = new Set<string>();
      let cursor: string | undefined;
      do {
        const page = (
          await client.call('list_users', { limit: 50, collaborator_type: 'only_user_accounts', ...(cursor ? { cursor } : {}) })
        ).structuredContent as Structured;
        for (const user of page.users) seen.add(user.email);
        cursor = page.next_cursor;
      } while (cursor);
      expect([...seen].filter((email) => email.startsWith('seeded-'))).toHaveLength(60);

      const users = newUsers(101, `stdio-${kind}`);
      const progress: { progress: number; total?: number }[] = [];
      const created = await client.call('batch_create_users', { users }, { onprogress: (p) => progress.push(p) });
      expect((created.structuredContent as Structured).counts.created).toBe(101);
      expect(client.forms[0]).toContain('Create 101 new Anyscale user account(s)?');
      // Both chunks are in flight together, so either may finish first; the count always ends at 101.
      // Each report is a running sum of finished chunks (1, 100 or both); the one for the last chunk
      // can reach the client after the result, so the test does not wait for it.
      const reported = progress.filter((p) => p.total === 101).map((p) => p.progress);
      expect(reported.length).toBeGreaterThan(0);
      expect(reported.every((value, i) => [1, 100, 101].includes(value) && (i === 0 || value > reported[i - 1]!))).toBe(true);
      expect(orgHas(org, `stdio-${kind}-100@example.com`)).toBe(true);

      const again = await client.call('batch_create_users', { users: users.slice(0, 3) });
      expect((again.structuredContent as Structured).counts.skipped).toBe(3);
    } finally {
      await client.close();
    }
    expect(client.stderr()).toContain('serving on stdio');
    expectNoSecrets(
      { 'tool results': client.seen, 'confirmation forms': client.forms, stderr: client.stderr() },
      { 'Anyscale token': org.ownerToken, password: CANARY_PASSWORD },
    );
    expect(client.stderr()).not.toMatch(/@example\.com/);
  });

  it('--local --read-only serves the read tools from the embedded org, and exits when the client closes', async () => {
    const client = await connectStdio('v1', ['--local', '--read-only'], { env: { HOME: emptyHome } });
    try {
      expect((await client.listTools()).map((tool) => tool.name)).toEqual(['list_users', 'get_user']);
      const page = (await client.call('list_users', {})).structuredContent as Structured;
      expect(page.total).toBe(4); // user accounts only, as the real API lists by default
    } finally {
      const closing = Date.now();
      await client.close();
      // The SDK waits two seconds before it kills a child that ignores end of input.
      expect(Date.now() - closing).toBeLessThan(1_500);
    }
    expect(client.stderr()).toContain('backed by the local org');
  });

  it('without credentials, starts anyway and answers each call with what the operator must fix', async () => {
    const client = await connectStdio('v2', [], { env: { HOME: emptyHome } });
    try {
      const result = await client.call('list_users', {});
      expect(result.isError).toBe(true);
      expect(textOf(result)).toContain('Error AUTH');
      expect(textOf(result)).toContain('ANYSCALE_CLI_TOKEN');
    } finally {
      await client.close();
    }
    expect(client.stderr()).toContain('Anyscale is not configured (AUTH)');
  });

  it('writes nothing but protocol messages to stdout, even with debug logs and the local org', async () => {
    const child = spawn(process.execPath, [BIN, '--local'], {
      env: { PATH: process.env.PATH ?? '', HOME: emptyHome, ANYSCALE_MCP_DEBUG: '1' },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const send = (message: object) => child.stdin.write(`${JSON.stringify({ jsonrpc: '2.0', ...message })}\n`);
    send({
      id: 1,
      method: 'initialize',
      params: { protocolVersion: '2025-11-25', capabilities: {}, clientInfo: { name: 'raw', version: '1' } },
    });
    send({ method: 'notifications/initialized' });
    send({ id: 2, method: 'tools/call', params: { name: 'list_users', arguments: {} } });
    send({ id: 3, method: 'tools/call', params: { name: 'get_user', arguments: { email: 'nobody@example.com' } } });
    await expect.poll(() => stdout.split('\n').filter(Boolean).length, { timeout: 10_000 }).toBe(3);
    child.stdin.end();
    const [code] = await once(child, 'exit');
    expect(code).toBe(0);
    const messages = stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as { id: number; result?: { isError?: boolean } });
    expect(messages.map((message) => message.id)).toEqual([1, 2, 3]);
    expect(messages[2]!.result!.isError).toBe(true);
    expect(stderr).toContain('debug: GET /api/v2/organization_collaborators/');
    expect(stderr).not.toMatch(/@example\.com/);
  });
});
