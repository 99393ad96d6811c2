import { describe, expect, it } from 'vitest';
import { AnyscaleError, AnyscaleValidationError, describeIssue } from '../../src/core/errors.ts';
import {
  checkUsersFileSize,
  MAX_USERS_FILE_BYTES,
  MAX_USERS_IN_FILE,
  parseUsersDocument,
  parseUsersDocumentAsync,
  usersFileLimitsFromEnv,
} from '../../src/core/users-file.ts';
import { ITEMS_PER_SLICE, sliceYamlList } from '../../src/core/users-file-yaml.ts';

function problems(run: () => unknown): string[] {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(AnyscaleValidationError);
    return (error as AnyscaleValidationError).issues.map(describeIssue);
  }
  throw new Error('expected the document to be rejected');
}

const COUNT = ITEMS_PER_SLICE * 2 + 500;
const SPELLINGS = ['yes', 'No', 'ON', 'off', 'true', 'FALSE', 'y', 'n'];

/** A users.yaml of several slices with what YAML allows inside an item: comments, quoting, block scalars. */
function bigYaml(edit: (i: number) => string | undefined = () => undefined): string {
  let text = '# onboarding\ncreate_users:\n';
  for (let i = 0; i < COUNT; i++) {
    text +=
      edit(i) ??
      `  # user ${i}\n  - name: ${i % 7 === 0 ? '"No"' : `User ${i}`}\n    email: user${i}@example.com\n    is_sso_user: ${SPELLINGS[i % SPELLINGS.length]}\n` +
        (i % 11 === 0 ? '    title: |\n      Head of\n      - things\n' : '');
  }
  return text;
}

const expected = (i: number) => ({
  name: i % 7 === 0 ? 'No' : `User ${i}`,
  email: `user${i}@example.com`,
  is_sso_user: ['yes', 'ON', 'true', 'y'].includes(SPELLINGS[i % SPELLINGS.length]!),
  ...(i % 11 === 0 ? { title: 'Head of\n- things\n' } : {}),
});

describe('a users file of several slices', () => {
  it('is cut at its items, and reads as the same users one document would give', () => {
    const text = bigYaml();
    expect(sliceYamlList(text)?.map((slice) => slice.count)).toEqual([ITEMS_PER_SLICE, ITEMS_PER_SLICE, 500]);
    expect(parseUsersDocument(text, { file: 'users.yaml' })).toEqual(Array.from({ length: COUNT }, (_, i) => expected(i)));
  });

  it('points a problem in a later slice at its line and field', () => {
    const bad = ITEMS_PER_SLICE + 17;
    const text = bigYaml((i) => (i === bad ? `  - name: Bad\n    email: not-an-email\n    is_sso_user: maybe\n` : undefined));
    const lines = text.split('\n');
    const emailLine = lines.indexOf('    email: not-an-email') + 1;
    expect(problems(() => parseUsersDocument(text, { file: 'users.yaml' }))).toEqual([
      `users.yaml:${emailLine}: "email" is not a valid email address`,
      `users.yaml:${emailLine + 1}: "is_sso_user" must be true or false`,
    ]);
  });

  it('reads an anchor used across slices as one document', () => {
    const text = bigYaml((i) =>
      i === 0
        ? '  - &first\n    name: Ada\n    email: ada@example.com\n    is_sso_user: no\n'
        : i === COUNT - 1
          ? '  - *first\n'
          : undefined,
    );
    // The alias repeats Ada's email: the whole-document reading resolves it, and the batch check names it.
    expect(problems(() => parseUsersDocument(text, { file: 'users.yaml' }))).toEqual([
      expect.stringMatching(/^users\.yaml:\d+: "email" ada@example\.com appears twice in the batch \(also users\[0\]\)$/),
    ]);
  });

  it('falls back to one document for what it cannot cut: a second key, flow style, tabs', () => {
    expect(sliceYamlList('create_users:\n  - a: 1\nother: 2\n')).toBeUndefined();
    expect(sliceYamlList('create_users: [{a: 1}]\n')).toBeUndefined();
    expect(sliceYamlList('create_users:\n\t- a: 1\n')).toBeUndefined();
    expect(problems(() => parseUsersDocument(`${bigYaml()}other: 2\n`, { file: 'u.yaml' }))).toEqual([
      expect.stringMatching(/^u\.yaml:\d+: unknown top-level key "other"; expected "create_users"$/),
    ]);
  });
});

describe('a JSON users file', () => {
  const users = Array.from({ length: 3000 }, (_, i) => ({ name: `User ${i}`, email: `user${i}@example.com`, is_sso_user: i % 2 === 0 }));

  it('works out the line of an item and its field only for the items with a problem', () => {
    const broken = users.map((user, i) => (i === 2222 ? { ...user, email: 'nope', extra: 1 } : user));
    const text = JSON.stringify({ create_users: broken }, null, 2);
    const lines = text.split('\n');
    expect(problems(() => parseUsersDocument(text, { file: 'users.json' }))).toEqual([
      `users.json:${lines.indexOf('      "email": "nope",') + 1}: "email" is not a valid email address`,
      `users.json:${lines.indexOf('      "extra": 1') + 1}: unknown field "extra" (known fields: name, email, password, is_sso_user, lastname, title)`,
    ]);
  });

  it('reports a syntax error with its line and without quoting the file', () => {
    const text = '[\n  {"name": "A", "email": "a@x.io", "is_sso_user": false, "password": Hunter2-secret}\n]';
    const [message] = problems(() => parseUsersDocument(text, { file: 'u.json' }));
    expect(message).toBe('u.json:2: not valid JSON: unexpected character');
    const unfinished = problems(() => parseUsersDocument('[\n{"name": "A",\n', { file: 'u.json' }));
    expect(unfinished).toEqual([expect.stringMatching(/^u\.json:3: not valid JSON: /)]);
  });

  it('names a wrong top-level key as a YAML file would', () => {
    expect(problems(() => parseUsersDocument('{\n  "users": []\n}', { file: 'u.json' }))).toEqual([
      'u.json:2: unknown top-level key "users"; expected "create_users"',
    ]);
  });
});

describe('limits', () => {
  it('refuses a file over the size limit, before reading it', () => {
    expect(problems(() => checkUsersFileSize(MAX_USERS_FILE_BYTES + 1, { file: 'big.yaml' }))).toEqual([
      `the users file is 32.0 MiB (${MAX_USERS_FILE_BYTES + 1} bytes), over the limit of 32.0 MiB (${MAX_USERS_FILE_BYTES} bytes); split it into smaller files, or raise the limit with ANYSCALE_USERS_FILE_MAX_BYTES`,
    ]);
    expect(problems(() => parseUsersDocument('- a\n'.repeat(10), { maxBytes: 39 }))[0]).toMatch(/^the users file is 0\.0 MiB \(40 bytes\)/);
  });

  it('refuses more users than the limit, in every format', () => {
    const yaml = bigYaml();
    const json = JSON.stringify(parseUsersDocument(yaml));
    const csv = `name,email,is_sso_user\n${'a,a@x.io,no\n'.repeat(11)}`;
    for (const [text, format, count] of [
      [yaml, 'yaml', COUNT],
      [json, 'json', COUNT],
      [csv, 'csv', 11],
    ] as const) {
      expect(problems(() => parseUsersDocument(text, { format, maxUsers: 10 }))).toEqual([
        `the users file holds ${count} users, over the limit of 10; split it into smaller files, or raise the limit with ANYSCALE_USERS_FILE_MAX_USERS`,
      ]);
    }
    expect(MAX_USERS_IN_FILE).toBe(100_000);
  });

  it('reads its limits from the environment, refusing a bad value', () => {
    expect(usersFileLimitsFromEnv({ ANYSCALE_USERS_FILE_MAX_BYTES: '1000', ANYSCALE_USERS_FILE_MAX_USERS: ' 5 ' })).toEqual({
      maxBytes: 1000,
      maxUsers: 5,
    });
    expect(usersFileLimitsFromEnv({})).toEqual({});
    expect(() => usersFileLimitsFromEnv({ ANYSCALE_USERS_FILE_MAX_USERS: 'lots' })).toThrow(
      new AnyscaleError('CONFIG', 'ANYSCALE_USERS_FILE_MAX_USERS must be a whole number of at least 1, got "lots".'),
    );
  });
});

describe('parseUsersDocumentAsync', () => {
  it('gives what parseUsersDocument gives', async () => {
    const text = bigYaml();
    expect(await parseUsersDocumentAsync(text, { file: 'users.yaml' })).toEqual(parseUsersDocument(text, { file: 'users.yaml' }));
  });

  it('lets the event loop run between slices, and stops with ABORTED when the signal fires', async () => {
    const controller = new AbortController();
    // Fired from the event loop: it can only run if the parse pauses for it.
    setImmediate(() => controller.abort());
    const reading = parseUsersDocumentAsync(bigYaml(), { signal: controller.signal });
    await expect(reading).rejects.toThrow(new AnyscaleError('ABORTED', 'Reading the users file was cancelled; nothing was sent.'));
  });
});
