import { describe, expect, it } from 'vitest';
import type { LocalOrg } from '../../src/local/index.ts';
import { LOCAL_ORGANIZATION_ID } from '../../src/local/routes.ts';
import { api, type ListPage, listAll, startOrg, users } from './helpers.ts';

const LIST = '/api/v2/organization_collaborators/';
const BATCH = '/api/v2/users/admin_batch_create';

async function expectError(response: Response, status: number, detail: unknown): Promise<void> {
  expect(response.status).toBe(status);
  expect(response.headers.get('content-type')).toBe('application/json');
  expect(response.headers.get('x-trace-id')).toMatch(/^[0-9a-f]{32}$/);
  expect(await response.json()).toEqual({ error: { detail } });
}

async function listEmails(org: LocalOrg, query: string): Promise<string[]> {
  const response = await api(org, `${LIST}?${query}`);
  expect(response.status).toBe(200);
  return ((await response.json()) as ListPage).results.map((r) => r.email);
}

describe('GET /api/v2/organization_collaborators/', () => {
  it('lists the seeded org in the wire shape, with and without the trailing slash', async () => {
    const org = await startOrg();
    const response = await api(org, `${LIST}?collaborator_type=all_accounts`);
    expect(response.status).toBe(200);
    expect(response.headers.get('x-trace-id')).toMatch(/^[0-9a-f]{32}$/);
    const page = (await response.json()) as ListPage;
    expect(page.metadata).toEqual({ total: 5, next_paging_token: null });
    expect(page.results[0]).toEqual({
      id: expect.stringMatching(/^ide_[a-z0-9]{26}$/),
      user_id: expect.stringMatching(/^usr_[a-z0-9]{26}$/),
      name: 'Org Owner',
      email: 'owner@example.com',
      permission_level: 'owner',
      base_role: 'owner',
      additional_roles: [],
      created_at: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}\+00:00$/),
      is_service_account: false,
    });
    expect(page.results.find((r) => r.is_service_account)).toMatchObject({ user_id: null, permission_level: 'collaborator' });

    const noSlash = (await (await api(org, '/api/v2/organization_collaborators?collaborator_type=all_accounts')).json()) as ListPage;
    expect(noSlash.results.map((r) => r.id)).toEqual(page.results.map((r) => r.id));
  });

  it('filters by email and name, exactly but case-insensitively', async () => {
    const org = await startOrg();
    expect(await listEmails(org, 'email=ADA@Example.com')).toEqual(['ada@example.com']);
    expect(await listEmails(org, 'email=ada@example')).toEqual([]);
    expect(await listEmails(org, 'name=grace')).toEqual(['grace@example.com']);
    expect(await listEmails(org, 'name=Gra')).toEqual([]);
    expect(await listEmails(org, 'email=ada@example.com&name=Grace')).toEqual([]);
  });

  it('filters by collaborator_type and is_service_account, listing user accounts only by default', async () => {
    const org = await startOrg();
    const everyone = ['owner@example.com', 'ada@example.com', 'grace@example.com', 'alan@example.com', 'ci-bot@service.example.com'];
    // The real API's default: neither filter given means user accounts only.
    expect(await listEmails(org, '')).toEqual(everyone.slice(0, 4));
    expect(await listEmails(org, 'email=ci-bot@service.example.com')).toEqual([]);
    expect(await listEmails(org, 'email=ci-bot@service.example.com&collaborator_type=all_accounts')).toEqual([
      'ci-bot@service.example.com',
    ]);
    expect(await listEmails(org, 'collaborator_type=all_accounts')).toEqual(everyone);
    expect(await listEmails(org, 'collaborator_type=only_service_accounts')).toEqual(['ci-bot@service.example.com']);
    expect(await listEmails(org, 'collaborator_type=only_user_accounts')).toEqual(everyone.slice(0, 4));
    for (const yes of ['true', 'True', '1']) {
      expect(await listEmails(org, `is_service_account=${yes}`)).toEqual(['ci-bot@service.example.com']);
    }
    for (const no of ['false', 'False', '0']) {
      expect(await listEmails(org, `is_service_account=${no}`)).toEqual(everyone.slice(0, 4));
    }
    expect(await listEmails(org, 'collaborator_type=only_user_accounts&is_service_account=true')).toEqual([]);
  });

  it('rejects bad filter values with a FastAPI detail list', async () => {
    const org = await startOrg();
    await expectError(await api(org, `${LIST}?collaborator_type=everyone`), 422, [
      {
        loc: ['query', 'collaborator_type'],
        msg: "Input should be 'all_accounts', 'only_service_accounts' or 'only_user_accounts'",
        type: 'enum',
      },
    ]);
    await expectError(await api(org, `${LIST}?is_service_account=maybe`), 422, [
      { loc: ['query', 'is_service_account'], msg: 'Input should be a valid boolean, unable to interpret input', type: 'bool_parsing' },
    ]);
  });

  it('accepts count 1 to 50 and rejects anything else with 422', async () => {
    const org = await startOrg();
    await org.store.batchCreate(Array.from({ length: 60 }, (_, i) => ({ name: `n${i}`, email: `n${i}@bulk.test`, isSsoUser: false })));
    for (const count of [1, 7, 50]) {
      const page = (await (await api(org, `${LIST}?count=${count}`)).json()) as ListPage;
      expect(page.results).toHaveLength(count);
      // 60 created and 4 seeded user accounts; the seeded service account is not in the default listing.
      expect(page.metadata.total).toBe(64);
    }
    await expectError(await api(org, `${LIST}?count=51`), 422, [
      { loc: ['query', 'count'], msg: 'Input should be less than or equal to 50', type: 'less_than_equal' },
    ]);
    await expectError(await api(org, `${LIST}?count=0`), 422, [
      { loc: ['query', 'count'], msg: 'Input should be greater than or equal to 1', type: 'greater_than_equal' },
    ]);
    await expectError(await api(org, `${LIST}?count=ten`), 422, [
      { loc: ['query', 'count'], msg: 'Input should be a valid integer, unable to parse string as an integer', type: 'int_parsing' },
    ]);
  });

  it('pages through everything with paging tokens, each user once, total on every page', async () => {
    const org = await startOrg();
    await org.store.batchCreate(Array.from({ length: 18 }, (_, i) => ({ name: `p${i}`, email: `p${i}@pages.test`, isSsoUser: false })));
    const seen: string[] = [];
    const totals: number[] = [];
    let token: string | null = null;
    do {
      const query = new URLSearchParams({ count: '4', ...(token ? { paging_token: token } : {}) });
      const page = (await (await api(org, `${LIST}?${query}`)).json()) as ListPage;
      seen.push(...page.results.map((r) => r.email));
      totals.push(page.metadata.total);
      token = page.metadata.next_paging_token;
    } while (token !== null);
    expect(seen).toHaveLength(22);
    expect(new Set(seen).size).toBe(22);
    expect(totals).toEqual([22, 22, 22, 22, 22, 22]);
    // Filters apply across pages too.
    expect(await listAll(org, { count: '3', collaborator_type: 'all_accounts' })).toHaveLength(23);
  });

  it('answers 400 for a paging token it did not issue', async () => {
    const org = await startOrg();
    await expectError(await api(org, `${LIST}?paging_token=bogus`), 400, 'Invalid paging token.');
  });
});

describe('POST /api/v2/users/admin_batch_create', () => {
  it('creates users in input order with lower-cased emails and answers 201', async () => {
    const org = await startOrg();
    const response = await api(org, BATCH, {
      body: [
        { name: 'name1', email: 'Test1@Anyscale.com', password: '', is_sso_user: false, lastname: 'lastname1', title: 'title1' },
        { name: 'name2', email: 'test2@anyscale.com', is_sso_user: true },
        { name: 'name3', email: 'test3@anyscale.com', password: 's3cret', is_sso_user: false, lastname: null, title: null },
      ],
    });
    expect(response.status).toBe(201);
    expect(response.headers.get('x-trace-id')).toMatch(/^[0-9a-f]{32}$/);
    const body = (await response.json()) as { results: Record<string, unknown>[]; metadata: unknown };
    expect(body.metadata).toEqual({ total: 3, next_paging_token: null });
    expect(body.results).toEqual([
      {
        user_id: expect.stringMatching(/^usr_[a-z0-9]{26}$/),
        name: 'name1',
        email: 'test1@anyscale.com',
        created_at: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}\+00:00$/),
        is_sso_user: false,
        lastname: 'lastname1',
        title: 'title1',
      },
      expect.objectContaining({ name: 'name2', email: 'test2@anyscale.com', is_sso_user: true, lastname: null, title: null }),
      expect.objectContaining({ name: 'name3', email: 'test3@anyscale.com' }),
    ]);
    const listed = await listAll(org, { email: 'test1@anyscale.com' });
    expect(listed).toEqual([expect.objectContaining({ permission_level: 'collaborator', is_service_account: false })]);
    expect(listed[0]!.user_id).toBe(body.results[0]!.user_id);
  });

  it('answers 201 with no results for an empty array', async () => {
    const org = await startOrg();
    const response = await api(org, BATCH, { body: [] });
    expect(response.status).toBe(201);
    expect(await response.json()).toEqual({ results: [], metadata: { total: 0, next_paging_token: null } });
  });

  it('refuses an email already in the org with 409, creating nothing', async () => {
    const org = await startOrg();
    const response = await api(org, BATCH, {
      body: [...users(3, 'dup.test'), { name: 'Ada again', email: 'ADA@example.com', is_sso_user: false }],
    });
    await expectError(response, 409, "User with email 'ada@example.com' already exists.");
    expect(await listAll(org, { collaborator_type: 'all_accounts' })).toHaveLength(5);
  });

  it('refuses an email twice in one body with 409, creating nothing', async () => {
    const org = await startOrg();
    const response = await api(org, BATCH, {
      body: [...users(2, 'twice.test'), { name: 'again', email: 'User-0@Twice.test', is_sso_user: false }],
    });
    await expectError(response, 409, "User with email 'user-0@twice.test' already exists.");
    expect(await listAll(org, { collaborator_type: 'all_accounts' })).toHaveLength(5);
  });

  it('rejects a malformed body with 422 naming index and field', async () => {
    const org = await startOrg();
    await expectError(await api(org, BATCH, { body: { name: 'x' } }), 422, [
      { loc: ['body'], msg: 'Input should be a valid list', type: 'list_type' },
    ]);
    await expectError(await api(org, BATCH, { method: 'POST' }), 422, [{ loc: ['body'], msg: 'Field required', type: 'missing' }]);
    await expectError(
      await api(org, BATCH, {
        body: [
          { name: 'ok', email: 'ok@x.test', is_sso_user: false },
          { name: 7, email: 'no-at-sign', is_sso_user: 'yes', password: 5, nickname: 'n' },
          { email: 'b@x.test' },
          'not an object',
        ],
      }),
      422,
      [
        { loc: ['body', 1, 'name'], msg: 'Input should be a valid string', type: 'string_type' },
        {
          loc: ['body', 1, 'email'],
          msg: 'value is not a valid email address: it must have one @ with text on both sides.',
          type: 'value_error',
        },
        { loc: ['body', 1, 'password'], msg: 'Input should be a valid string', type: 'string_type' },
        { loc: ['body', 1, 'is_sso_user'], msg: 'Input should be a valid boolean', type: 'bool_type' },
        { loc: ['body', 1, 'nickname'], msg: 'Extra inputs are not permitted', type: 'extra_forbidden' },
        { loc: ['body', 2, 'name'], msg: 'Field required', type: 'missing' },
        { loc: ['body', 2, 'is_sso_user'], msg: 'Field required', type: 'missing' },
        { loc: ['body', 3], msg: 'Input should be a valid dictionary or instance of AdminCreateUser', type: 'model_type' },
      ],
    );
    expect(await listAll(org, { collaborator_type: 'all_accounts' })).toHaveLength(5);
  });

  it('answers 400 to malformed JSON', async () => {
    const org = await startOrg();
    await expectError(await api(org, BATCH, { body: '[{"name": "x",' }), 400, 'Malformed JSON in the request body.');
  });

  it('answers 413 to a body over the limit, and keeps serving', async () => {
    const org = await startOrg({ maxBodyBytes: 10_000 });
    const big = JSON.stringify(users(2_000, 'big.test'));
    expect(big.length).toBeGreaterThan(10_000);
    await expectError(await api(org, BATCH, { body: big }), 413, 'Request body is larger than 10000 bytes.');
    // Without a content-length the limit is enforced while reading.
    const stream = new ReadableStream({
      start(controller) {
        controller.enqueue(new TextEncoder().encode(big));
        controller.close();
      },
    });
    const chunked = await fetch(`${org.url}${BATCH}`, {
      method: 'POST',
      headers: { authorization: `Bearer ${org.ownerToken}`, 'content-type': 'application/json' },
      body: stream,
      duplex: 'half',
    } as RequestInit);
    await expectError(chunked, 413, 'Request body is larger than 10000 bytes.');
    expect((await api(org, BATCH, { body: users(3, 'small.test') })).status).toBe(201);
  });

  it('is for owners only: a collaborator gets 403 Permission denied', async () => {
    const org = await startOrg();
    await expectError(await api(org, BATCH, { token: org.collaboratorToken, body: users(1, 'x.test') }), 403, 'Permission denied');
    expect(await listAll(org, { collaborator_type: 'all_accounts' })).toHaveLength(5);
  });
});

describe('GET /api/v2/userinfo/', () => {
  it('describes the owner and the collaborator behind their tokens', async () => {
    const org = await startOrg();
    expect(await (await api(org, '/api/v2/userinfo/')).json()).toEqual({
      result: {
        id: expect.stringMatching(/^usr_[a-z0-9]{26}$/),
        email: 'owner@example.com',
        name: 'Org Owner',
        organization_permission_level: 'owner',
        organization_ids: [LOCAL_ORGANIZATION_ID],
      },
    });
    expect(await (await api(org, '/api/v2/userinfo', { token: org.collaboratorToken })).json()).toMatchObject({
      result: { email: 'ada@example.com', organization_permission_level: 'collaborator' },
    });
  });
});

describe('authentication', () => {
  it('answers 401 without a token or with an unknown one', async () => {
    const org = await startOrg();
    await expectError(await api(org, LIST, { token: null }), 401, 'Unauthorized: no token; send Authorization: Bearer <token>.');
    await expectError(await api(org, LIST, { token: 'aph0_local_unknown' }), 401, 'Unauthorized: the token is invalid or has expired.');
    await expectError(
      await api(org, BATCH, { token: null, body: users(1, 'anon.test') }),
      401,
      'Unauthorized: no token; send Authorization: Bearer <token>.',
    );
  });

  it('accepts the cli_token cookie the Python SDK sends, among other cookies', async () => {
    const org = await startOrg();
    for (const cookie of [
      `cli_token=${org.ownerToken}`,
      `theme=dark; cli_token=${org.ownerToken}; other=1`,
      `cli_token="${org.ownerToken}"`,
    ]) {
      const response = await api(org, '/api/v2/userinfo', { token: null, headers: { cookie } });
      expect(response.status).toBe(200);
    }
    await expectError(
      await api(org, '/api/v2/userinfo', { token: null, headers: { cookie: `not_cli_token=${org.ownerToken}` } }),
      401,
      'Unauthorized: no token; send Authorization: Bearer <token>.',
    );
  });
});

describe('routing', () => {
  it('answers 404 to an unknown path and 405 to a wrong method, before asking for a token', async () => {
    const org = await startOrg();
    await expectError(await api(org, '/api/v2/nothing-here', { token: null }), 404, 'Not Found');
    const wrongMethod = await api(org, BATCH, { method: 'GET', token: null });
    expect(wrongMethod.headers.get('allow')).toBe('POST');
    await expectError(wrongMethod, 405, 'Method Not Allowed');
    await expectError(await api(org, LIST, { method: 'DELETE' }), 405, 'Method Not Allowed');
  });

  it('gives every response its own trace id', async () => {
    const org = await startOrg();
    const ids = await Promise.all(Array.from({ length: 5 }, async () => (await api(org, '/api/v2/userinfo')).headers.get('x-trace-id')));
    expect(new Set(ids).size).toBe(5);
  });
});
