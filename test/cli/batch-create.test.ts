import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ANSI, CANARY_PASSWORD, expectNoSecretsPrinted, runCli, useCliBundle, useOrg } from './helpers.ts';

useCliBundle();
const testOrg = useOrg();

// Files live in their own directory, which is the CLI's working directory, so that messages name
// them as a person typed them (`users.yaml:7: …`).
let work: string;
beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'cli-batch-'));
});
afterAll(() => rm(work, { recursive: true, force: true }));

async function batchCreate(file: string, content: string, ...args: string[]) {
  await writeFile(join(work, file), content);
  return runCli(['batch-create', '-f', file, ...args, ...testOrg().flags], { cwd: work });
}

function orgSize(): number {
  return testOrg().org.store.list({}, { count: 1 }).total;
}

interface BatchJson {
  ok: boolean;
  dry_run: boolean;
  message: string;
  total: number;
  counts: Record<string, number>;
  created: Record<string, unknown>[];
  skipped: string[];
  results: { index: number; email: string; status: string; error?: { code: string; message: string } }[];
  error?: { code: string; message: string };
}

describe('anyscale-users batch-create', () => {
  it("takes the Anyscale CLI's users.yaml as is, and says what it created", async () => {
    const run = await batchCreate(
      'users.yaml',
      `create_users:
  - name: name1
    email: test1@anyscale.com
    password: ${CANARY_PASSWORD}
    is_sso_user: false
    lastname: lastname1
    title: title1
  - name: name2
    email: test2@anyscale.com
    password: ''
    is_sso_user: true
`,
    );
    expect(run.code).toBe(0);
    expect(run.stdout).toBe('Batch of 2 users: 2 created.\n  created: test1@anyscale.com, test2@anyscale.com\n');
    expect(run.stderr).toBe('Creating users...\nCreated chunk 1 of 1 (2 of 2 users).\n');
    expect(testOrg().org.store.list({ email: 'test1@anyscale.com' }, { count: 1 }).rows[0]).toMatchObject({
      lastname: 'lastname1',
      title: 'title1',
    });
  });

  it('reports every problem in a bad file with its line, sends nothing, and exits 1', async () => {
    const before = orgSize();
    const run = await batchCreate(
      'users.yaml',
      `create_users:
  - name: ok
    email: fine@example.com
    is_sso_user: false
  - name: Grace
    email: grace2@example.com
    lastName: Hopper
    is_sso_user: false
  - name: Bad
    email: not-an-email
    is_sso_user: yes please
`,
    );
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe(
      [
        'users.yaml:7: unknown field "lastName" (did you mean "lastname"?)',
        'users.yaml:10: "email" is not a valid email address',
        'users.yaml:11: "is_sso_user" must be true or false',
        'Error [VALIDATION]: 3 problems in users.yaml; nothing was sent.',
        '',
      ].join('\n'),
    );
    expect(orgSize()).toBe(before);
  });

  it('--json on a bad file prints the problems as a JSON document on stdout, item, field and line each, and exits 1', async () => {
    const before = orgSize();
    const run = await batchCreate(
      'bad-json.yaml',
      `create_users:
  - name: Grace
    email: grace3@example.com
    lastName: Hopper
    is_sso_user: false
  - name: Bad
    email: not-an-email
    is_sso_user: yes please
    password: ${CANARY_PASSWORD}
`,
      '--json',
    );
    expect(run.code).toBe(1);
    expect(JSON.parse(run.stdout)).toEqual({
      ok: false,
      error: { code: 'VALIDATION', message: '3 problems in bad-json.yaml; nothing was sent.' },
      issues: [
        { index: 0, field: 'lastName', file: 'bad-json.yaml', line: 4, message: 'unknown field "lastName" (did you mean "lastname"?)' },
        { index: 1, field: 'email', file: 'bad-json.yaml', line: 7, message: '"email" is not a valid email address' },
        { index: 1, field: 'is_sso_user', file: 'bad-json.yaml', line: 8, message: '"is_sso_user" must be true or false' },
      ],
    });
    expect(run.stderr).toContain('Error [VALIDATION]: 3 problems in bad-json.yaml; nothing was sent.');
    expect(orgSize()).toBe(before);
  });

  it('--json prints one JSON document on stdout for a usage error too (exit 2)', async () => {
    const run = await runCli(['batch-create', '--json', ...testOrg().flags], { cwd: work });
    expect(run.code).toBe(2);
    expect(JSON.parse(run.stdout)).toEqual({
      ok: false,
      error: { code: 'USAGE', message: "Missing option '-f' / '--users-file'. Run 'anyscale-users batch-create --help' for usage." },
    });
  });

  it('--json on a batch that fails prints its report alone: one JSON document, with the error', async () => {
    const tokenFile = join(work, 'collaborator-token');
    await writeFile(tokenFile, testOrg().org.collaboratorToken, { mode: 0o600 });
    await writeFile(join(work, 'forbidden.json'), JSON.stringify([{ name: 'Nope', email: 'nope@example.com', is_sso_user: false }]));
    const run = await runCli(['batch-create', '-f', 'forbidden.json', '--json', '--host', testOrg().org.url, '--token-file', tokenFile], {
      cwd: work,
    });
    expect(run.code).toBe(1);
    const report = JSON.parse(run.stdout) as BatchJson;
    expect(report).toMatchObject({ ok: false, dry_run: false, total: 1 });
    expect(report.results[0]).toMatchObject({ email: 'nope@example.com', status: 'failed', error: { code: 'FORBIDDEN' } });
    expect(run.stderr).toMatch(/^Error \[FORBIDDEN\]: Batch of 1 user: 1 failed\. /m);
  });

  it('reports a CSV problem on its line too, without quoting the row (it may hold a password)', async () => {
    const run = await batchCreate(
      'hires.csv',
      `Name,Email,Is SSO User,Password\nAnn,ann@example.com,no,${CANARY_PASSWORD}\nBob,bob@example.com,perhaps,${CANARY_PASSWORD}\n`,
    );
    expect(run.code).toBe(1);
    expect(run.stderr).toBe(
      'hires.csv:3: "is_sso_user" must be true or false\nError [VALIDATION]: 1 problem in hires.csv; nothing was sent.\n',
    );
  });

  it('a missing file or a missing -f is a usage error (exit 2)', async () => {
    const missing = await runCli(['batch-create', '-f', 'nope.yaml', ...testOrg().flags], { cwd: work });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toBe(
      "Error [USAGE]: Invalid value for '-f' / '--users-file': File 'nope.yaml' does not exist. Run 'anyscale-users batch-create --help' for usage.\n",
    );
    const none = await runCli(['batch-create', ...testOrg().flags]);
    expect(none.code).toBe(2);
    expect(none.stderr).toMatch(/^Error \[USAGE\]: Missing option '-f' \/ '--users-file'\./);
    const chunk = await batchCreate('one.json', '[]', '--chunk-size', '1001');
    expect(chunk.code).toBe(2);
    expect(chunk.stderr).toMatch(/^Error \[USAGE\]: Invalid value for '--chunk-size': must be less than or equal to 1000\./);
  });

  it('--dry-run shows the plan and creates nothing', async () => {
    const before = orgSize();
    const run = await batchCreate(
      'plan.json',
      JSON.stringify([
        { name: 'Ada', email: 'ada@example.com', is_sso_user: false },
        { name: 'New', email: 'new-person@example.com', is_sso_user: false, password: CANARY_PASSWORD },
      ]),
      '--dry-run',
    );
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(
      'Dry run of 2 users: 1 would be skipped as existing, 1 would be created; nothing was created.\n' +
        '  skipped: ada@example.com\n  would_create: new-person@example.com\n',
    );
    expect(run.stderr).toBe('Planning users (dry run)...\n');
    expect(orgSize()).toBe(before);
  });

  it('--no-skip-existing settles the conflict of an existing user by lookup and reports it as existing, exit 0', async () => {
    const run = await batchCreate(
      'conflict.json',
      JSON.stringify([{ name: 'Alan', email: 'alan@example.com', is_sso_user: false }]),
      '--no-skip-existing',
      '--json',
    );
    expect(run.code).toBe(0);
    const result = JSON.parse(run.stdout) as BatchJson;
    expect(result).toMatchObject({ ok: true, dry_run: false, counts: { created: 0, skipped: 1, failed: 0 } });
  });

  it('creates 2,000 users in chunks, then a second run skips them all', async () => {
    const users = Array.from({ length: 2000 }, (_, i) => ({
      name: `Bulk ${i}`,
      email: `bulk${i}@example.com`,
      is_sso_user: false,
      password: CANARY_PASSWORD,
    }));
    const before = orgSize();
    const first = await batchCreate('bulk.json', JSON.stringify(users), '--chunk-size', '250');
    expect(first.code).toBe(0);
    const firstTen = Array.from({ length: 10 }, (_, i) => `bulk${i}@example.com`).join(', ');
    expect(first.stdout).toBe(`Batch of 2000 users: 2000 created.\n  created: ${firstTen} and 1990 more (--json lists all)\n`);
    // Not a TTY: one plain line per chunk, no bar, no escape codes.
    const chunkLines = first.stderr.split('\n').filter((line) => line.startsWith('Created chunk'));
    expect(chunkLines).toHaveLength(8);
    expect(chunkLines[7]).toBe('Created chunk 8 of 8 (2000 of 2000 users).');
    expect(first.stderr).not.toMatch(ANSI);
    expect(first.stderr).not.toContain('\r');
    expect(orgSize()).toBe(before + 2000);

    const second = await runCli(['batch-create', '-f', 'bulk.json', '--json', ...testOrg().flags], { cwd: work });
    expect(second.code).toBe(0);
    expect(second.stderr).toBe('');
    const result = JSON.parse(second.stdout) as BatchJson;
    expect(result).toMatchObject({ ok: true, dry_run: false, counts: { created: 0, skipped: 2000, failed: 0, not_sent: 0 } });
    expect(result.skipped).toHaveLength(2000);
    expect(result.results.every((r) => r.status === 'skipped')).toBe(true);
    expect(orgSize()).toBe(before + 2000);

    const human = await runCli(['batch-create', '-f', 'bulk.json', ...testOrg().flags], { cwd: work });
    expect(human.stdout).toBe(`Batch of 2000 users: 2000 skipped as existing.\n  skipped: ${firstTen} and 1990 more (--json lists all)\n`);
  }, 30_000);

  it('--json lists each user with its status, and the created users without passwords', async () => {
    const run = await batchCreate(
      'json-out.csv',
      `Name,Email,Is SSO User,Last Name,Title,Password\nCsv One,csv1@example.com,no,One,Engineer,${CANARY_PASSWORD}\nCsv Two,csv2@example.com,yes,,,\n`,
      '--json',
    );
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
    const result = JSON.parse(run.stdout) as BatchJson;
    expect(Object.keys(result)).toEqual(['ok', 'dry_run', 'message', 'total', 'counts', 'created', 'skipped', 'results', 'requests']);
    expect(result).toMatchObject({ ok: true, dry_run: false, message: 'Batch of 2 users: 2 created.', total: 2 });
    expect(result.counts).toEqual({ created: 2, skipped: 0, would_create: 0, failed: 0, not_sent: 0, unknown: 0 });
    expect(result.results).toEqual([
      { index: 0, email: 'csv1@example.com', status: 'created' },
      { index: 1, email: 'csv2@example.com', status: 'created' },
    ]);
    expect(result.created[0]).toMatchObject({
      email: 'csv1@example.com',
      name: 'Csv One',
      lastname: 'One',
      title: 'Engineer',
      is_sso_user: false,
    });
    expect(result.created[0]).not.toHaveProperty('password');
  });

  it('--json masks a password wherever it appears, inside an email too: a secret wins over data', async () => {
    const run = await batchCreate(
      'short-password.json',
      JSON.stringify([{ name: 'Bob', email: 'bob@example.com', password: 'example', is_sso_user: false }]),
      '--json',
    );
    expect(run.code).toBe(0);
    const result = JSON.parse(run.stdout) as BatchJson;
    expect(result.results[0]).toMatchObject({ email: 'bob@***.com', status: 'created' });
    expect(run.stdout).not.toContain('example');
  });

  it('shows control characters in names as U+FFFD, never as terminal commands', async () => {
    const hostile = 'Evil\u001b[2J\u001b]0;pwned\u0007';
    await testOrg().org.store.batchCreate([{ name: hostile, email: 'evil@example.org', isSsoUser: false }]);
    const run = await runCli(['get', '--email', 'evil@example.org', ...testOrg().flags]);
    expect(run.code).toBe(0);
    expect(run.stdout).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
    expect(run.stdout).toContain('Evil\uFFFD[2J\uFFFD]0;pwned\uFFFD');
  });
});

it('never prints the owner token or a password', () => {
  expectNoSecretsPrinted([testOrg().org.ownerToken, CANARY_PASSWORD]);
});
