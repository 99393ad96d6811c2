import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Anyscale } from '../../src/core/anyscale.ts';
import type { AnyscaleApiError } from '../../src/core/errors.ts';
import { startLocalOrg, type LocalOrg } from '../../src/local/index.ts';
import { failure } from '../helpers/clients.ts';
import { startScriptedServer, type ScriptedServer } from '../helpers/scripted-server.ts';
import { api } from '../local/helpers.ts';
import { RECORDED, shapeOf } from './recorded/error-bodies.ts';

/*
 * The same bad requests against the local org and against a server that answers with the bodies the
 * public sources recorded from the real API: the local org's bodies have the recorded shapes, and
 * the client reads both into the same code and a sentence that names what to fix.
 */
const LIST = '/api/v2/organization_collaborators/';
const BATCH = '/api/v2/users/admin_batch_create';

let org: LocalOrg;
let recorded: ScriptedServer;

beforeAll(async () => {
  org = await startLocalOrg();
  recorded = await startScriptedServer((req) => {
    if (req.url.pathname === BATCH && req.headers.authorization === 'Bearer aph0_collaborator_x')
      return { status: 403, body: RECORDED.forbidden };
    if (req.url.pathname === BATCH && req.body.includes('ada@example.com'))
      return { status: 409, body: RECORDED.conflict('ada@example.com') };
    if (req.url.pathname === BATCH) return { status: 422, body: RECORDED.validation };
    return { status: 404, body: RECORDED.notFound };
  });
});
afterAll(async () => {
  await org.close();
  await recorded.close();
});

async function body(response: Response): Promise<unknown> {
  return response.json();
}

const client = (host: string, token: string) => new Anyscale({ host, token, env: {}, retry: { maxRetries: 0 } });

describe('the local org answers bad input in the recorded shapes', () => {
  it('422: the error envelope around a list of {loc, msg, type}, nothing more', async () => {
    const response = await api(org, BATCH, { body: [{ name: 'No email', is_sso_user: false }] });
    expect(response.status).toBe(422);
    const answer = await body(response);
    expect(answer).toEqual(RECORDED.validation);
    expect(shapeOf(answer)).toEqual(shapeOf(RECORDED.validation));
  });

  it('403 for a collaborator creating users, with the captured text', async () => {
    const response = await api(org, BATCH, { token: org.collaboratorToken, body: [{ name: 'X', email: 'x@y.test', is_sso_user: false }] });
    expect(response.status).toBe(403);
    expect(await body(response)).toEqual(RECORDED.forbidden);
  });

  it("409 with the SDK's text for an email that exists", async () => {
    const response = await api(org, BATCH, { body: [{ name: 'Ada', email: 'ADA@example.com', is_sso_user: false }] });
    expect(response.status).toBe(409);
    expect(await body(response)).toEqual(RECORDED.conflict('ada@example.com'));
  });

  it('404 in the envelope for a route it does not have', async () => {
    const response = await api(org, '/api/v2/nothing-here');
    expect(response.status).toBe(404);
    expect(await body(response)).toEqual(RECORDED.notFound);
  });

  it('strict booleans: a JSON string is no boolean in the body, and a query word pydantic does not know is refused', async () => {
    const sso = await api(org, BATCH, { body: [{ name: 'S', email: 's@strict.test', is_sso_user: 'true' }] });
    expect(await body(sso)).toEqual({
      error: { detail: [{ loc: ['body', 0, 'is_sso_user'], msg: 'Input should be a valid boolean', type: 'bool_type' }] },
    });
    for (const word of ['maybe', 'truee', '2', '']) {
      const listed = await api(org, `${LIST}?is_service_account=${word}`);
      expect(listed.status, word).toBe(422);
      expect(await body(listed)).toEqual({
        error: {
          detail: [
            {
              loc: ['query', 'is_service_account'],
              msg: 'Input should be a valid boolean, unable to interpret input',
              type: 'bool_parsing',
            },
          ],
        },
      });
    }
  });

  it('count=0 and a negative count are refused, each problem at once, with the bound named', async () => {
    const response = await api(org, `${LIST}?count=0&collaborator_type=nobody`);
    expect(response.status).toBe(422);
    expect(await body(response)).toEqual({
      error: {
        detail: [
          {
            loc: ['query', 'collaborator_type'],
            msg: "Input should be 'all_accounts', 'only_service_accounts' or 'only_user_accounts'",
            type: 'enum',
          },
          { loc: ['query', 'count'], msg: 'Input should be greater than or equal to 1', type: 'greater_than_equal' },
        ],
      },
    });
    expect((await api(org, `${LIST}?count=-3`)).status).toBe(422);
  });

  it('filters are exact: no prefix, no substring, no LIKE wildcards, and SQL metacharacters are only text', async () => {
    const emails = async (query: string) =>
      ((await body(await api(org, `${LIST}?collaborator_type=all_accounts&${query}`))) as { results: { email: string }[] }).results.map(
        (r) => r.email,
      );
    expect(await emails('email=ada@example.com')).toEqual(['ada@example.com']);
    expect(await emails('email=ADA@EXAMPLE.COM')).toEqual(['ada@example.com']);
    for (const query of [
      'email=ada@example',
      'email=da@example.com',
      'email=a_a@example.com',
      'email=%25',
      'name=Ad',
      'name=A%25',
      'name=_da',
    ]) {
      expect(await emails(query), query).toEqual([]);
    }
    for (const hostile of ["' OR '1'='1", "x'); DROP TABLE collaborators; --", '" OR 1=1 --', '\\', '%00']) {
      const response = await api(org, `${LIST}?collaborator_type=all_accounts&name=${encodeURIComponent(hostile)}`);
      expect(response.status, hostile).toBe(200);
      expect(((await body(response)) as { results: unknown[] }).results, hostile).toEqual([]);
    }
    // The table is still there, whole.
    expect((await emails('count=50')).length).toBe(5);
  });

  it('401 for an unknown token, in the envelope', async () => {
    const response = await api(org, LIST, { token: 'aph0_unknown_token' });
    expect(response.status).toBe(401);
    expect(shapeOf(await body(response))).toEqual({ error: { detail: 'string' } });
  });
});

describe('the client reads the local org and the recorded bodies alike', () => {
  const cases = [
    {
      what: '422',
      users: [{ name: 'No email', is_sso_user: false }],
      code: 'VALIDATION',
      message: `Anyscale refused POST ${BATCH} as invalid: body[0].email: Field required. Correct the values named, then try again.`,
    },
    {
      what: '409',
      users: [{ name: 'Ada', email: 'ada@example.com', is_sso_user: false }],
      code: 'CONFLICT',
      message: "User with email 'ada@example.com' already exists.",
    },
  ];

  it.each(cases)('$what: the same code and message from both', async ({ users, code, message }) => {
    const fromLocal = (await failure(
      client(org.url, org.ownerToken).client.post(BATCH, users, { users: users.length }),
    )) as AnyscaleApiError;
    const fromRecorded = (await failure(
      client(recorded.url, 'aph0_owner_x').client.post(BATCH, users, { users: users.length }),
    )) as AnyscaleApiError;
    for (const error of [fromLocal, fromRecorded]) {
      expect(error.code).toBe(code);
      expect(error.message).toBe(message);
    }
  });

  it('403: FORBIDDEN from both, with the role the operation needs', async () => {
    const user = [{ name: 'X', email: 'x@y.test', is_sso_user: false }];
    const fromLocal = await client(org.url, org.collaboratorToken).user.adminBatchCreate(user, { skipExisting: false });
    const fromRecorded = await client(recorded.url, 'aph0_collaborator_x').user.adminBatchCreate(user, { skipExisting: false });
    expect(fromLocal.error?.code).toBe('FORBIDDEN');
    expect(fromLocal.error?.message).toBe(fromRecorded.error?.message);
    expect(fromLocal.error?.message).toMatch(/^Permission denied\. .*owner/);
  });
});
