import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CANARY_TOKEN, collaborator, listBody, startScriptedServer, type ScriptedServer } from '../helpers/scripted-server.ts';
import { expectNoSecretsPrinted, runCli, useCliBundle } from './helpers.ts';

useCliBundle();

let server: ScriptedServer;
let dir: string;
let flags: string[];

beforeAll(async () => {
  // The first request for each email is held far past the timeout under test; its retry is answered at once.
  const held = new Set<string>();
  server = await startScriptedServer((request) => {
    const email = request.url.searchParams.get('email') ?? '';
    const first = !held.has(email);
    held.add(email);
    return { delayMs: first ? 3_000 : 0, body: listBody([collaborator(1, { email })]) };
  });
  dir = await mkdtemp(join(tmpdir(), 'cli-timeouts-'));
  await writeFile(join(dir, 'token'), CANARY_TOKEN, { mode: 0o600 });
  flags = ['--host', server.url, '--token-file', join(dir, 'token')];
});
afterAll(async () => {
  await server?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
  expectNoSecretsPrinted([CANARY_TOKEN]);
});

describe('timeout settings on the command line', () => {
  it('--read-timeout-ms limits each read: the held request times out and its retry succeeds', async () => {
    const run = await runCli(['get', '--email', 'flag@example.com', '--read-timeout-ms', '200', '--debug', '--json', ...flags]);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout).email).toBe('flag@example.com');
    expect(run.stderr).toContain('GET /api/v2/organization_collaborators/ failed (TIMEOUT); retry 1 of 4');
  });

  it('ANYSCALE_USERS_READ_TIMEOUT_MS does the same where no flag is given', async () => {
    const run = await runCli(['get', '--email', 'env@example.com', '--debug', '--json', ...flags], {
      env: { ANYSCALE_USERS_READ_TIMEOUT_MS: '200' },
    });
    expect(run.code).toBe(0);
    expect(run.stderr).toContain('failed (TIMEOUT); retry 1 of 4');
  });

  it('a timeout flag that is not a whole number is a usage error', async () => {
    const run = await runCli(['list', '--create-timeout-ms', '2s', ...flags]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("Invalid value for '--create-timeout-ms': '2s' is not a valid integer.");
  });
});
