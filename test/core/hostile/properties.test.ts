import fc from 'fast-check';
import { stringify as toYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
import { Anyscale } from '../../../src/core/anyscale.ts';
import { AnyscaleError, AnyscaleValidationError, type ErrorCode } from '../../../src/core/errors.ts';
import { AdminCreateUserSchema, type AdminCreateUserInput } from '../../../src/core/models.ts';
import { Redactor } from '../../../src/core/redact.ts';
import { parseUsersDocument } from '../../../src/core/users-file.ts';

/*
 * Seeded property tests (fast-check): the same runs on every machine, a few seconds in all. The
 * result of anything fed hostile input is a valid outcome or a typed AnyscaleError, never another
 * exception, a hang, or a batch sent in part because of a bad item.
 */
const SEED = 20_261_203;
const params = (numRuns: number) => ({ seed: SEED, numRuns });

const CODES: readonly ErrorCode[] = [
  'VALIDATION',
  'CONFIG',
  'AUTH',
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
  'RATE_LIMITED',
  'SERVER',
  'UNSUPPORTED',
  'NETWORK',
  'TIMEOUT',
  'ABORTED',
  'BAD_RESPONSE',
  'PLAN_CHANGED',
];

function expectTypedError(error: unknown): void {
  if (!(error instanceof AnyscaleError)) throw new Error(`not a typed error: ${String((error as Error)?.stack ?? error)}`);
  expect(CODES).toContain(error.code);
  expect(error.message.length).toBeGreaterThan(0);
}

/** A value a person might put in a users file field, right or wrong. */
const fieldValue = fc.oneof(
  fc.string({ maxLength: 12 }),
  fc.constantFrom(
    'a@x.io',
    'B@Example.COM',
    'not-an-email',
    '',
    ' ',
    'true',
    'no',
    'null',
    '"',
    "'",
    '#',
    '- x',
    ':',
    '\n',
    '\u0000',
    '\uFEFF',
  ),
  fc.boolean(),
  fc.integer(),
  fc.constant(null),
);
const FIELDS = ['name', 'email', 'password', 'is_sso_user', 'lastname', 'title', 'Name', 'E-mail', 'lastName', 'extra'];
const userRecord = fc.dictionary(fc.constantFrom(...FIELDS), fieldValue, { maxKeys: 7 });

function csvOf(records: Record<string, unknown>[]): string {
  const columns = [...new Set(records.flatMap((record) => Object.keys(record)))];
  const cell = (value: unknown) => {
    const text = value === undefined || value === null ? '' : String(value);
    return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
  };
  return [columns.join(','), ...records.map((record) => columns.map((column) => cell(record[column])).join(','))].join('\n');
}

/** A users file in one of the three formats, whole or damaged (cut short, or a character put in). */
const usersFile = fc
  .tuple(
    fc.array(userRecord, { maxLength: 6 }),
    fc.constantFrom('yaml', 'yaml-cli', 'json', 'csv'),
    fc.option(fc.tuple(fc.nat(), fc.constantFrom('', '"', ':', '\n', '{', '- ', '\t', ','))),
  )
  .map(([records, format, damage]) => {
    let text =
      format === 'json'
        ? JSON.stringify(records)
        : format === 'csv'
          ? csvOf(records)
          : toYaml(format === 'yaml-cli' ? { create_users: records } : records);
    if (damage) {
      const [at, insert] = damage;
      const cut = at % (text.length + 1);
      text = insert === '' ? text.slice(0, cut) : `${text.slice(0, cut)}${insert}${text.slice(cut)}`;
    }
    return { text, file: `users.${format === 'csv' ? 'csv' : format === 'json' ? 'json' : 'yaml'}` };
  });

describe('users files', () => {
  it('parse to valid users, or fail with a VALIDATION error whose lines are in the file', () => {
    fc.assert(
      fc.property(usersFile, ({ text, file }) => {
        let users: unknown[];
        try {
          users = parseUsersDocument(text, { file });
        } catch (error) {
          expect(error).toBeInstanceOf(AnyscaleValidationError);
          const lines = text.split(/\r\n|\r|\n/).length;
          for (const issue of (error as AnyscaleValidationError).issues) {
            expect(issue.message.length).toBeGreaterThan(0);
            if (issue.line !== undefined) {
              expect(issue.line).toBeGreaterThanOrEqual(1);
              expect(issue.line).toBeLessThanOrEqual(lines + 1);
            }
          }
          return;
        }
        for (const user of users) expect(AdminCreateUserSchema.safeParse(user).success).toBe(true);
      }),
      params(400),
    );
  });

  it('arbitrary text never throws anything but a VALIDATION error', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200, unit: 'binary' }), fc.constantFrom('u.yaml', 'u.json', 'u.csv'), (text, file) => {
        try {
          parseUsersDocument(text, { file });
        } catch (error) {
          expect(error).toBeInstanceOf(AnyscaleValidationError);
        }
      }),
      params(400),
    );
  });
});

describe('the redactor', () => {
  const secret = fc.string({ minLength: 4, maxLength: 10, unit: fc.constantFrom('a', 'b', '*', '"', '\\', '<', '&', 'x') });

  it('leaves no secret, in any rendered form, in any text', () => {
    fc.assert(
      fc.property(
        fc.array(secret, { minLength: 1, maxLength: 4 }),
        fc.array(fc.oneof(secret, fc.string({ maxLength: 4 })), { maxLength: 8 }),
        (secrets, parts) => {
          const redactor = new Redactor(secrets);
          const text = parts.join('');
          const out = redactor.redact(`${text}${JSON.stringify(text)}`);
          for (const s of secrets) {
            expect(out).not.toContain(s);
            expect(out).not.toContain(JSON.stringify(s).slice(1, -1));
          }
        },
      ),
      params(500),
    );
  });
});

/** One scripted answer of a hostile or broken server. */
const page = (users: unknown[], token: unknown, total?: unknown) => ({ results: users, metadata: { total, next_paging_token: token } });
const wireUser = fc.record(
  {
    email: fc.oneof(fc.constantFrom('a@x.io', 'b@x.io', 'c@x.io'), fc.anything()),
    name: fc.oneof(fc.string({ maxLength: 5 }), fc.constant(null), fc.integer()),
    created_at: fc.oneof(fc.constant('2024-01-01T00:00:00.000000+00:00'), fc.string({ maxLength: 5 })),
    permission_level: fc.constantFrom('owner', 'collaborator', null),
    user_id: fc.oneof(fc.constant('usr_1'), fc.constant(null)),
  },
  { requiredKeys: [] },
);
type Answer = { kind: 'drop' } | { kind: 'reply'; status: number; body: string; retryAfter?: string };
const answer: fc.Arbitrary<Answer> = fc.oneof(
  {
    weight: 4,
    arbitrary: fc
      .tuple(
        fc.array(wireUser, { maxLength: 3 }),
        fc.oneof(fc.constant(null), fc.constant(''), fc.string({ maxLength: 3 })),
        fc.option(fc.nat(10)),
      )
      .map(([users, token, total]) => ({
        kind: 'reply' as const,
        status: 200,
        body: JSON.stringify(page(users, token, total ?? undefined)),
      })),
  },
  {
    weight: 2,
    arbitrary: fc.constantFrom(400, 401, 403, 404, 409, 422, 429, 500, 502, 503, 504).chain((status) =>
      fc.jsonValue({ maxDepth: 2 }).map((detail) => ({
        kind: 'reply' as const,
        status,
        body: JSON.stringify({ error: { detail } }),
        retryAfter: status === 429 ? '1' : undefined,
      })),
    ),
  },
  {
    weight: 1,
    arbitrary: fc
      .constantFrom(
        '<html>502 Bad Gateway</html>',
        '',
        '{"results": [',
        'null',
        '[]',
        '"text"',
        '{"results": {"a": 1}}',
        '{"results": [], "metadata": "x"}',
      )
      .chain((body) => fc.constantFrom(200, 201, 500).map((status) => ({ kind: 'reply' as const, status, body }))),
  },
  {
    weight: 1,
    arbitrary: fc.jsonValue({ maxDepth: 3 }).map((value) => ({ kind: 'reply' as const, status: 200, body: JSON.stringify(value) })),
  },
  { weight: 1, arbitrary: fc.constant({ kind: 'drop' as const }) },
);

/** A fetch that plays the script, then answers an empty last page: the walk always has an end. */
function scriptedFetch(script: Answer[], sent: { method: string; body?: string }[]): typeof fetch {
  let next = 0;
  return async (_input, init) => {
    sent.push({ method: init?.method ?? 'GET', ...(typeof init?.body === 'string' ? { body: init.body } : {}) });
    const step = script[next++];
    if (!step) return new Response(JSON.stringify(page([], null, 0)), { status: 200 });
    if (step.kind === 'drop')
      throw new TypeError('fetch failed', { cause: Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' }) });
    return new Response(step.body, { status: step.status, headers: step.retryAfter ? { 'retry-after': step.retryAfter } : {} });
  };
}

function anyscale(script: Answer[], sent: { method: string; body?: string }[]) {
  return new Anyscale({
    host: 'http://127.0.0.1:9',
    token: 'aph0_property_token',
    env: {},
    fetch: scriptedFetch(script, sent),
    sleep: async () => {},
    random: () => 0.5,
    retry: { maxRetries: 2 },
  });
}

describe("the client's fault handling", () => {
  it('list and get end in users or a typed error, whatever the server answers', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(answer, { maxLength: 8 }), async (script) => {
        const sent: { method: string }[] = [];
        try {
          const users = await anyscale(script, sent).user.list({ max_items: 100 }).toArray();
          for (const user of users) expect(typeof user.email).toBe('string');
        } catch (error) {
          expectTypedError(error);
        }
        try {
          const user = await anyscale(script, sent).user.get({ email: 'a@x.io' });
          expect(typeof user.email).toBe('string');
        } catch (error) {
          expectTypedError(error);
        }
        // Reads only; bounded by the script, the retries and the paging guard.
        expect(sent.every((request) => request.method === 'GET')).toBe(true);
        expect(sent.length).toBeLessThanOrEqual(2 * (script.length + 3) * 3);
      }),
      params(300),
    );
  });

  const newUser = fc.record({
    name: fc.constantFrom('Ann', 'Bob', ''),
    email: fc.constantFrom('a@x.io', 'b@x.io', 'c@x.io', 'bad'),
    is_sso_user: fc.oneof(fc.boolean(), fc.constant('yes')),
  });

  it('a batch reports each user once with a valid status, or sends nothing when any user is invalid', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.uniqueArray(newUser, { minLength: 1, maxLength: 5, selector: (u) => u.email }),
        fc.array(answer, { maxLength: 8 }),
        fc.boolean(),
        async (users, script, skipExisting) => {
          const sent: { method: string; body?: string }[] = [];
          const valid = users.every((user) => AdminCreateUserSchema.safeParse(user).success);
          let report;
          try {
            // Invalid users on purpose: core validates what a caller passes, typed or not.
            report = await anyscale(script, sent).user.adminBatchCreate(users as AdminCreateUserInput[], {
              chunkSize: 2,
              concurrency: 2,
              skipExisting,
            });
          } catch (error) {
            expectTypedError(error);
            if (!valid) expect(sent).toEqual([]);
            return;
          }
          expect(valid).toBe(true);
          expect(report.results.map((result) => result.index)).toEqual(users.map((_, i) => i));
          for (const result of report.results) expect(['created', 'skipped', 'failed', 'not_sent', 'unknown']).toContain(result.status);
          const counted = Object.values(report.counts).reduce((sum, n) => sum + n, 0);
          expect(counted - report.counts.would_create).toBe(users.length);
          // No user is in more than one create that the server accepted.
          const createdEmails = report.created.map((user) => user.email);
          expect(new Set(createdEmails).size).toBe(createdEmails.length);
        },
      ),
      params(300),
    );
  });
});
