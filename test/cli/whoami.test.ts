import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { LOCAL_ORGANIZATION_ID } from '../../src/local/routes.ts';
import { expectNoSecretsPrinted, runCli, useCliBundle, useOrg } from './helpers.ts';

useCliBundle();
const testOrg = useOrg();
afterAll(() => expectNoSecretsPrinted([testOrg().org.ownerToken, testOrg().org.collaboratorToken]));

describe('anyscale-users whoami', () => {
  it('says who the token belongs to, its org and that an owner can create users', async () => {
    const { org, flags } = testOrg();
    const run = await runCli(['whoami', ...flags]);
    expect(run).toMatchObject({ code: 0, stderr: '' });
    const owner = org.store.list({ email: 'owner@example.com' }, { count: 1 }).rows[0]!;
    expect(run.stdout.split('\n')).toEqual([
      'Email:            owner@example.com',
      'Name:             Org Owner',
      `ID:               ${owner.userId}`,
      `Organization:     ${LOCAL_ORGANIZATION_ID}`,
      'Level:            owner',
      'Can create users: yes',
      `Host:             ${org.url}`,
      '',
    ]);
  });

  it('--json prints one snake_case object; a collaborator cannot create users', async () => {
    const { org, dir } = testOrg();
    const tokenFile = join(dir, 'collaborator-token');
    await writeFile(tokenFile, org.collaboratorToken, { mode: 0o600 });
    const run = await runCli(['whoami', '--json', '--host', org.url, '--token-file', tokenFile]);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual({
      host: org.url,
      id: expect.stringMatching(/^usr_/),
      email: 'ada@example.com',
      name: expect.any(String),
      organization_permission_level: 'collaborator',
      organization_ids: [LOCAL_ORGANIZATION_ID],
      can_create_users: false,
    });
  });

  it('works with --local, and a wrong token is one AUTH line', async () => {
    const local = await runCli(['--local', 'whoami', '--json']);
    expect(local.code).toBe(0);
    expect(JSON.parse(local.stdout)).toMatchObject({ email: 'owner@example.com', can_create_users: true });
    const { org, dir } = testOrg();
    const bad = join(dir, 'bad-token');
    await writeFile(bad, 'aph0_not_a_real_token', { mode: 0o600 });
    const run = await runCli(['whoami', '--host', org.url, '--token-file', bad]);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/^Error \[AUTH\]: Your user credentials for http:\/\/127\.0\.0\.1:\d+ are invalid or have expired\./);
  });
});
