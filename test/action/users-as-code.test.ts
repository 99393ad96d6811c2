import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { emailsIn, orgInputs, useLocalOrg } from './org.ts';
import { expectNoSecret, failureMessage, parsedOutputs, runAction, useActionBundle } from './run-action.ts';

useActionBundle();
const local = useLocalOrg();
const CANARY_PASSWORD = 'Canary-Plan-Pass-41c7';

const usersYaml = (users: { name: string; email: string; password?: string }[]) =>
  [
    'create_users:',
    ...users.flatMap((u) => [
      `  - name: ${JSON.stringify(u.name)}`,
      `    email: ${u.email}`,
      '    is_sso_user: false',
      ...(u.password ? [`    password: ${u.password}`] : []),
    ]),
    '',
  ].join('\n');

describe('plan', () => {
  it('compares the file with the org: outputs, result and the same Markdown in the job summary', async () => {
    const { org } = local;
    const file = usersYaml([
      { name: 'Plan | One', email: 'plan1@code.example', password: CANARY_PASSWORD },
      { name: 'Grace', email: 'GRACE@example.com' },
    ]);
    const run = await runAction({ command: 'plan', 'users-file': 'users.yaml', ...orgInputs(org) }, { files: { 'users.yaml': file } });
    expect(run.exitCode).toBe(0);
    const out = parsedOutputs(run);
    const strays = emailsIn(org)
      .filter((email) => email !== 'grace@example.com')
      .sort();
    expect(out.fingerprint).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(out).toMatchObject({ changes: 1, count: 1, strays, users: [], created: [], skipped: [] });
    expect(out.result).toMatchObject({
      command: 'plan',
      ok: true,
      to_create: [{ email: 'plan1@code.example', name: 'Plan | One', is_sso_user: false, password_set: true }],
      present: [{ email: 'grace@example.com', name: 'Grace', permission_level: 'collaborator' }],
      counts: { to_create: 1, present: 1, strays: strays.length },
      fingerprint: out.fingerprint,
    });
    expect(out.result.strays.map((s: { email: string }) => s.email)).toEqual(strays);
    expect(out.planMarkdown).toContain(`Fingerprint: \`${out.fingerprint}\``);
    expect(out.planMarkdown).toContain('| `plan1@code.example` | `Plan \\| One` | no | set |');
    expect(out.planMarkdown).toContain(`#### Strays (${strays.length})`);
    expect(run.summary.trim()).toBe(out.planMarkdown.trim());
    expect(run.stdout).toContain(`Plan: 1 to create, 1 present, ${strays.length} strays. Fingerprint: ${out.fingerprint}.`);
    await expectNoSecret(run, CANARY_PASSWORD);
    await expectNoSecret(run, org.ownerToken);
  });

  it('gives the same fingerprint for the file reordered, and strays count service accounts only when asked', async () => {
    const a = { name: 'A', email: 'order-a@code.example' };
    const b = { name: 'B', email: 'order-b@code.example' };
    const first = await runAction({ command: 'plan', users: usersYaml([a, b]), ...orgInputs(local.org) });
    const second = await runAction({
      command: 'plan',
      users: usersYaml([b, a]),
      'include-service-accounts': 'yes',
      ...orgInputs(local.org),
    });
    expect(parsedOutputs(second).fingerprint).toBe(parsedOutputs(first).fingerprint);
    expect(parsedOutputs(first).strays).not.toContain('ci-bot@service.example.com');
    expect(parsedOutputs(second).strays).toContain('ci-bot@service.example.com');
  });

  it('says there are no changes when the org matches, and needs the users', async () => {
    const { org } = local;
    const everyone = org.store
      .list({ collaboratorType: 'only_user_accounts' }, { count: 100_000 })
      .rows.map((r) => ({ name: r.name ?? r.email, email: r.email }));
    const run = await runAction({ command: 'plan', users: usersYaml(everyone), ...orgInputs(org) });
    const out = parsedOutputs(run);
    expect(out).toMatchObject({ changes: 0, strays: [] });
    expect(out.planMarkdown).toMatch(/^### Anyscale users plan: no changes\n/);
    expect(out.planMarkdown).not.toContain('####');

    const missing = await runAction({ command: 'plan', ...orgInputs(org) });
    expect(failureMessage(missing)).toMatch(
      /^VALIDATION: Command "plan" needs the users the organization should have: set input "users-file"/,
    );
    expect(parsedOutputs(missing)).toMatchObject({ fingerprint: '', changes: 0, strays: [], planMarkdown: '' });
  });

  it('fails closed on an unknown comment-on-pr, and refuses it for another command', async () => {
    const unknown = await runAction({ command: 'plan', users: usersYaml([]), 'comment-on-pr': 'sure', ...orgInputs(local.org) });
    expect(failureMessage(unknown)).toMatch(/^VALIDATION: Input "comment-on-pr" must be true\/false/);
    const elsewhere = await runAction({ command: 'list', 'comment-on-pr': 'true', ...orgInputs(local.org) });
    expect(failureMessage(elsewhere)).toBe('VALIDATION: Input "comment-on-pr" posts a plan; it works with command "plan", not "list".');
  });
});

describe('guarded apply', () => {
  it('applies the reviewed fingerprint, records each user, and refuses the same fingerprint once the org changed', async () => {
    const { org } = local;
    const file = usersYaml([
      { name: 'Apply One', email: 'apply1@code.example', password: CANARY_PASSWORD },
      { name: 'Apply Two', email: 'apply2@code.example' },
      { name: 'Ada', email: 'ada@example.com' },
    ]);
    const files = { 'users.yaml': file };
    const plan = parsedOutputs(await runAction({ command: 'plan', 'users-file': 'users.yaml', ...orgInputs(org) }, { files }));
    expect(plan.changes).toBe(2);

    const apply = await runAction(
      {
        command: 'batch-create',
        'users-file': 'users.yaml',
        'expect-plan': plan.fingerprint,
        'record-file': 'records/changes.jsonl',
        ...orgInputs(org),
      },
      { files },
    );
    expect(apply.exitCode).toBe(0);
    expect(parsedOutputs(apply)).toMatchObject({ created: ['apply1@code.example', 'apply2@code.example'], skipped: ['ada@example.com'] });
    const record = (await readFile(join(apply.workspace, 'records/changes.jsonl'), 'utf8'))
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    // Lines follow the order in which results settle, not the file's.
    expect(record.map((line) => [line.email, line.status, line.plan, line.actor]).sort()).toEqual([
      ['ada@example.com', 'skipped', plan.fingerprint, 'owner@example.com'],
      ['apply1@code.example', 'created', plan.fingerprint, 'owner@example.com'],
      ['apply2@code.example', 'created', plan.fingerprint, 'owner@example.com'],
    ]);
    expect(record.find((line) => line.email === 'apply1@code.example').user_id).toMatch(/^usr_/);
    await expectNoSecret(apply, CANARY_PASSWORD);
    expect(await readFile(join(apply.workspace, 'records/changes.jsonl'), 'utf8')).not.toContain(CANARY_PASSWORD);

    const before = emailsIn(org);
    const again = await runAction(
      {
        command: 'batch-create',
        'users-file': 'users.yaml',
        'expect-plan': plan.fingerprint,
        'record-file': 'changes.jsonl',
        ...orgInputs(org),
      },
      { files: { ...files, 'changes.jsonl': '' } },
    );
    expect(failureMessage(again)).toMatch(/^PLAN_CHANGED: The plan changed since it was reviewed .*apply1@code\.example/);
    expect(parsedOutputs(again).result).toMatchObject({ command: 'batch-create', ok: false, error: { code: 'PLAN_CHANGED' } });
    expect(emailsIn(org)).toEqual(before);
    expect(await readFile(join(again.workspace, 'changes.jsonl'), 'utf8')).toBe('');
  });

  it('checks the form of expect-plan before any request', async () => {
    const run = await runAction({ command: 'batch-create', users: usersYaml([]), 'expect-plan': 'sha256:abc', ...orgInputs(local.org) });
    expect(failureMessage(run)).toBe(
      'VALIDATION: Input "expect-plan" must be "sha256:" and 64 hex digits, as the plan\'s fingerprint output gives it; got "sha256:abc".',
    );
  });
});

describe('export', () => {
  it('writes the org to users-file, sets count, and a plan of the export has no differences', async () => {
    const { org } = local;
    // The folder does not exist yet: the export makes it.
    const run = await runAction({ command: 'export', 'users-file': 'org/users.json', ...orgInputs(org) });
    expect(run.exitCode).toBe(0);
    const out = parsedOutputs(run);
    const expected = emailsIn(org);
    expect(out.count).toBe(expected.length);
    expect(out.result).toEqual({ command: 'export', ok: true, count: expected.length, users_file: 'org/users.json', format: 'json' });
    const text = await readFile(join(run.workspace, 'org/users.json'), 'utf8');
    expect((JSON.parse(text) as { create_users: { email: string }[] }).create_users.map((u) => u.email)).toEqual(expected);
    expect(run.stdout).toContain(`Exported ${expected.length} users to org/users.json.`);

    const plan = parsedOutputs(await runAction({ command: 'plan', users: text, ...orgInputs(org) }));
    expect(plan).toMatchObject({ changes: 0, strays: [] });
  });

  it('refuses to replace an existing file unless overwrite is true, and then replaces it whole', async () => {
    const { org } = local;
    const refused = await runAction(
      { command: 'export', 'users-file': 'users.yaml', ...orgInputs(org) },
      { files: { 'users.yaml': 'keep me\n' } },
    );
    expect(failureMessage(refused)).toBe(
      'VALIDATION: Input "users-file": "users.yaml" exists; set input "overwrite" to true to replace it, or name another file.',
    );
    expect(await readFile(join(refused.workspace, 'users.yaml'), 'utf8')).toBe('keep me\n');

    const replaced = await runAction(
      { command: 'export', 'users-file': 'users.yaml', overwrite: 'true', ...orgInputs(org) },
      { files: { 'users.yaml': 'keep me\n' } },
    );
    expect(replaced.exitCode).toBe(0);
    const text = await readFile(join(replaced.workspace, 'users.yaml'), 'utf8');
    expect(text).toMatch(/^# Exported by anyscale-users/);
    expect(text).toContain('create_users:\n');
  });

  it('leaves no partial file behind when the export fails', async () => {
    const run = await runAction({
      command: 'export',
      'users-file': 'users.csv',
      'anyscale-host': local.org.url,
      'anyscale-token': 'aph0_wrong_token_000000000000000000',
    });
    expect(failureMessage(run)).toMatch(/^AUTH: /);
    expect((await readdir(run.workspace)).filter((name) => name.startsWith('users.csv'))).toEqual([]);
  });
});
