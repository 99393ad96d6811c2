import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  expectCancelledAfterTwoChunks,
  CANARY_PASSWORD,
  connectInMemory,
  expectNoSecrets,
  newUsers,
  orgHas,
  seedPeople,
  startHarness,
  type ClientKind,
  type Harness,
  type TestClient,
} from './helpers.ts';

type Structured = Record<string, any>;

function textOf(result: { content?: unknown }): string {
  return ((result.content ?? []) as { type: string; text?: string }[]).map((block) => block.text ?? '').join('\n');
}

// The same behaviour through both SDK clients: most hosts still ship the v1 client.
describe.each<ClientKind>(['v2', 'v1'])('tools through the %s client (in memory)', (kind) => {
  let harness: Harness;
  let client: TestClient;

  beforeAll(async () => {
    harness = await startHarness();
    // The seeded org lists 4 user accounts by default (its service account is left out); 116 more make 120.
    await seedPeople(harness.org, 116);
    client = await connectInMemory(kind, harness);
  });

  afterAll(async () => {
    await client.close();
    await harness.close();
    expectNoSecrets(
      { 'tool results': client.seen, 'server log': harness.logger.lines },
      { 'Anyscale token': harness.org.ownerToken, password: CANARY_PASSWORD },
    );
    expect(harness.logger.lines.join('\n')).not.toMatch(/@example\.com/);
  });

  it('pages through 120 members by cursor, none missed or repeated', async () => {
    const emails: string[] = [];
    let cursor: string | undefined;
    let pages = 0;
    do {
      const result = await client.call('list_users', { limit: 25, ...(cursor ? { cursor } : {}) });
      expect(result.isError).toBeFalsy();
      const page = result.structuredContent as Structured;
      expect(page.total).toBe(120);
      emails.push(...page.users.map((user: { email: string }) => user.email));
      expect(page.has_more).toBe(page.next_cursor !== undefined);
      cursor = page.next_cursor;
      pages++;
    } while (cursor);
    expect(pages).toBe(5);
    expect(emails).toHaveLength(120);
    expect(new Set(emails).size).toBe(120);
    expect(emails).toContain('seed-114@example.com');
  });

  it('returns 50 members by default, and keeps the text to counts and ids', async () => {
    const result = await client.call('list_users', {});
    const page = result.structuredContent as Structured;
    expect(page.users).toHaveLength(50);
    expect(textOf(result)).toMatch(/^50 member\(s\) of 120; user ids: usr_/);
    expect(textOf(result)).not.toMatch(/@|seed/);
  });

  it('refuses a cursor reused with other filters, rather than answer an empty last page', async () => {
    const first = (await client.call('list_users', { limit: 2 })).structuredContent as Structured;
    const result = await client.call('list_users', { name: 'Ada', cursor: first.next_cursor });
    expect(result.isError).toBe(true);
    expect(textOf(result)).toContain('INVALID_CURSOR');
    expect(textOf(result)).toContain('other filters');
  });

  it('accepts a cursor with the filters it was issued for', async () => {
    const people = (await client.call('list_users', { collaborator_type: 'only_user_accounts', limit: 2 })).structuredContent as Structured;
    const next = await client.call('list_users', { collaborator_type: 'only_user_accounts', limit: 2, cursor: people.next_cursor });
    expect(next.isError).toBeFalsy();
    expect((next.structuredContent as Structured).users).toHaveLength(2);
  });

  it('refuses an edited cursor', async () => {
    const first = (await client.call('list_users', { limit: 2 })).structuredContent as Structured;
    const [token, tag] = (first.next_cursor as string).split('.');
    // A paging token of the API's own shape, pointing elsewhere, under the original tag.
    const elsewhere = Buffer.from(Buffer.from(JSON.stringify({ s: 0, v: 1 })).toString('base64url')).toString('base64url');
    const flipped = `${tag!.slice(0, -1)}${tag!.endsWith('A') ? 'B' : 'A'}`;
    for (const cursor of [`${elsewhere}.${tag}`, `${token}.${flipped}`, `${token}x.${tag}`, token!]) {
      const result = await client.call('list_users', { limit: 2, cursor });
      expect(result.isError, cursor).toBe(true);
      expect(textOf(result)).toContain('INVALID_CURSOR');
    }
  });

  it('filters by collaborator type', async () => {
    const result = await client.call('list_users', { collaborator_type: 'only_service_accounts' });
    const page = result.structuredContent as Structured;
    expect(page.users.map((user: { email: string }) => user.email)).toEqual(['ci-bot@service.example.com']);
    expect(page.has_more).toBe(false);
  });

  it('answers an invalid cursor with an error that says to restart', async () => {
    const result = await client.call('list_users', { cursor: 'not-a-cursor' });
    expect(result.isError).toBe(true);
    expect(textOf(result)).toContain('INVALID_CURSOR');
    expect(textOf(result)).toContain('without cursor');
  });

  it('refuses unknown arguments instead of dropping them', async () => {
    const result = await client.call('list_users', { page_size: 5 });
    expect(result.isError).toBe(true);
    expect(textOf(result)).toContain('page_size');
  });

  it('gets one member by email, ignoring case', async () => {
    const result = await client.call('get_user', { email: 'ADA@example.com' });
    expect(result.isError).toBeFalsy();
    expect((result.structuredContent as Structured).user).toMatchObject({ email: 'ada@example.com', name: 'Ada' });
    expect(textOf(result)).toMatch(/^Found 1 member, user id usr_\w+\.$/);
  });

  it('reports a missing member as a tool error with a hint, not a protocol error', async () => {
    const result = await client.call('get_user', { email: 'nobody@example.com' });
    expect(result.isError).toBe(true);
    expect(textOf(result)).toContain('NOT_FOUND');
    expect(textOf(result)).toContain('list_users');
    expect(textOf(result)).not.toContain('nobody@example.com');
  });

  it('asks for email or name when get_user has neither', async () => {
    const result = await client.call('get_user', {});
    expect(result.isError).toBe(true);
    expect(textOf(result)).toContain('VALIDATION');
  });

  it('checks existence once in a confirmed call: the plan check feeds the create', async () => {
    const users = newUsers(3, `${kind}-once`);
    const start = harness.outboundAuth.length;
    const plan = await client.call('batch_create_users', { users, dry_run: true });
    const before = harness.outboundAuth.length;
    const check = before - start;
    const created = await client.call('batch_create_users', { users, confirm_plan_id: (plan.structuredContent as Structured).plan_id });
    expect((created.structuredContent as Structured).counts).toMatchObject({ created: 3 });
    // The plan's check (as many requests as the dry run's), then one create; no second check.
    expect(check).toBeGreaterThan(0);
    expect(harness.outboundAuth.length - before).toBe(check + 1);
  });

  it('creates a batch, then reports the same batch as all skipped', async () => {
    const users = newUsers(3, `${kind}-again`);
    const plan = await client.call('batch_create_users', { users, dry_run: true });
    const planId = (plan.structuredContent as Structured).plan_id;
    const created = await client.call('batch_create_users', { users, confirm_plan_id: planId });
    expect(created.isError).toBeFalsy();
    expect((created.structuredContent as Structured).counts).toMatchObject({ created: 3, skipped: 0, failed: 0 });
    for (const user of users) expect(orgHas(harness.org, user.email as string)).toBe(true);

    const again = await client.call('batch_create_users', { users, skip_existing: true });
    expect(again.isError).toBeFalsy();
    const results = (again.structuredContent as Structured).results;
    expect(results.map((r: { status: string }) => r.status)).toEqual(['skipped', 'skipped', 'skipped']);
    expect(textOf(again)).toBe(`Batch of 3 users: 3 skipped as existing. skipped: ${users.map((user) => user.email).join(', ')}.`);
  });

  it('names the item and the field of an invalid user, and creates nothing', async () => {
    const users = [...newUsers(2, `${kind}-invalid`), { name: 'Bad', email: 'not-an-email', is_sso_user: false, lastName: 'X' }];
    const plan = await client.call('batch_create_users', { users, dry_run: true });
    expect(plan.isError).toBeFalsy();
    const planned = plan.structuredContent as Structured;
    expect(planned.counts).toMatchObject({ would_create: 2, invalid: 1 });
    expect(planned.results[2]).toMatchObject({ index: 2, status: 'invalid' });
    expect(planned.results[2].issues.map((issue: { field: string }) => issue.field).sort()).toEqual(['email', 'lastName']);
    expect(planned.results[2].issues.find((issue: { field: string }) => issue.field === 'lastName').message).toContain('lastname');

    const run = await client.call('batch_create_users', { users, confirm_plan_id: planned.plan_id });
    expect(run.isError).toBe(true);
    expect(textOf(run)).toContain('INVALID_USERS');
    expect(textOf(run)).toContain('users[2].email');
    expect(textOf(run)).toContain('users[2].lastName');
    expect(orgHas(harness.org, `${kind}-invalid-0@example.com`)).toBe(false);
  });

  it('refuses unknown arguments of batch_create_users, naming them', async () => {
    const result = await client.call('batch_create_users', { users: newUsers(1, `${kind}-extra`), confirm: true });
    expect(result.isError).toBe(true);
    expect(textOf(result)).toContain('"confirm"');
  });

  it('marks a repeated email invalid in the plan and refuses to run it', async () => {
    const [first] = newUsers(1, `${kind}-twice`);
    const plan = await client.call('batch_create_users', { users: [first, first], dry_run: true });
    expect(plan.isError).toBeFalsy();
    const results = (plan.structuredContent as Structured).results;
    expect(results[1]).toMatchObject({ index: 1, status: 'invalid', issues: [{ field: 'email' }] });
    const run = await client.call('batch_create_users', {
      users: [first, first],
      confirm_plan_id: (plan.structuredContent as Structured).plan_id,
    });
    expect(run.isError).toBe(true);
    expect(textOf(run)).toContain('INVALID_USERS');
    expect(orgHas(harness.org, first!.email as string)).toBe(false);
  });

  it('sends a progress notification per chunk when asked', async () => {
    const users = newUsers(150, `${kind}-bulk`);
    const plan = await client.call('batch_create_users', { users, dry_run: true });
    const progress: { progress: number; total?: number }[] = [];
    const result = await client.call(
      'batch_create_users',
      { users, confirm_plan_id: (plan.structuredContent as Structured).plan_id },
      { onprogress: (p) => progress.push(p) },
    );
    expect((result.structuredContent as Structured).counts.created).toBe(150);
    // The two chunks (100 and 50 users) are in flight together, so either may finish first.
    const [first, last] = progress.map((p) => [p.progress, p.total]);
    expect(progress).toHaveLength(2);
    expect([
      [100, 150],
      [50, 150],
    ]).toContainEqual(first);
    expect(last).toEqual([150, 150]);
  });
});

describe.each<ClientKind>(['v2', 'v1'])('cancelling a batch through the %s client', (kind) => {
  it('finishes the chunks already in flight and reports them truthfully', async () => {
    // Each create request waits 300 ms before it reaches the org. The cancel, sent on the first
    // progress notification, arrives while the other chunks are in flight: core lets them finish
    // (cutting one could leave users created but reported as not created).
    const harness = await startHarness({ createDelayMs: 300 });
    const client = await connectInMemory(kind, harness);
    try {
      await expectCancelledAfterTwoChunks(client, harness, `${kind}-cancel`);
    } finally {
      await client.close();
      await harness.close();
    }
  });
});
