import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, useCliBundle, useOrg } from './helpers.ts';

useCliBundle();
const testOrg = useOrg();

describe('anyscale-users export', () => {
  it('writes a file that plan reads back with no differences, and refuses to overwrite it without --force', async () => {
    const { flags, dir } = testOrg();
    const out = join(dir, 'users.yaml');
    const first = await runCli(['export', '-o', out, ...flags]);
    expect(first.code).toBe(0);
    expect(await readFile(out, 'utf8')).toMatch(/^# Exported by anyscale-users/);
    const plan = await runCli(['plan', '-f', out, '--detailed-exitcode', ...flags]);
    expect(plan.code).toBe(0);
    await writeFile(out, 'keep me');
    const refused = await runCli(['export', '-o', out, ...flags]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('--force');
    expect(await readFile(out, 'utf8')).toBe('keep me');
    expect((await runCli(['export', '-o', out, '--force', ...flags])).code).toBe(0);
    expect(await readFile(out, 'utf8')).not.toBe('keep me');
  });

  it('writes CSV to stdout', async () => {
    const run = await runCli(['export', '--format', 'csv', ...testOrg().flags]);
    expect(run.code).toBe(0);
    expect(run.stdout.split('\n')[0]).toBe('name,email,is_sso_user');
  });
});
