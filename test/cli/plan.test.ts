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
    const people = (await org.store.list({ collaboratorType: 'only_user_accounts' }, { count: 1000 }).rows).map((r) => ({ name: r.name ?? 'x', email: r.email, is_sso_user: false }));
    const file = await usersFile('users.json', [...people, { name: 'New Person', email: 'new@cli-plan.test', is_sso_user: false, password: CANARY_PASSWORD }]);
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
