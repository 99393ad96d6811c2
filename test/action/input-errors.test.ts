import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { emailsIn, orgInputs, useLocalOrg } from './org.ts';
import {
  errorAnnotations,
  expectNoSecret,
  failureMessage,
  parsedOutputs,
  runAction,
  summaryTables,
  useActionBundle,
  type ActionRun,
} from './run-action.ts';

useActionBundle();
const local = useLocalOrg();

/** A failed step still sets every output, to values fromJSON() can read. */
function expectEmptyOutputs(run: ActionRun, code: string) {
  const out = parsedOutputs(run);
  expect(out).toMatchObject({ users: [], user: {}, count: 0, created: [], skipped: [], resultFile: '' });
  expect(out.result).toMatchObject({ ok: false, error: { code } });
  return out;
}

describe('inputs', () => {
  it('rejects an unknown command, naming the ones there are', async () => {
    const run = await runAction({ command: 'delete', ...orgInputs(local.org) });
    expect(failureMessage(run)).toBe('VALIDATION: Input "command" must be one of list, get, batch-create, plan, export; got "delete".');
    const out = expectEmptyOutputs(run, 'VALIDATION');
    expect(out.result.issues).toEqual([
      { field: 'command', message: 'Input "command" must be one of list, get, batch-create, plan, export; got "delete".' },
    ]);
    expect(run.summary).toContain('<h2>Anyscale users: action failed</h2>');
  });

  it('requires a command and a token', async () => {
    const run = await runAction({});
    const message = failureMessage(run);
    expect(message).toMatch(/^VALIDATION: 2 problems; nothing was sent:/);
    expect(message).toContain('Input "command" is required: set it to one of list, get, batch-create, plan, export.');
    expect(message).toContain('Input "anyscale-token" is required');
    expectEmptyOutputs(run, 'VALIDATION');
    expect(summaryTables(run.summary)[0]!.slice(1)).toEqual([
      ['input command', 'Input &quot;command&quot; is required: set it to one of list, get, batch-create, plan, export.'],
      ['input anyscale-token', expect.stringContaining('Input &quot;anyscale-token&quot; is required')],
    ]);
  });

  it('names every malformed input at once', async () => {
    const run = await runAction({
      command: 'list',
      'anyscale-host': 'http://anyscale.example.com',
      'anyscale-token': 'not-a-token',
      'collaborator-type': 'admins',
      'is-service-account': 'maybe',
      'max-items': '0',
      'page-size': '100',
      'dry-run': 'sometimes',
      'skip-existing': '2',
      'chunk-size': 'ten',
    });
    const message = failureMessage(run);
    expect(message).toMatch(/^VALIDATION: 9 problems; nothing was sent:/);
    for (const expected of [
      'Input "anyscale-host": Refusing to send the Anyscale token over plain http:// to anyscale.example.com.',
      'Input "anyscale-token" is not an Anyscale API token',
      'Input "collaborator-type" must be one of all_accounts, only_service_accounts, only_user_accounts; got "admins".',
      'Input "is-service-account" must be true/false, yes/no, y/n, on/off or 1/0, in any case; got "maybe".',
      'Input "max-items" must be a whole number 1 or more; got "0".',
      'Input "page-size" must be a whole number from 1 to 50; got "100".',
      'Input "dry-run" must be true/false, yes/no, y/n, on/off or 1/0, in any case; got "sometimes".',
      'Input "skip-existing" must be true/false, yes/no, y/n, on/off or 1/0, in any case; got "2".',
      'Input "chunk-size" must be a whole number from 1 to 1000; got "ten".',
    ]) {
      expect(message).toContain(expected);
    }
    expectEmptyOutputs(run, 'VALIDATION');
  });

  it('takes local as true, false or a clear path, and names it otherwise instead of making a directory', async () => {
    const run = await runAction({ command: 'list', local: 'maybe' });
    expect(failureMessage(run)).toBe(
      'VALIDATION: Input "local" must be true, false, or a directory path (with a "/" or "\\", or starting with "." or "~"); got "maybe".',
    );
    expectEmptyOutputs(run, 'VALIDATION');
    expect(existsSync(join(run.workspace, 'maybe'))).toBe(false);
  });

  it('get needs an email or a name', async () => {
    const run = await runAction({ command: 'get', ...orgInputs(local.org) });
    expect(failureMessage(run)).toBe('VALIDATION: Command "get" needs input "email" or input "name" to say which user to get.');
    expectEmptyOutputs(run, 'VALIDATION');
  });

  it('batch-create needs users or users-file', async () => {
    const run = await runAction({ command: 'batch-create', ...orgInputs(local.org) });
    const message = failureMessage(run);
    expect(message).toMatch(/^VALIDATION: Command "batch-create" needs the users to create: set input "users-file" .* or input "users"/);
    expectEmptyOutputs(run, 'VALIDATION');
  });

  it('names users-file when the file is not there', async () => {
    const run = await runAction({ command: 'batch-create', 'users-file': 'people/missing.yaml', ...orgInputs(local.org) });
    expect(failureMessage(run)).toMatch(/^VALIDATION: Input "users-file": cannot read "people\/missing.yaml" \(there is no such file\)\./);
    expectEmptyOutputs(run, 'VALIDATION');
  });
});

describe('users documents', () => {
  it('points bad YAML at its file and line', async () => {
    const yaml = 'create_users:\n  - name: A\n    email: a@yaml.example\n    is_sso_user: false\n  - name: [B\n';
    const run = await runAction(
      { command: 'batch-create', 'users-file': 'users.yaml', ...orgInputs(local.org) },
      { files: { 'users.yaml': yaml } },
    );
    const [annotation] = errorAnnotations(run);
    // The flow sequence opened on line 5 is found unclosed at the end of the file, line 6.
    expect(annotation!.properties).toMatchObject({ file: 'users.yaml', line: '6' });
    expect(annotation!.message).toMatch(/^users\.yaml:6: not valid YAML or JSON: /);
    expect(failureMessage(run)).toMatch(/^VALIDATION: users\.yaml:6: not valid YAML or JSON: /);
    expectEmptyOutputs(run, 'VALIDATION');
  });

  it('points a bad CSV row at its line', async () => {
    const csv = 'name,email,is_sso_user\nA,a@csv.example,false\nB,b@csv.example\n';
    const run = await runAction(
      { command: 'batch-create', 'users-file': 'hr/users.csv', ...orgInputs(local.org) },
      { files: { 'hr/users.csv': csv } },
    );
    const [annotation] = errorAnnotations(run);
    expect(annotation).toEqual({
      properties: { title: 'Invalid users file', file: 'hr/users.csv', line: '3' },
      message: 'hr/users.csv:3: not valid CSV: Invalid Record Length: columns length is 3, got 2 on line 3',
    });
    expect(failureMessage(run)).toBe(
      'VALIDATION: hr/users.csv:3: not valid CSV: Invalid Record Length: columns length is 3, got 2 on line 3',
    );
    expect(emailsIn(local.org)).not.toContain('a@csv.example');
  });

  it('annotates an invalid email on its line and creates no one', async () => {
    const password = 'Canary-Pass-7f3e9';
    const yaml = [
      'create_users:',
      '  - name: Valid One',
      '    email: valid1@invalid-batch.example',
      '    is_sso_user: false',
      `    password: ${password}`,
      '  - name: Broken',
      '    email: not-an-email',
      '    is_sso_user: false',
      '  - name: Valid Two',
      '    email: valid2@invalid-batch.example',
      '    is_sso_user: true',
      '',
    ].join('\n');
    const run = await runAction(
      { command: 'batch-create', 'users-file': 'users.yaml', ...orgInputs(local.org) },
      { files: { 'users.yaml': yaml } },
    );
    expect(errorAnnotations(run)[0]).toEqual({
      properties: { title: 'Invalid users file', file: 'users.yaml', line: '7' },
      message: 'users.yaml:7: "email" is not a valid email address',
    });
    expect(failureMessage(run)).toBe('VALIDATION: users.yaml:7: "email" is not a valid email address');
    const out = expectEmptyOutputs(run, 'VALIDATION');
    expect(out.result.issues).toEqual([
      { index: 1, field: 'email', message: '"email" is not a valid email address', file: 'users.yaml', line: 7 },
    ]);
    const emails = emailsIn(local.org);
    expect(emails).not.toContain('valid1@invalid-batch.example');
    expect(emails).not.toContain('valid2@invalid-batch.example');
    await expectNoSecret(run, password);
    await expectNoSecret(run, local.org.ownerToken);
  });

  it('annotates eight problems, says how many more, and lists all in the summary, in at most ten errors', async () => {
    const users = Array.from({ length: 13 }, (_, i) => `  - {name: User ${i}, is_sso_user: false}`);
    const run = await runAction(
      { command: 'batch-create', 'users-file': 'users.yaml', ...orgInputs(local.org) },
      { files: { 'users.yaml': ['create_users:', ...users, ''].join('\n') } },
    );
    const annotations = errorAnnotations(run);
    // GitHub shows about ten error annotations per step: the note and the failure must be among them.
    expect(annotations).toHaveLength(10);
    const onLines = annotations.filter((a) => a.properties.line !== undefined);
    expect(onLines.map((a) => a.properties.line)).toEqual(['2', '3', '4', '5', '6', '7', '8', '9']);
    expect(onLines[0]!.message).toBe('users.yaml:2: "email" is required');
    expect(annotations[8]).toEqual({
      properties: { title: 'Invalid users', file: 'users.yaml' },
      message: '5 more problems with the users in users.yaml; all are listed in the job summary.',
    });
    const message = failureMessage(run);
    expect(message).toMatch(/^VALIDATION: 13 problems; nothing was sent\. The first 10:\n/);
    expect(message).toContain('…and 3 more, all listed in the job summary.');
    const [table] = summaryTables(run.summary);
    expect(table!.slice(1).map((row) => row[0])).toEqual(Array.from({ length: 13 }, (_, i) => `users.yaml:${i + 2}`));
    expect(expectEmptyOutputs(run, 'VALIDATION').result.issues).toHaveLength(13);
  });

  it('annotates nine problems without a note: with the failure, that is ten errors', async () => {
    const users = Array.from({ length: 9 }, (_, i) => `  - {name: User ${i}, is_sso_user: false}`);
    const run = await runAction(
      { command: 'batch-create', 'users-file': 'users.yaml', ...orgInputs(local.org) },
      { files: { 'users.yaml': ['create_users:', ...users, ''].join('\n') } },
    );
    const annotations = errorAnnotations(run);
    expect(annotations).toHaveLength(10);
    expect(annotations.slice(0, 9).map((a) => a.properties.line)).toEqual(['2', '3', '4', '5', '6', '7', '8', '9', '10']);
    expect(failureMessage(run)).toMatch(/^VALIDATION: 9 problems; nothing was sent:\n/);
  });

  it('reads inline users as YAML, locating problems in the input', async () => {
    const users = '- name: Inline\n  email: inline@inline.example\n  is_sso_user: false\n  lastName: X\n';
    const run = await runAction({ command: 'batch-create', users, ...orgInputs(local.org) });
    expect(failureMessage(run)).toBe('VALIDATION: users input:4: unknown field "lastName" (did you mean "lastname"?)');
    // An inline document has no file in the repository to annotate.
    expect(errorAnnotations(run)[0]!.properties).toEqual({ title: 'Invalid users' });
  });
});
