import { readFile, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { startLocalOrg } from '../../src/local/index.ts';
import type { Logger } from '../../src/core/logger.ts';
import { api, listAll, startOrg, tempDir } from './helpers.ts';

const sane = (token: string) => token.startsWith('sss_') || (token.startsWith('a') && token.includes('_'));

function recordingLogger(): { logger: Logger; lines: string[] } {
  const lines: string[] = [];
  const record = (level: string) => (message: string) => lines.push(`${level}: ${message}`);
  return { logger: { debug: record('debug'), info: record('info'), warn: record('warn'), error: record('error') }, lines };
}

describe('startLocalOrg', () => {
  it('starts an in-memory org on an ephemeral loopback port', async () => {
    const org = await startOrg();
    expect(org.host).toBe('127.0.0.1');
    expect(org.url).toBe(`http://127.0.0.1:${org.port}`);
    expect(org.port).toBeGreaterThan(0);
    expect(org.created).toBe(true);
    expect(sane(org.ownerToken) && sane(org.collaboratorToken)).toBe(true);
    expect(org.ownerToken).not.toBe(org.collaboratorToken);
  });

  it('keeps the org and its tokens in the data dir, the token files readable by the owner only', async () => {
    const dataDir = await tempDir();
    const first = await startLocalOrg({ dataDir });
    expect(first.created).toBe(true);
    expect(
      (await api(first, '/api/v2/users/admin_batch_create', { body: [{ name: 'K', email: 'kept@x.test', is_sso_user: false }] })).status,
    ).toBe(201);
    // SQLite gives the write-ahead log the database file's mode.
    expect((await stat(join(dataDir, 'org.db-wal'))).mode & 0o777).toBe(0o600);
    await first.close();

    expect((await readFile(join(dataDir, 'owner-token'), 'utf8')).trim()).toBe(first.ownerToken);
    expect((await stat(join(dataDir, 'owner-token'))).mode & 0o777).toBe(0o600);
    expect((await stat(join(dataDir, 'collaborator-token'))).mode & 0o777).toBe(0o600);
    // The database holds password and token hashes.
    expect((await stat(join(dataDir, 'org.db'))).mode & 0o777).toBe(0o600);

    const second = await startOrg({ dataDir });
    expect(second.created).toBe(false);
    expect([second.ownerToken, second.collaboratorToken]).toEqual([first.ownerToken, first.collaboratorToken]);
    expect((await listAll(second)).map((r) => r.email)).toContain('kept@x.test');
  });

  it('two starts on one new data dir: one seeds it, the other finds it seeded, and the token file works', async () => {
    const dataDir = await tempDir();
    const orgs = await Promise.all([startLocalOrg({ dataDir }), startLocalOrg({ dataDir })]);
    try {
      expect(orgs.map((org) => org.created).sort()).toEqual([false, true]);
      expect(orgs[0]!.ownerToken).toBe(orgs[1]!.ownerToken);
      const fileToken = (await readFile(join(dataDir, 'owner-token'), 'utf8')).trim();
      expect(orgs[0]!.store.findByToken(fileToken)?.permissionLevel).toBe('owner');
      expect(orgs[0]!.store.list({}, { count: 50 }).total).toBe(5);
    } finally {
      await Promise.all(orgs.map((org) => org.close()));
    }
  });

  it('refuses to reopen an org whose owner-token file is gone', async () => {
    const dataDir = await tempDir();
    await (await startLocalOrg({ dataDir })).close();
    await rm(join(dataDir, 'owner-token'));
    await expect(startLocalOrg({ dataDir })).rejects.toThrow(/owner-token file cannot be read/);
  });

  it('close() ends keep-alive connections at once and can be called twice', async () => {
    const org = await startLocalOrg();
    expect((await api(org, '/api/v2/userinfo')).status).toBe(200); // leaves an idle keep-alive connection
    const started = performance.now();
    await Promise.all([org.close(), org.close()]);
    // Left open, the idle connection would hold close() for Node's 5 s keep-alive timeout; a bound
    // well under it says the connection was ended, however loaded the machine.
    expect(performance.now() - started).toBeLessThan(4_000);
    await expect(api(org, '/api/v2/userinfo')).rejects.toThrow(TypeError);
  });

  it('answers an unexpected failure with 500 and the envelope, logging it without a stack in the body', async () => {
    const { logger, lines } = recordingLogger();
    const org = await startOrg({ logger });
    org.store.findByToken = () => {
      throw new Error('disk on fire');
    };
    const response = await api(org, '/api/v2/userinfo');
    expect(response.status).toBe(500);
    const traceId = response.headers.get('x-trace-id');
    const body = (await response.json()) as { error: { detail: string } };
    expect(body).toEqual({ error: { detail: `Internal server error (trace id ${traceId}).` } });
    expect(lines).toContain(`error: trace=${traceId}: disk on fire`);
  });

  it('never logs tokens, passwords or query strings', async () => {
    const { logger, lines } = recordingLogger();
    const org = await startOrg({ logger });
    await api(org, '/api/v2/users/admin_batch_create', {
      body: [{ name: 'S', email: 'secret-holder@x.test', password: 'pa55word-xyz', is_sso_user: false }],
    });
    await api(org, '/api/v2/organization_collaborators/?email=secret-holder@x.test');
    await api(org, '/api/v2/userinfo', { token: null, headers: { cookie: `cli_token=${org.collaboratorToken}` } });
    expect(lines.filter((l) => l.startsWith('debug:'))).toHaveLength(3);
    const log = lines.join('\n');
    for (const secret of [org.ownerToken, org.collaboratorToken, 'pa55word-xyz', 'secret-holder']) {
      expect(log).not.toContain(secret);
    }
  });
});
