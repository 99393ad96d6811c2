import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Anyscale } from '../../src/core/anyscale.ts';
import { startLocalOrg, type LocalOrg } from '../../src/local/index.ts';
import { capturingLogger, failure } from '../helpers/clients.ts';
import { CANARY_PASSWORD } from '../helpers/scripted-server.ts';

/**
 * The core client against the local org over loopback: the real client, real HTTP, a real
 * database. What the scripted tests pin on the wire, this checks end to end.
 */
let org: LocalOrg;
let owner: Anyscale;

function client(token = org.ownerToken, options: Record<string, unknown> = {}) {
  return new Anyscale({ host: org.url, token, env: {}, retry: { baseDelayMs: 1, maxDelayMs: 5 }, ...options });
}

const people = (prefix: string, n: number) =>
  Array.from({ length: n }, (_, i) => ({ name: `${prefix} ${i}`, email: `${prefix}.${i}@contract.test`, is_sso_user: i % 2 === 0 }));

beforeAll(async () => {
  org = await startLocalOrg();
  owner = client();
});
afterAll(() => org.close());

describe('core client against the local org', () => {
  it('walks the whole org at any page size, each user once, agreeing with metadata.total', async () => {
    await owner.user.adminBatchCreate(people('walk', 57));
    const first = await owner.user.listPage({ page_size: 1 });
    const total = first.total!;
    for (const page_size of [1, 7, 50]) {
      const emails = (await owner.user.list({ page_size }).toArray()).map((u) => u.email);
      expect(emails).toHaveLength(total);
      expect(new Set(emails).size).toBe(total);
    }
  });

  it('stops at max_items', async () => {
    expect(await owner.user.list({ max_items: 3, page_size: 2 }).toArray()).toHaveLength(3);
  });

  it('filters by service account and collaborator type', async () => {
    const services = await owner.user.list({ collaborator_type: 'only_service_accounts' }).toArray();
    const flagged = await owner.user.list({ is_service_account: true }).toArray();
    const people = await owner.user.list({ collaborator_type: 'only_user_accounts' }).toArray();
    expect(services.length).toBeGreaterThan(0);
    expect(flagged.map((u) => u.email)).toEqual(services.map((u) => u.email));
    expect(services.some((s) => people.some((p) => p.email === s.email))).toBe(false);
  });

  it('gets a user by email without regard to case, and by exact name', async () => {
    await owner.user.adminBatchCreate([{ name: 'Grace Hopper', email: 'grace@contract.test', is_sso_user: false, title: 'Admiral' }]);
    const byEmail = await owner.user.get({ email: 'GRACE@contract.test' });
    expect(byEmail).toMatchObject({ email: 'grace@contract.test', name: 'Grace Hopper', permission_level: 'collaborator' });
    expect(byEmail.user_id).toMatch(/^usr_[a-z0-9]{26}$/);
    expect(byEmail.created_at).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}\+00:00$/);
    expect((await owner.user.get({ name: 'Grace Hopper' })).email).toBe('grace@contract.test');
    const missing = await failure(owner.user.get({ email: 'nobody@contract.test' }));
    expect(missing.code).toBe('NOT_FOUND');
  });

  it('creates a batch in chunks, settles a re-run by lookup, and skips it with skip_existing', async () => {
    const batch = people('chunk', 25);
    const created = await owner.user.adminBatchCreate(batch, { chunkSize: 10 });
    expect(created.ok).toBe(true);
    expect(created.created.map((u) => u.email)).toEqual(batch.map((u) => u.email));

    const again = await owner.user.adminBatchCreate(batch, { chunkSize: 10 });
    expect(again.ok).toBe(true);
    expect(again.results.filter((r) => r.status === 'skipped')).toHaveLength(25);

    const skipped = await owner.user.adminBatchCreate([...batch, ...people('fresh', 2)], { skipExisting: true });
    expect(skipped.results.map((r) => r.status)).toEqual([...Array(25).fill('skipped'), 'created', 'created']);
  });

  it('plans a dry run without creating anything', async () => {
    const report = await owner.user.adminBatchCreate(people('dry', 3), { dryRun: true, skipExisting: true });
    expect(report.results.every((r) => r.status === 'would_create')).toBe(true);
    await expect(owner.user.get({ email: 'dry.0@contract.test' })).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('refuses a collaborator with FORBIDDEN and an unknown token with AUTH', async () => {
    const report = await client(org.collaboratorToken).user.adminBatchCreate(people('denied', 1));
    expect(report.error?.code).toBe('FORBIDDEN');
    expect(report.error?.message).toContain("needs an organization owner's token");
    const error = await failure(client('aph0_not_a_real_token').user.get({ email: 'x@y.co' }));
    expect(error.code).toBe('AUTH');
  });

  it('maps the server’s 422 detail list for a page over 50', async () => {
    const error = await failure(owner.client.get('/api/v2/organization_collaborators/', { count: 51 }));
    expect(error.code).toBe('VALIDATION');
    expect(error.message).toBe(
      'Anyscale refused GET /api/v2/organization_collaborators/ as invalid: query.count: Input should be less than or equal to 50. Correct the values named, then try again.',
    );
  });

  it('puts the headers and every filter on the wire, and the real server takes them', async () => {
    const sent: Request[] = [];
    const recording = client(org.ownerToken, {
      fetch: (input: string | URL | Request, init?: RequestInit) => {
        sent.push(new Request(input, init));
        return fetch(input, init);
      },
    });
    const filters = { email: 'ADA@example.com', name: 'Ada', collaborator_type: 'only_user_accounts', is_service_account: false } as const;
    const users = await recording.user.list({ ...filters, page_size: 7 }).toArray();
    expect(users.map((u) => u.email)).toEqual(['ada@example.com']);
    expect(sent).toHaveLength(1);
    const request = sent[0]!;
    expect(request.headers.get('authorization')).toBe(`Bearer ${org.ownerToken}`);
    expect(request.headers.get('accept')).toBe('application/json');
    expect(request.headers.get('user-agent')).toMatch(/^anyscale-users\/\S+ node\/\S+$/);
    expect(Object.fromEntries(new URL(request.url).searchParams)).toEqual({
      email: 'ADA@example.com',
      name: 'Ada',
      collaborator_type: 'only_user_accounts',
      is_service_account: 'false',
      count: '7',
    });
  });

  it('ends an empty listing after one request, and max_items without an extra one', async () => {
    let requests = 0;
    const counting = client(org.ownerToken, {
      fetch: (input: string | URL | Request, init?: RequestInit) => {
        requests++;
        return fetch(input, init);
      },
    });
    expect(await counting.user.list({ email: 'nobody@contract.test' }).toArray()).toEqual([]);
    expect(requests).toBe(1);
    requests = 0;
    expect(await counting.user.list({ max_items: 4, page_size: 2 }).toArray()).toHaveLength(4);
    expect(requests).toBe(2);
  });

  it('answers an unknown token with the SDK’s credentials message', async () => {
    const error = await failure(client('aph0_not_a_real_token').user.list().toArray());
    expect(error.code).toBe('AUTH');
    expect(error.message).toBe(
      `Your user credentials for ${org.url} are invalid or have expired. Please run \`anyscale login\` or follow the instructions at ${org.url}/v2/api-keys to properly set your credentials.`,
    );
  });

  it('settles a conflicting chunk by lookup: the existing user is skipped, the rest created', async () => {
    await owner.user.adminBatchCreate([{ name: 'Taken', email: 'taken.3@contract.test', is_sso_user: false }]);
    const batch = Array.from({ length: 6 }, (_, i) => ({ name: `Taken ${i}`, email: `taken.${i}@contract.test`, is_sso_user: false }));
    const report = await owner.user.adminBatchCreate(batch, { chunkSize: 2 });
    expect(report.results.map((r) => r.status)).toEqual(['created', 'created', 'created', 'skipped', 'created', 'created']);
    expect(report.ok).toBe(true);
    await expect(owner.user.get({ email: 'taken.2@contract.test' })).resolves.toMatchObject({ email: 'taken.2@contract.test' });
  });

  it('creates every user exactly once under chaos: 429, 503, dropped and truncated answers', async () => {
    const chaotic = await startLocalOrg({
      chaos: { rate: 0.35, seed: 7, kinds: ['429', '503', 'drop', 'truncate'], retryAfterSeconds: 0 },
    });
    try {
      const logger = capturingLogger();
      const api = new Anyscale({
        host: chaotic.url,
        token: chaotic.ownerToken,
        env: {},
        logger,
        retry: { maxRetries: 12, baseDelayMs: 1, maxDelayMs: 5 },
      });
      const batch = people('chaos', 120).map((u) => ({ ...u, password: CANARY_PASSWORD }));
      const report = await api.user.adminBatchCreate(batch, { chunkSize: 10 });
      expect(report.error?.message).toBeUndefined();
      expect(report.ok).toBe(true);
      expect(report.requests).toBeGreaterThan(12);
      const rows = chaotic.store.list({ collaboratorType: 'all_accounts' }, { count: 10_000 }).rows;
      const emails = rows.map((r) => r.email).filter((e) => e.endsWith('@contract.test'));
      expect(emails.sort()).toEqual(batch.map((u) => u.email).sort());
      expect(logger.lines.join('\n')).not.toContain(CANARY_PASSWORD);
    } finally {
      await chaotic.close();
    }
  });
});
