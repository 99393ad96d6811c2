import { inspect } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';
import { UserApi } from '../../src/core/anyscale.ts';
import { failure, testClient } from '../helpers/clients.ts';
import { fakeOrg } from '../helpers/fake-org.ts';
import {
  CANARY_PASSWORD,
  CANARY_TOKEN,
  collaborator,
  listBody,
  startScriptedServer,
  type Handler,
  type ScriptedServer,
} from '../helpers/scripted-server.ts';

let server: ScriptedServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function setup(handler: Handler, options: Parameters<typeof testClient>[1] = {}) {
  server = await startScriptedServer(handler);
  const { client, sleeps, logger } = testClient(server.url, options);
  return { s: server, api: new UserApi(client), client, sleeps, logger };
}

const page = (from: number, to: number) => Array.from({ length: to - from }, (_, i) => collaborator(from + i));

describe('list', () => {
  it('sends every filter and count on the collaborators path, and follows paging tokens', async () => {
    const pages: Record<string, unknown> = {
      '': listBody(page(0, 2), 't1', 5),
      t1: listBody(page(2, 4), 't2', 5),
      t2: listBody(page(4, 5), null, 5),
    };
    const { s, api } = await setup((req) => ({ body: pages[req.url.searchParams.get('paging_token') ?? ''] }));
    const users = await api
      .list({ email: 'a@b.co', name: 'A B', collaborator_type: 'only_user_accounts', is_service_account: false, page_size: 2 })
      .toArray();
    expect(users.map((u) => u.email)).toEqual([
      'user0@example.com',
      'user1@example.com',
      'user2@example.com',
      'user3@example.com',
      'user4@example.com',
    ]);
    expect(s.requests.map((r) => r.url.pathname + r.url.search)).toEqual([
      '/api/v2/organization_collaborators/?email=a%40b.co&name=A+B&collaborator_type=only_user_accounts&is_service_account=false&count=2',
      '/api/v2/organization_collaborators/?email=a%40b.co&name=A+B&collaborator_type=only_user_accounts&is_service_account=false&count=2&paging_token=t1',
      '/api/v2/organization_collaborators/?email=a%40b.co&name=A+B&collaborator_type=only_user_accounts&is_service_account=false&count=2&paging_token=t2',
    ]);
  });

  it('sends count=50 by default and is lazy: nothing is fetched until iteration', async () => {
    const { s, api } = await setup(() => ({ body: listBody(page(0, 1)) }));
    const iterator = api.list();
    expect(s.requests).toHaveLength(0);
    await iterator.toArray();
    expect(s.requests[0]!.url.searchParams.get('count')).toBe('50');
  });

  it('yields users one by one, fetching a page only when iteration reaches it and none after a break', async () => {
    const pages: Record<string, unknown> = { '': listBody(page(0, 2), 't1'), t1: listBody(page(2, 4), 't2'), t2: listBody(page(4, 5)) };
    const { s, api } = await setup((req) => ({ body: pages[req.url.searchParams.get('paging_token') ?? ''] }));
    const seen: string[] = [];
    const requestsSeen: number[] = [];
    for await (const user of api.list({ page_size: 2 })) {
      seen.push(user.email);
      requestsSeen.push(s.requests.length);
      if (seen.length === 3) break;
    }
    expect(seen).toEqual(['user0@example.com', 'user1@example.com', 'user2@example.com']);
    expect(requestsSeen).toEqual([1, 1, 2]);
    expect(s.requests).toHaveLength(2);
  });

  it('stops on an empty page even when a token is given', async () => {
    const { s, api } = await setup(() => ({ body: listBody([], 'again') }));
    expect(await api.list().toArray()).toEqual([]);
    expect(s.requests).toHaveLength(1);
  });

  it('stops at max_items without fetching another page', async () => {
    const { s, api } = await setup((req) => ({ body: listBody(page(0, 3), `next-${req.url.searchParams.get('paging_token') ?? 0}`) }));
    const users = await api.list({ max_items: 5, page_size: 3 }).toArray();
    expect(users).toHaveLength(5);
    expect(s.requests).toHaveLength(2);
    expect(s.requests.every((r) => r.url.searchParams.get('count') === '3')).toBe(true);
  });

  it.each([
    [{ max_items: 0 }, "'max_items' must be greater than 0."],
    [{ page_size: 0 }, "'page_size' must be between 1 and 50, inclusive."],
    [{ page_size: 51 }, "'page_size' must be between 1 and 50, inclusive."],
    [
      { collaborator_type: 'robots' as never },
      '\'collaborator_type\' must be one of all_accounts, only_service_accounts, only_user_accounts; got "robots".',
    ],
  ])('rejects %j before any request, with the SDK message', async (params, message) => {
    const { s, api } = await setup(() => ({ body: listBody([]) }));
    expect(() => api.list(params)).toThrow(message);
    expect(s.requests).toHaveLength(0);
  });

  it('reports a results list the SDK could not read', async () => {
    const { api } = await setup(() => ({ body: listBody([collaborator(1, { created_at: 'soon' })]) }));
    const error = await failure(api.list().toArray());
    expect(error.code).toBe('BAD_RESPONSE');
    expect(error.message).toContain('results[0].created_at');
  });
});

describe('get', () => {
  it('sends count=1 with the filters and returns the exact match', async () => {
    const { s, api } = await setup(() => ({
      body: listBody([collaborator(3, { email: 'owner@anyscale.com', permission_level: 'owner' })], 'more'),
    }));
    const user = await api.get({ email: 'Owner@Anyscale.com', is_service_account: false });
    expect(user.permission_level).toBe('owner');
    expect(s.requests).toHaveLength(1);
    expect(s.requests[0]!.url.search).toBe('?email=Owner%40Anyscale.com&is_service_account=false&count=1');
  });

  it('reads on when the server matched loosely, until it finds the exact user', async () => {
    const { s, api } = await setup((req) =>
      req.url.searchParams.get('paging_token')
        ? { body: listBody([collaborator(2, { name: 'Ann Lee' }), collaborator(3, { name: 'Ann' })]) }
        : { body: listBody([collaborator(1, { name: 'Ann Marie' })], 'p2') },
    );
    const user = await api.get({ name: 'Ann' });
    expect(user.email).toBe('user3@example.com');
    expect(s.requests[1]!.url.searchParams.get('count')).toBe('50');
  });

  it('says no user was found with the SDK message', async () => {
    const { api } = await setup(() => ({ body: listBody([collaborator(1, { email: 'ann.lee@example.com' })]) }));
    const error = await failure(api.get({ email: 'ann@example.com' }));
    expect(error.code).toBe('NOT_FOUND');
    expect(error.message).toBe("No user found matching 'ann@example.com'.");
  });

  it('needs an email or a name, and sends nothing without one', async () => {
    const { s, api } = await setup(() => ({ body: listBody([]) }));
    const error = await failure(api.get({}));
    expect(error.message).toBe("Must provide 'email' or 'name'.");
    expect(s.requests).toHaveLength(0);
  });

  it('reads null as "not given", as the Python SDK reads None', async () => {
    const { s, api } = await setup(() => ({ body: listBody([collaborator(1)]) }));
    // JavaScript callers (and JSON) say null where TypeScript says undefined.
    const nulls = { email: null, name: null } as unknown as Parameters<typeof api.get>[0];
    expect((await failure(api.get(nulls))).message).toBe("Must provide 'email' or 'name'.");
    const user = await api.get({ ...nulls, name: collaborator(1).name as string });
    expect(user.email).toBe(collaborator(1).email);
    expect(s.requests[0]!.url.searchParams.has('email')).toBe(false);
  });

  it('reads null list arguments as not given too', async () => {
    const { s, api } = await setup(() => ({ body: listBody([collaborator(1)]) }));
    const nulls = { collaborator_type: null, is_service_account: null, max_items: null, page_size: null } as const;
    expect(await api.list(nulls).toArray()).toHaveLength(1);
    expect(Object.fromEntries(s.requests[0]!.url.searchParams)).toEqual({ count: '50' });
  });
});

const newUsers = (n: number, offset = 0) =>
  Array.from({ length: n }, (_, i) => ({ name: `New ${offset + i}`, email: `new${offset + i}@example.com`, is_sso_user: false }));

describe('adminBatchCreate', () => {
  it('posts a bare JSON array of to_dict forms and returns results in input order', async () => {
    const org = fakeOrg();
    const { s, api } = await setup(org.handler);
    const report = await api.adminBatchCreate([
      { name: 'name1', email: 'Test1@Anyscale.com', password: '', is_sso_user: false, lastname: 'lastname1', title: 'title1' },
      { name: 'name2', email: 'test2@anyscale.com', is_sso_user: true, lastname: null },
    ]);
    expect(JSON.parse(s.requests[0]!.body)).toEqual([
      { name: 'name1', email: 'Test1@Anyscale.com', password: '', is_sso_user: false, lastname: 'lastname1', title: 'title1' },
      { name: 'name2', email: 'test2@anyscale.com', is_sso_user: true },
    ]);
    expect(s.requests[0]!.url.pathname).toBe('/api/v2/users/admin_batch_create');
    expect(report.ok).toBe(true);
    expect(report.results.map((r) => [r.index, r.status, r.user?.email])).toEqual([
      [0, 'created', 'test1@anyscale.com'],
      [1, 'created', 'test2@anyscale.com'],
    ]);
    expect(report.created).toHaveLength(2);
    expect(report.requests).toBe(1);
  });

  it('validates the whole batch before sending any of it', async () => {
    const org = fakeOrg();
    const { s, api } = await setup(org.handler);
    const error = await failure(api.adminBatchCreate([...newUsers(3), { name: 'x', email: 'broken', is_sso_user: false }]));
    expect(error.code).toBe('VALIDATION');
    expect(error.message).toBe('users[3]: "email" is not a valid email address');
    expect(s.requests).toHaveLength(0);
  });

  it('sends a large batch in chunks, in order', async () => {
    const org = fakeOrg();
    const { s, api } = await setup(org.handler);
    const progress: number[] = [];
    const report = await api.adminBatchCreate(newUsers(250), { chunkSize: 100, onChunk: (p) => progress.push(p.done) });
    expect(s.requests.map((r) => JSON.parse(r.body).length)).toEqual([100, 100, 50]);
    expect(progress).toEqual([100, 200, 250]);
    expect(report.created.map((u) => u.email)).toEqual(newUsers(250).map((u) => u.email));
  });

  it('stops at a failed chunk and reports the rest as not sent', async () => {
    const org = fakeOrg();
    const { api } = await setup((req) => {
      if (req.method !== 'POST' || org.state.posts !== 1) return org.handler(req);
      org.state.posts++;
      return { status: 400, body: { error: { detail: 'bad' } } };
    });
    const report = await api.adminBatchCreate(newUsers(5), { chunkSize: 2, concurrency: 1 });
    expect(report.results.map((r) => r.status)).toEqual(['created', 'created', 'failed', 'failed', 'not_sent']);
    expect(report.ok).toBe(false);
    expect(report.error?.code).toBe('VALIDATION');
  });

  it('skips existing users with one lookup per email when that is cheaper than a walk', async () => {
    const org = fakeOrg(500);
    const { api } = await setup(org.handler);
    const batch = [...newUsers(2), { name: 'Old', email: 'USER7@example.com', is_sso_user: false }];
    const report = await api.adminBatchCreate(batch, { skipExisting: true });
    expect(report.results.map((r) => r.status)).toEqual(['created', 'created', 'skipped']);
    expect(report.skipped).toEqual(['USER7@example.com']);
    // One walk page (which tells the org's size and holds user7), one lookup per other email, the create.
    expect(org.state.gets).toBe(1 + 2);
    expect(report.requests).toBe(4);
  });

  it('looks a single user up directly: no walk can cost less than that one request', async () => {
    const org = fakeOrg(10_000);
    const { s, api } = await setup(org.handler);
    const report = await api.adminBatchCreate([{ name: 'Old', email: 'user42@example.com', is_sso_user: false }], { skipExisting: true });
    expect(report.skipped).toEqual(['user42@example.com']);
    expect(s.requests.map((r) => r.url.searchParams.get('email'))).toEqual(['user42@example.com']);
    expect(report.requests).toBe(1);
  });

  it('skips existing users with one walk of the org when that is cheaper than lookups', async () => {
    const org = fakeOrg(120);
    const { api } = await setup(org.handler);
    // 21 emails, 8 at a time, take 3 round trips; the 2 pages left take 2.
    const batch = [...newUsers(20), { name: 'Old', email: 'user110@example.com', is_sso_user: false }];
    const report = await api.adminBatchCreate(batch, { skipExisting: true });
    expect(report.skipped).toEqual(['user110@example.com']);
    expect(org.state.gets).toBe(3);
  });

  it('plans a dry run and sends no create', async () => {
    const org = fakeOrg(3);
    const { s, api } = await setup(org.handler);
    const report = await api.adminBatchCreate([...newUsers(1), { name: 'Old', email: 'user1@example.com', is_sso_user: false }], {
      dryRun: true,
      skipExisting: true,
    });
    expect(report.results.map((r) => r.status)).toEqual(['would_create', 'skipped']);
    expect(s.requests.some((r) => r.method === 'POST')).toBe(false);
  });

  it('says in a dry run without skip_existing that existing users would be reported as existing', async () => {
    const org = fakeOrg(3);
    const { api } = await setup(org.handler);
    const report = await api.adminBatchCreate([{ name: 'Old', email: 'user1@example.com', is_sso_user: false }], { dryRun: true });
    expect(report.results[0]).toMatchObject({ status: 'skipped' });
  });

  it('after a lost answer, finds what was created and sends only the rest: no user twice', async () => {
    const org = fakeOrg(2);
    // The first create is applied by the server, then the connection drops before the answer.
    org.state.afterApply.set(0, { drop: true });
    const { api, sleeps } = await setup(org.handler);
    const report = await api.adminBatchCreate(newUsers(3), { chunkSize: 100 });
    expect(report.ok).toBe(true);
    expect(report.results.map((r) => r.status)).toEqual(['created', 'created', 'created']);
    expect(org.state.posts).toBe(1);
    expect(sleeps).toHaveLength(1);
    const emails = org.state.rows.map((r) => r.email);
    expect(new Set(emails).size).toBe(emails.length);
    expect(emails).toHaveLength(5);
  });

  it('after a timeout on a create that did not land, sends the missing users again once', async () => {
    const org = fakeOrg();
    let calls = 0;
    const { api } = await setup((req) =>
      req.method === 'POST' && calls++ === 0 ? { status: 504, body: { error: { detail: 'gateway timeout' } } } : org.handler(req),
    );
    const report = await api.adminBatchCreate(newUsers(2));
    expect(report.results.map((r) => r.status)).toEqual(['created', 'created']);
    expect(org.state.rows).toHaveLength(2);
  });

  it('reconciles a conflict caused by its own late-landing first attempt', async () => {
    const org = fakeOrg();
    let posts = 0;
    // The first attempt times out while the server is still working; it lands after the check.
    const { api } = await setup(
      async (req) => {
        if (req.method === 'POST' && posts++ === 0) {
          setTimeout(() => org.handler(req), 60);
          return { delayMs: 200, body: {} };
        }
        return org.handler(req);
      },
      { timeouts: { createBaseMs: 40, createPerUserMs: 0 } },
    );
    const report = await api.adminBatchCreate(newUsers(2));
    expect(report.results.map((r) => r.status)).toEqual(['created', 'created']);
    expect(org.state.rows).toHaveLength(2);
  });

  it('ends a chunk on a conflict that lookups do not explain, even after a lost answer', async () => {
    let posts = 0;
    let gets = 0;
    // The first answer is lost; then every create conflicts and no lookup finds the user.
    const { api } = await setup((req) => {
      if (req.method === 'GET') {
        gets++;
        return { body: listBody([], null, 0) };
      }
      return posts++ === 0 ? { drop: true } : { status: 409, body: { error: { detail: 'Conflict: something else' } } };
    });
    const report = await api.adminBatchCreate(newUsers(1));
    expect(report.results.map((r) => r.status)).toEqual(['failed']);
    expect(report.error?.code).toBe('CONFLICT');
    expect(posts).toBe(2);
    expect(gets).toBe(2);
  });

  it('reads each result on its own: an unreadable one is looked up, the others stand', async () => {
    const org = fakeOrg();
    const { api } = await setup(async (req) => {
      const reply = await org.handler(req);
      if (req.method !== 'POST') return reply;
      const body = reply.body as { results: Record<string, unknown>[] };
      body.results[1] = { ...body.results[1], created_at: null };
      return reply;
    });
    const report = await api.adminBatchCreate(newUsers(3));
    expect(report.ok).toBe(true);
    expect(report.results.map((r) => r.status)).toEqual(['created', 'created', 'created']);
    expect(report.results[1]!.user?.email).toBe('new1@example.com');
    expect(org.state.posts).toBe(1);
  });

  it('fails the users a successful answer leaves out and a lookup cannot find, saying so', async () => {
    const { api } = await setup((req) => {
      if (req.method === 'GET') return { body: listBody([], null, 0) };
      const [first] = JSON.parse(req.body) as { email: string; name: string }[];
      const created = { user_id: 'usr_1', name: first!.name, email: first!.email, created_at: '2026-01-01T00:00:00Z', is_sso_user: false };
      return { status: 201, body: { results: [created] } };
    });
    const report = await api.adminBatchCreate(newUsers(2));
    expect(report.results.map((r) => r.status)).toEqual(['created', 'failed']);
    expect(report.ok).toBe(false);
    expect(report.error?.code).toBe('BAD_RESPONSE');
    expect(report.results[1]!.error?.message).toMatch(/did not account for 1 user, and a lookup did not find them/);
  });

  it('waits out a 429 and sends the same chunk again, since nothing was created', async () => {
    const org = fakeOrg();
    let first = true;
    const { api, sleeps } = await setup((req) => {
      if (req.method === 'POST' && first) {
        first = false;
        return { status: 429, headers: { 'retry-after': '2' } };
      }
      return org.handler(req);
    });
    const report = await api.adminBatchCreate(newUsers(2));
    expect(report.ok).toBe(true);
    expect(sleeps).toEqual([2000]);
    expect(org.state.gets).toBe(0);
  });

  it('explains a 403 as needing an organization owner', async () => {
    const { api } = await setup(() => ({ status: 403, body: { error: { detail: 'Permission denied' } } }));
    const report = await api.adminBatchCreate(newUsers(1));
    expect(report.error?.code).toBe('FORBIDDEN');
    expect(report.error?.message).toBe(
      "Permission denied. Admin batch create needs an organization owner's token: ask an owner of the organization to run it, or to make you an owner.",
    );
  });

  it('stops sending chunks once cancelled', async () => {
    const org = fakeOrg();
    const { api } = await setup(org.handler);
    const controller = new AbortController();
    const report = await api.adminBatchCreate(newUsers(6), {
      chunkSize: 2,
      concurrency: 1,
      signal: controller.signal,
      onChunk: (p) => p.chunk === 1 && controller.abort(),
    });
    expect(report.results.map((r) => r.status)).toEqual(['created', 'created', 'not_sent', 'not_sent', 'not_sent', 'not_sent']);
    expect(report.error?.code).toBe('ABORTED');
    expect(org.state.posts).toBe(1);
  });

  it('refuses a concurrency outside 1 to 32, naming it, before sending anything', async () => {
    const org = fakeOrg();
    const { s, api } = await setup(org.handler);
    for (const concurrency of [0, 33, 1.5]) {
      const error = await failure(api.adminBatchCreate(newUsers(1), { concurrency }));
      expect(error.code).toBe('VALIDATION');
      expect(error.message).toBe("'concurrency' must be between 1 and 32, inclusive.");
    }
    expect(s.requests).toHaveLength(0);
  });

  it('keeps several chunks in flight and the results in input order', async () => {
    const org = fakeOrg();
    let inFlight = 0;
    let most = 0;
    const { api } = await setup(async (req) => {
      if (req.method !== 'POST') return org.handler(req);
      most = Math.max(most, ++inFlight);
      await new Promise((resolve) => setTimeout(resolve, 20));
      inFlight--;
      return org.handler(req);
    });
    const report = await api.adminBatchCreate(newUsers(40), { chunkSize: 2, concurrency: 4 });
    expect(most).toBe(4);
    expect(report.results.map((r) => r.user?.email)).toEqual(newUsers(40).map((u) => u.email));
  });

  it('settles a conflict by lookup: users that exist are reported as existing and the rest are created', async () => {
    const org = fakeOrg(3);
    const { api } = await setup(org.handler);
    const report = await api.adminBatchCreate([...newUsers(2), { name: 'Old', email: 'user1@example.com', is_sso_user: false }]);
    expect(report.results.map((r) => r.status)).toEqual(['created', 'created', 'skipped']);
    expect(report.ok).toBe(true);
    expect(org.state.rows).toHaveLength(5);
  });

  it('reports users whose answer was lost and whose lookups failed as unknown, never failed', async () => {
    const org = fakeOrg();
    org.state.afterApply.set(0, { drop: true });
    const { api } = await setup((req) => (req.method === 'GET' ? { status: 503, body: { error: { detail: 'down' } } } : org.handler(req)));
    const report = await api.adminBatchCreate(newUsers(3));
    expect(report.results.map((r) => r.status)).toEqual(['unknown', 'unknown', 'unknown']);
    expect(report.counts.unknown).toBe(3);
    expect(report.ok).toBe(false);
    expect(report.results[0]!.error?.message).toMatch(/They may exist: re-run the batch to settle them/);
    expect(org.state.rows).toHaveLength(3);
    expect(org.state.posts).toBe(1);
  });

  it('keeps the token and passwords out of every message and log line', async () => {
    const echo: Handler = (req) => ({
      status: 422,
      body: { error: { detail: [{ loc: ['body', 0, 'password'], msg: `bad ${req.body} ${CANARY_TOKEN}` }] } },
    });
    const { api, logger } = await setup(echo);
    const report = await api.adminBatchCreate([{ name: 'n', email: 'n@example.com', password: CANARY_PASSWORD, is_sso_user: false }]);
    // inspect() follows `cause` chains and non-enumerable fields, as a console.error(report) would.
    const seen = JSON.stringify(report) + inspect(report, { depth: 20, showHidden: true }) + logger.lines.join('\n');
    expect(report.error?.code).toBe('VALIDATION');
    expect(seen).not.toContain(CANARY_PASSWORD);
    expect(seen).not.toContain(CANARY_TOKEN);
  });
});
