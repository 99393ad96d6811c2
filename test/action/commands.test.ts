import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { startLocalOrg } from '../../src/local/index.ts';
import { emailsIn, orgInputs, useLocalOrg } from './org.ts';
import { expectNoSecret, failureMessage, parsedOutputs, runAction, summaryTables, useActionBundle } from './run-action.ts';

useActionBundle();
const local = useLocalOrg();
const XSS_NAME = '<img src=x onerror=alert(1)>';

beforeAll(async () => {
  await local.org.store.batchCreate([{ name: XSS_NAME, email: 'xss@list.example', isSsoUser: false }]);
});

describe('list', () => {
  it('lists every user into JSON outputs and an escaped summary table', async () => {
    const { org } = local;
    const run = await runAction({ command: 'list', ...orgInputs(org) });
    expect(run.exitCode).toBe(0);
    const out = parsedOutputs(run);
    const expected = emailsIn(org);
    expect(out.users.map((u) => u.email)).toEqual(expected);
    expect(out.users.find((u) => u.email === 'xss@list.example')).toMatchObject({ name: XSS_NAME, permission_level: 'collaborator' });
    expect(out).toMatchObject({ count: expected.length, user: {}, created: [], skipped: [], resultFile: '' });
    expect(out.result).toEqual({ command: 'list', ok: true, count: expected.length, users: out.users });

    const [table] = summaryTables(run.summary);
    expect(table![0]).toEqual(['Email', 'Name', 'Permission', 'Created', 'User ID']);
    expect(table!.slice(1).map((row) => row[0])).toEqual(expected);
    expect(run.summary).toContain('<td>&lt;img src=x onerror=alert(1)&gt;</td>');
    expect(run.summary).not.toContain('<img');
    await expectNoSecret(run, org.ownerToken);
  });

  it('falls back to ANYSCALE_HOST and ANYSCALE_CLI_TOKEN, and filters by collaborator type in any case', async () => {
    const { org } = local;
    const run = await runAction(
      { command: 'list', 'collaborator-type': 'ONLY_SERVICE_ACCOUNTS' },
      { env: { ANYSCALE_HOST: org.url, ANYSCALE_CLI_TOKEN: org.ownerToken } },
    );
    expect(run.exitCode).toBe(0);
    expect(parsedOutputs(run).users.map((u) => u.email)).toEqual(['ci-bot@service.example.com']);
    expect(run.stdout.split('\n')[0]).toBe(`::add-mask::${org.ownerToken}`);
    await expectNoSecret(run, org.ownerToken);
  });

  it('stops at max-items, paging by page-size', async () => {
    const { org } = local;
    const run = await runAction({ command: 'list', 'max-items': '2', 'page-size': '1', ...orgInputs(org) });
    expect(run.exitCode).toBe(0);
    const out = parsedOutputs(run);
    expect(out.users.map((u) => u.email)).toEqual(emailsIn(org).slice(0, 2));
    expect(out.count).toBe(2);
  });
});

describe('get', () => {
  it('gets one user by exact email, whatever its case', async () => {
    const run = await runAction({ command: 'get', email: 'GRACE@example.com', ...orgInputs(local.org) });
    expect(run.exitCode).toBe(0);
    const out = parsedOutputs(run);
    expect(out.user).toMatchObject({ email: 'grace@example.com', name: 'Grace', permission_level: 'collaborator' });
    expect(out.user.user_id).toMatch(/^usr_/);
    expect(out).toMatchObject({ users: [out.user], count: 1, created: [], skipped: [] });
    expect(out.result).toEqual({ command: 'get', ok: true, count: 1, user: out.user });
    const [table] = summaryTables(run.summary);
    expect(table!.slice(1)).toEqual([['grace@example.com', 'Grace', 'collaborator', out.user.created_at, out.user.user_id]]);
  });

  it('fails with NOT_FOUND when no user matches, still setting every output', async () => {
    const run = await runAction({ command: 'get', email: 'nobody@example.com', ...orgInputs(local.org) });
    expect(failureMessage(run)).toBe("NOT_FOUND: No user found matching 'nobody@example.com'.");
    const out = parsedOutputs(run);
    expect(out).toMatchObject({ users: [], user: {}, count: 0, created: [], skipped: [], resultFile: '' });
    expect(out.result).toEqual({
      command: 'get',
      ok: false,
      error: { code: 'NOT_FOUND', message: "No user found matching 'nobody@example.com'." },
    });
    expect(run.summary).toContain('<h2>Anyscale users: get failed</h2>');
    await expectNoSecret(run, local.org.ownerToken);
  });
});

describe('batch-create', () => {
  const CANARY_PASSWORD = 'Canary-Pass-7f3e9';
  const usersYaml = [
    '# Onboarding, as the Anyscale CLI reads it',
    'create_users:',
    '  - name: New One',
    '    email: new1@batch.example',
    '    is_sso_user: false',
    `    password: ${CANARY_PASSWORD}`,
    '  - name: Ada',
    '    email: ada@example.com',
    '    is_sso_user: false',
    '  - name: New Two',
    '    email: new2@batch.example',
    '    is_sso_user: true',
    '    lastname: Two',
    '    title: Engineer',
    '',
  ].join('\n');

  it('creates the users of a users.yaml, skips those that exist, and says so', async () => {
    const { org } = local;
    const run = await runAction(
      { command: 'batch-create', 'users-file': 'users.yaml', ...orgInputs(org) },
      { files: { 'users.yaml': usersYaml } },
    );
    expect(run.exitCode).toBe(0);
    const out = parsedOutputs(run);
    expect(out.created).toEqual(['new1@batch.example', 'new2@batch.example']);
    expect(out.skipped).toEqual(['ada@example.com']);
    expect(out.count).toBe(2);
    expect(out.users.map((u) => u.email)).toEqual(out.created);
    expect(out.users[1]).toMatchObject({ name: 'New Two', is_sso_user: true, lastname: 'Two', title: 'Engineer' });
    for (const user of out.users) expect(Object.keys(user).sort()).toEqual(expect.not.arrayContaining(['password']));
    expect(out.result).toMatchObject({
      command: 'batch-create',
      ok: true,
      dry_run: false,
      total: 3,
      counts: { created: 2, skipped: 1, would_create: 0, failed: 0, not_sent: 0, unknown: 0 },
      created: out.created,
      skipped: out.skipped,
      message: 'Batch of 3 users: 2 created, 1 skipped as existing.',
    });
    expect(out.result.results.map((r: { status: string }) => r.status)).toEqual(['created', 'skipped', 'created']);
    expect(out.result.results[0].user.user_id).toBe(out.users[0]!.user_id);
    expect(run.stdout).toContain('::notice::Batch of 3 users: 2 created, 1 skipped as existing.');
    expect(emailsIn(org)).toEqual(expect.arrayContaining(['new1@batch.example', 'new2@batch.example']));

    const [counts, results] = summaryTables(run.summary);
    expect(counts).toEqual([
      ['Status', 'Users'],
      ['created', '2'],
      ['skipped', '1'],
      ['total', '3'],
    ]);
    expect(results!.slice(1).map((row) => [row[1], row[3]])).toEqual([
      ['new1@batch.example', 'created'],
      ['ada@example.com', 'skipped'],
      ['new2@batch.example', 'created'],
    ]);

    // Both secrets are masked before the first line that is not a mask command.
    const lines = run.stdout.split('\n');
    const firstLog = lines.findIndex((line) => !line.startsWith('::add-mask::'));
    expect(lines.slice(0, firstLog)).toEqual(expect.arrayContaining([`::add-mask::${org.ownerToken}`, `::add-mask::${CANARY_PASSWORD}`]));
    await expectNoSecret(run, org.ownerToken);
    await expectNoSecret(run, CANARY_PASSWORD);
  });

  it('plans a dry run from a CSV export (dry-run in any case) and creates nothing', async () => {
    const { org } = local;
    const csv = 'Name,Email,Is SSO User,Title\nDry One,dry1@batch.example,no,Intern\nGrace,grace@example.com,yes,\n';
    const before = emailsIn(org);
    const run = await runAction(
      { command: 'batch-create', 'users-file': 'people.csv', 'dry-run': 'TRUE', ...orgInputs(org) },
      { files: { 'people.csv': csv } },
    );
    expect(run.exitCode).toBe(0);
    const out = parsedOutputs(run);
    expect(out).toMatchObject({ users: [], count: 0, created: [], skipped: ['grace@example.com'] });
    expect(out.result).toMatchObject({ ok: true, dry_run: true, counts: { would_create: 1, skipped: 1 } });
    expect(out.result.results.map((r: { status: string }) => r.status)).toEqual(['would_create', 'skipped']);
    expect(emailsIn(org)).toEqual(before);
    expect(run.summary).toContain('<h2>Anyscale users: batch-create (dry run)</h2>');
    expect(
      summaryTables(run.summary)[1]!
        .slice(1)
        .map((row) => [row[1], row[2], row[3]]),
    ).toEqual([
      ['dry1@batch.example', 'Dry One', 'would_create'],
      ['grace@example.com', 'Grace', 'skipped'],
    ]);
  });

  it('keeps blank lines in a name from ending the summary HTML and starting Markdown', async () => {
    const name = 'Eve\n\n# Injected [link](https://evil.example)\n\r\n';
    const users = JSON.stringify([{ name, email: 'eve@inject.example', is_sso_user: true }]);
    const run = await runAction({ command: 'batch-create', users, 'dry-run': 'true', ...orgInputs(local.org) });
    expect(run.exitCode).toBe(0);
    expect(parsedOutputs(run).result.results).toEqual([{ index: 0, email: 'eve@inject.example', status: 'would_create' }]);
    expect(run.summary).not.toMatch(/^# Injected/m);
    expect(run.summary).not.toMatch(/\n\s*\n(?!$)/);
    expect(summaryTables(run.summary)[1]![1]![2]).toBe('Eve<br><br># Injected [link](https://evil.example)<br><br>');
  });

  it('settles a conflict by lookup when skip-existing is false: the existing user is reported as existing, the rest created', async () => {
    const { org } = local;
    const users = JSON.stringify([
      { name: 'Fresh', email: 'fresh@batch.example', is_sso_user: false },
      { name: 'Alan', email: 'alan@example.com', is_sso_user: false },
      { name: 'Later', email: 'later@batch.example', is_sso_user: false },
    ]);
    const run = await runAction({ command: 'batch-create', users, 'skip-existing': 'False', 'chunk-size': '1', ...orgInputs(org) });
    const out = parsedOutputs(run);
    expect(out.result).toMatchObject({ ok: true, counts: { created: 2, skipped: 1, unknown: 0 } });
    expect(out.result.results.map((r: { status: string }) => r.status)).toEqual(['created', 'skipped', 'created']);
    expect(emailsIn(org)).toContain('later@batch.example');
  });

  it('local: true lists the embedded org', async () => {
    const run = await runAction({ command: 'list', local: 'true' });
    expect(run.exitCode).toBe(0);
    const out = parsedOutputs(run);
    expect(out.users.map((u) => u.email)).toEqual(['owner@example.com', 'ada@example.com', 'grace@example.com', 'alan@example.com']);
    expect(run.stdout).toMatch(/^::add-mask::aph0_local_/m);
  });

  it('local takes true and false in any case, and a ./ or ~/ path as the directory, ~ being HOME', async () => {
    expect((await runAction({ command: 'list', local: 'True' })).exitCode).toBe(0);
    const remote = await runAction({ command: 'list', local: 'FALSE', ...orgInputs(local.org) });
    expect(parsedOutputs(remote).users.map((u) => u.email)).toEqual(emailsIn(local.org));
    for (const [value, dir] of [
      ['./cwd-org', 'cwd-org'],
      ['~/home-org', 'home-org'],
    ] as const) {
      const run = await runAction({ command: 'list', local: value });
      expect(run.exitCode).toBe(0);
      // runAction runs each step in its workspace, with HOME set to it.
      expect(existsSync(join(run.workspace, dir, 'org.db'))).toBe(true);
    }
  });

  it('local: <dir> keeps the org in that directory between steps', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'action-local-'));
    try {
      const users = 'create_users:\n  - {name: Kept, email: kept@local.example, is_sso_user: false}\n';
      const run = await runAction({ command: 'batch-create', users, local: dir });
      expect(run.exitCode).toBe(0);
      expect(parsedOutputs(run).created).toEqual(['kept@local.example']);
      const reopened = await startLocalOrg({ dataDir: dir });
      try {
        expect(reopened.created).toBe(false);
        expect(emailsIn(reopened)).toContain('kept@local.example');
      } finally {
        await reopened.close();
      }
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
