import { expect, it } from 'vitest';
import { emailsIn, useLocalOrg } from './org.ts';
import { expectNoSecret, failureMessage, parsedOutputs, runAction, useActionBundle } from './run-action.ts';

useActionBundle();
const local = useLocalOrg();
const CANARY_TOKEN = 'aph0_canary_5d1c0ffee5d1c0ffee5d1c0ffee';
const CANARY_PASSWORD = 'Canary-Pass-7f3e9';

it('a token the org refuses fails with AUTH and is never shown', async () => {
  const run = await runAction({ command: 'list', 'anyscale-host': local.org.url, 'anyscale-token': CANARY_TOKEN });
  expect(failureMessage(run)).toMatch(/^AUTH: /);
  expect(parsedOutputs(run).result).toMatchObject({ ok: false, error: { code: 'AUTH' } });
  expect(run.stdout.split('\n')[0]).toBe(`::add-mask::${CANARY_TOKEN}`);
  await expectNoSecret(run, CANARY_TOKEN);
});

it('a CSV that breaks inside a password field does not quote the password', async () => {
  const csv = `name,email,is_sso_user,password\nA,a@secret-csv.example,false,${CANARY_PASSWORD}"x\n`;
  const run = await runAction(
    { command: 'batch-create', 'users-file': 'users.csv', 'anyscale-host': local.org.url, 'anyscale-token': local.org.ownerToken },
    { files: { 'users.csv': csv } },
  );
  expect(failureMessage(run)).toMatch(/^VALIDATION: users\.csv:2: not valid CSV: Invalid Opening Quote/);
  expect(emailsIn(local.org)).not.toContain('a@secret-csv.example');
  await expectNoSecret(run, CANARY_PASSWORD);
  await expectNoSecret(run, local.org.ownerToken);
});

it('passwords of a dry run are masked and appear in no output', async () => {
  const users = JSON.stringify([{ name: 'P', email: 'p@secret.example', is_sso_user: false, password: CANARY_PASSWORD }]);
  const run = await runAction(
    { command: 'batch-create', users, 'dry-run': 'true' },
    { env: { ANYSCALE_HOST: local.org.url, ANYSCALE_CLI_TOKEN: local.org.ownerToken } },
  );
  expect(run.exitCode).toBe(0);
  expect(run.stdout).toContain(`::add-mask::${CANARY_PASSWORD}`);
  await expectNoSecret(run, CANARY_PASSWORD);
  await expectNoSecret(run, local.org.ownerToken);
});

it('with local: true, the local org tokens are masked before any line, debug included', async () => {
  const run = await runAction({ command: 'list', local: 'true' }, { env: { RUNNER_DEBUG: '1' } });
  expect(run.exitCode).toBe(0);
  const lines = run.stdout.split('\n');
  expect(
    lines.slice(0, 2).every((line) => /^::add-mask::aph0_local_/.test(line)),
    lines.slice(0, 3).join('\n'),
  ).toBe(true);
  expect(lines.some((line) => line.startsWith('::debug::'))).toBe(true);
});
