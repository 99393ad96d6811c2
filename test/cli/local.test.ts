import { once } from 'node:events';
import { chmod, mkdir, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CANARY_PASSWORD, expectNoSecretsPrinted, runCli, spawnCli, useCliBundle } from './helpers.ts';

useCliBundle();

let work: string;
beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'cli-local-'));
});
afterAll(() => rm(work, { recursive: true, force: true }));

const SEEDED = ['owner@example.com', 'ada@example.com', 'grace@example.com', 'alan@example.com', 'ci-bot@service.example.com'];
/** A listing without an account filter shows user accounts only, as the real API does. */
const SEEDED_USERS = SEEDED.slice(0, 4);

describe('--local', () => {
  it('runs a command against an embedded org in memory', async () => {
    const run = await runCli(['--local', 'list', '--json']);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
    expect((JSON.parse(run.stdout) as { email: string }[]).map((user) => user.email)).toEqual(SEEDED_USERS);
    const table = await runCli(['get', '--email', 'grace@example.com', '--local']);
    expect(table.code).toBe(0);
    expect(table.stdout).toMatch(/^EMAIL\s+NAME\s+ID\s+ROLE\s+CREATED AT\ngrace@example\.com\s+Grace\s+usr_/);
    // A local org has no web UI to point at.
    expect(table.stderr).not.toContain('View your Users');
  });

  it('keeps the org in DIR between runs (--local DIR and --local=DIR)', async () => {
    const dir = join(work, 'org');
    await writeFile(
      join(work, 'one.yaml'),
      `- name: Kept\n  email: kept@example.com\n  is_sso_user: false\n  password: ${CANARY_PASSWORD}\n`,
    );
    const created = await runCli(['batch-create', '--local', dir, '-f', 'one.yaml'], { cwd: work });
    expect(created.code).toBe(0);
    expect(created.stdout).toBe('Batch of 1 user: 1 created.\n  created: kept@example.com\n');
    const listed = await runCli([`--local=${dir}`, 'list', '--json', '--email', 'kept@example.com']);
    expect(listed.code).toBe(0);
    expect(JSON.parse(listed.stdout)).toEqual([expect.objectContaining({ email: 'kept@example.com', name: 'Kept' })]);
    const ownerToken = (await readFile(join(dir, 'owner-token'), 'utf8')).trim();
    expectNoSecretsPrinted([ownerToken, CANARY_PASSWORD]);
  });

  it.skipIf(process.platform === 'win32')('tightens an existing 0777 --local DIR to 0700, saying so on stderr', async () => {
    const dir = join(work, 'wide-open');
    await mkdir(dir);
    await chmod(dir, 0o777);
    const run = await runCli(['list', '--local', dir, '--json']);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe(`warning: The local org's folder '${dir}' was 0777; it is now 0700, as it holds the org's tokens.\n`);
    expect((await stat(dir)).mode & 0o777).toBe(0o700);
    JSON.parse(run.stdout);
  });

  it('cannot be combined with --host or --token-file, nor used with local serve', async () => {
    const withHost = await runCli(['list', '--local', '--host', 'https://console.anyscale.com']);
    expect(withHost.code).toBe(2);
    expect(withHost.stderr).toMatch(/^Error \[USAGE\]: --local starts its own org; leave out --host and --token-file with it\./);
    const serve = await runCli(['local', 'serve', '--local']);
    expect(serve.code).toBe(2);
  });
});

describe('Ctrl-C', () => {
  it('stops a batch after the chunk in flight, reports who was not sent, and exits 130', async () => {
    const users = Array.from({ length: 40 }, (_, i) => ({ name: `Int ${i}`, email: `int${i}@example.com`, is_sso_user: false }));
    await writeFile(join(work, 'interrupt.json'), JSON.stringify(users));
    // Each request to the embedded org takes 100 ms, so the batch is still running when it is interrupted.
    const child = spawnCli(['batch-create', '-f', 'interrupt.json', '--chunk-size', '5', '--concurrency', '1', '--local'], {
      cwd: work,
      env: { ANYSCALE_LOCAL_CHAOS: 'rate=1,kinds=slow,slowMs=100' },
    });
    let stdout = '';
    let stderr = '';
    child.stdout!.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    let interrupted = false;
    child.stderr!.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
      // One Ctrl-C: a second would quit at once.
      if (!interrupted && stderr.includes('Created chunk 1 of 8')) interrupted = child.kill('SIGINT');
    });
    const [code] = await once(child, 'exit');
    expect(code).toBe(130);
    expect(stderr).toContain('Stopping after the chunk in flight; press Ctrl-C again to quit at once.');
    const sentence = /^Batch of 40 users: (\d+) created, (\d+) not sent\.$/m.exec(stdout);
    expect(sentence, stdout).not.toBeNull();
    expect(stderr.trimEnd().split('\n').at(-1)).toBe(
      `Error [ABORTED]: ${sentence![0]} The batch create was cancelled: chunks already sent were finished and are reported; users not yet sent were not created.`,
    );
    const created = Number(sentence![1]);
    const notSent = Number(sentence![2]);
    expect(stdout).toMatch(/^ {2}not_sent: int\d+@example\.com, /m);
    expect(created).toBeGreaterThanOrEqual(5);
    expect(created % 5).toBe(0);
    expect(created + notSent).toBe(40);
  });
});

describe('anyscale-users local serve', () => {
  it('serves an org in the foreground, prints its host and owner token, and stops on SIGTERM', async () => {
    const child = spawnCli(['local', 'serve', '--port', '0']);
    let stdout = '';
    let stderr = '';
    child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const announced = await new Promise<{ host: string; token: string }>((resolve, reject) => {
      child.stdout!.on('data', (chunk: Buffer) => {
        stdout += chunk.toString();
        const host = /^ {2}host: +(http:\/\/127\.0\.0\.1:\d+)$/m.exec(stdout)?.[1];
        const token = /^ {2}owner token: +(\S+)$/m.exec(stdout)?.[1];
        if (host && token && stdout.includes('Press Ctrl-C to stop.')) resolve({ host, token });
      });
      child.once('exit', () => reject(new Error(`local serve exited early: ${stderr}`)));
    });
    try {
      expect(stdout).toContain('Local Anyscale org listening (in memory: gone when this stops).');
      const tokenFile = join(work, 'served-token');
      await writeFile(tokenFile, announced.token, { mode: 0o600 });
      const run = await runCli(['list', '--json', '--host', announced.host, '--token-file', tokenFile]);
      expect(run.code).toBe(0);
      expect((JSON.parse(run.stdout) as { email: string }[]).map((user) => user.email)).toEqual(SEEDED_USERS);
      expectNoSecretsPrinted([announced.token]);
    } finally {
      child.kill('SIGTERM');
    }
    const [code] = await once(child, 'exit');
    expect(code).toBe(0);
    expect(stderr).toBe('');
  });

  it('shows the owner token once, when it makes the org; a reopened org points at the token file', async () => {
    const dataDir = join(work, 'served-org');
    const serveIn = async (dir: string, ...extra: string[]) => {
      const child = spawnCli(['local', 'serve', '--port', '0', '--data', dir, ...extra]);
      let stdout = '';
      child.stdout!.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
      await new Promise<void>((resolve, reject) => {
        child.stdout!.on('data', () => (stdout.includes('Press Ctrl-C to stop.') || stdout.endsWith('}\n')) && resolve());
        child.once('exit', () => reject(new Error('local serve exited early')));
      });
      child.kill('SIGTERM');
      await once(child, 'exit');
      return stdout;
    };
    const serveOnce = (...extra: string[]) => serveIn(dataDir, ...extra);
    const first = await serveOnce();
    const token = (await readFile(join(dataDir, 'owner-token'), 'utf8')).trim();
    expect(first).toContain(`owner token: ${token}`);
    const second = await serveOnce();
    expect(second).toContain(`(reopened in ${dataDir})`);
    expect(second).toContain(`owner token: in ${join(dataDir, 'owner-token')}`);
    expect(second).not.toContain(token);
    const reopened = JSON.parse(await serveOnce('--json')) as Record<string, unknown>;
    expect(reopened).toEqual({
      url: expect.stringMatching(/^http:\/\/127\.0\.0\.1:\d+$/),
      owner_token_file: join(dataDir, 'owner-token'),
      collaborator_token_file: join(dataDir, 'collaborator-token'),
      created: false,
    });
    const made = JSON.parse(await serveIn(join(work, 'served-json-org'), '--json')) as Record<string, unknown>;
    expect(Object.keys(made)).toEqual(['url', 'owner_token', 'collaborator_token', 'created']);
    expect(made.owner_token).toBe((await readFile(join(work, 'served-json-org', 'owner-token'), 'utf8')).trim());
  });

  it('rejects a bad --chaos spec, --latency-ms or --port before starting', async () => {
    const chaos = await runCli(['local', 'serve', '--chaos', 'rate=2']);
    expect(chaos.code).toBe(2);
    expect(chaos.stderr).toMatch(/^Error \[USAGE\]: Invalid value for '--chaos': Invalid chaos option 'rate'/);
    const latency = await runCli(['local', 'serve', '--latency-ms', '60001']);
    expect(latency.code).toBe(2);
    expect(latency.stderr).toMatch(/^Error \[USAGE\]: Invalid value for '--latency-ms': must be less than or equal to 60000\./);
    const port = await runCli(['local', 'serve', '--port', '70000']);
    expect(port.code).toBe(2);
    expect(port.stderr).toMatch(/^Error \[USAGE\]: Invalid value for '--port': must be less than or equal to 65535\./);
  });
});
