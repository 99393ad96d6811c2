import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CANARY_PASSWORD, CANARY_TOKEN, listBody, startScriptedServer, type ScriptedServer } from '../helpers/scripted-server.ts';
import { expectNoSecretsPrinted, runCli, useCliBundle } from './helpers.ts';

useCliBundle();

let elsewhere: ScriptedServer;
let hostile: ScriptedServer;
let dir: string;

beforeAll(async () => {
  elsewhere = await startScriptedServer(() => ({ status: 201, body: listBody([]) }));
  hostile = await startScriptedServer((request) => ({
    status: 308,
    headers: { location: `${elsewhere.url}${request.url.pathname}` },
    raw: '',
  }));
  dir = await mkdtemp(join(tmpdir(), 'cli-redirect-'));
  await writeFile(join(dir, 'token'), CANARY_TOKEN, { mode: 0o600 });
  await writeFile(
    join(dir, 'users.yaml'),
    `create_users:\n  - name: Pat\n    email: pat@redirect.test\n    password: ${CANARY_PASSWORD}\n    is_sso_user: false\n`,
  );
});
afterAll(async () => {
  await elsewhere?.close();
  await hostile?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
  expectNoSecretsPrinted([CANARY_TOKEN, CANARY_PASSWORD]);
});

describe('the CLI and a redirecting host', () => {
  it('batch-create on a 308 creates no one, exits 1, names the target, and sends nothing there', async () => {
    const run = await runCli([
      'batch-create',
      '-f',
      join(dir, 'users.yaml'),
      '--no-skip-existing',
      '--host',
      hostile.url,
      '--token-file',
      join(dir, 'token'),
    ]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`with a redirect (308) to ${elsewhere.url}/api/v2/users/admin_batch_create`);
    expect(run.stderr).not.toContain('users created');
    expect(elsewhere.requests).toHaveLength(0);
  });
});
