import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CANARY_PASSWORD, expectNoSecretsPrinted, runCli, useCliBundle, useOrg } from './helpers.ts';

useCliBundle();
const testOrg = useOrg();

async function usersFile(name: string, users: unknown[]): Promise<string> {
  const path = join(testOrg().dir, name);
  await writeFile(path, JSON.stringify({ create_users: users }));
  return path;
}

describe('anyscale-users plan', () => {
  it('exits 2 with --detailed-exitcode when the org differs, 0 once it matches, and apply takes the fingerprint', async () => {
    const { flags, org } = testOrg();
    const people = (await org.store.list({ collaboratorType: 'only_user_accounts' }, { count: 1000 }).rows).map((r) => ({
      name: r.name ?? 'x',
      email: r.email,
      is_sso_user: false,
    }));
    const file = await usersFile('users.json', [
      ...people,
      { name: 'New Person', email: 'new@cli-plan.test', is_sso_user: false, password: CANARY_PASSWORD },
    ]);
    const plan = await runCli(['plan', '-f', file, '--json', '--detailed-exitcode', ...flags]);
    expect(plan.stderr).toBe('');
    expect(plan.code).toBe(2);
    const result = JSON.parse(plan.stdout) as { fingerprint: string; counts: Record<string, number> };
    expect(result.counts).toEqual({ to_create: 1, present: people.length, strays: 0 });

    const text = await runCli(['plan', '-f', file, ...flags]);
    expect(text.code).toBe(0);
    expect(text.stdout).toContain('+ new@cli-plan.test');
    expect(text.stdout).toContain(`Fingerprint: ${result.fingerprint}`);

    const record = join(testOrg().dir, 'changes.jsonl');
    const apply = await runCli(['batch-create', '-f', file, '--expect-plan', result.fingerprint, '--record', record, '--json', ...flags]);
    expect(apply.code).toBe(0);
    const again = await runCli(['plan', '-f', file, '--detailed-exitcode', ...flags]);
    expect(again.code).toBe(0);
    const stale = await runCli(['batch-create', '-f', file, '--expect-plan', result.fingerprint, ...flags]);
    expect(stale.code).toBe(1);
    expect(stale.stderr).toContain('plan changed');
  });

  it('--json on a bad file prints the problems as a JSON document on stdout and exits 1', async () => {
    const bad = await usersFile('bad-plan.json', [{ name: 'A', email: 'not an email', is_sso_user: false }]);
    const run = await runCli(['plan', '-f', bad, '--json', ...testOrg().flags]);
    expect(run.code).toBe(1);
    const document = JSON.parse(run.stdout) as { ok: boolean; error: { code: string }; issues: Record<string, unknown>[] };
    expect(document).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(document.issues).toEqual([
      { index: 0, field: 'email', file: bad, line: expect.any(Number), message: '"email" is not a valid email address' },
    ]);
  });

  it('exits 1 on an error with --detailed-exitcode, usage errors included', async () => {
    const { flags } = testOrg();
    expect((await runCli(['plan', '-f', '/nonexistent/users.yaml', '--detailed-exitcode', ...flags])).code).toBe(1);
    const bad = await usersFile('bad.json', [{ name: 'A', email: 'not an email', is_sso_user: false }]);
    expect((await runCli(['plan', '-f', bad, '--detailed-exitcode', ...flags])).code).toBe(1);
  });

  it('never prints a password or the token', () => {
    expectNoSecretsPrinted([CANARY_PASSWORD, testOrg().org.ownerToken]);
  });
});

describe('a batch killed mid-way', () => {
  it('leaves only whole record lines', async () => {
    const { startLocalOrg } = await import('../../src/local/index.ts');
    const { spawnCli } = await import('./helpers.ts');
    const slow = await startLocalOrg({ chaos: { rate: 1, seed: 1, kinds: ['slow'], slowMs: 40 } });
    try {
      const dir = testOrg().dir;
      const tokenFile = join(dir, 'slow-token');
      await writeFile(tokenFile, slow.ownerToken, { mode: 0o600 });
      const people = Array.from({ length: 200 }, (_, i) => ({
        name: `Kill ${i}`,
        email: `kill.${i}@cli-plan.test`,
        is_sso_user: false,
        password: CANARY_PASSWORD,
      }));
      const file = await usersFile('kill.json', people);
      const record = join(dir, 'killed.jsonl');
      const child = spawnCli([
        'batch-create',
        '-f',
        file,
        '--chunk-size',
        '1',
        '--record',
        record,
        '--host',
        slow.url,
        '--token-file',
        tokenFile,
      ]);
      const { readFile } = await import('node:fs/promises');
      // Kill once a few lines are in, without waiting for the batch to end.
      for (let i = 0; i < 200; i++) {
        const text = await readFile(record, 'utf8').catch(() => '');
        if (text.split('\n').length > 3) break;
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGKILL');
      await exited;
      const text = await readFile(record, 'utf8');
      expect(text.endsWith('\n')).toBe(true);
      const lines = text
        .trimEnd()
        .split('\n')
        .map((line) => JSON.parse(line) as { status: string; email: string });
      expect(lines.length).toBeGreaterThan(2);
      expect(lines.length).toBeLessThan(200);
      expect(lines.every((line) => line.status === 'created')).toBe(true);
      expect(text).not.toContain(CANARY_PASSWORD);
    } finally {
      await slow.close();
    }
  });
});
