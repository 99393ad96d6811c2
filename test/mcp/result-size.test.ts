import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_USERS_PER_CALL } from '../../mcp/tools/batch-create-users.ts';
import { MAX_PAGE_SIZE } from '../../src/core/operations/list-users.ts';
import {
  CANARY_PASSWORD,
  connectInMemory,
  expectNoSecrets,
  newUsers,
  seedPeople,
  startHarness,
  type ClientKind,
  type Harness,
  type TestClient,
} from './helpers.ts';

/*
 * What a tool result costs a model, as hosts estimate it: characters / 4. Claude Code refuses a
 * result over 25,000 tokens by default; the worst cases must stay well under that.
 */
const TOKEN_BUDGET = 10_000;
const tokens = (result: unknown) => Math.ceil(JSON.stringify(result).length / 4);

type Structured = Record<string, any>;
const textOf = (result: { content?: unknown }) =>
  ((result.content as { type: string; text?: string }[]) ?? []).find((c) => c.type === 'text')?.text ?? '';

describe.each<ClientKind>(['v2', 'v1'])('result sizes through the %s client', (kind) => {
  let harness: Harness;
  let client: TestClient;
  const sizes: string[] = [];

  beforeAll(async () => {
    harness = await startHarness({ elicitation: false });
    client = await connectInMemory(kind, harness);
  });
  afterAll(async () => {
    console.log(`${kind} result sizes (tokens, characters / 4): ${sizes.join(', ')}`);
    expectNoSecrets({ 'tool results': client.seen }, { password: CANARY_PASSWORD, 'Anyscale token': harness.org.ownerToken });
    await client.close();
    await harness.close();
  });

  it(`a ${MAX_USERS_PER_CALL}-user dry run and its confirmed create: counts, emails up to a limit, a link to the rest`, async () => {
    const users = newUsers(MAX_USERS_PER_CALL, `${kind}-big`);
    const plan = await client.call('batch_create_users', { users, dry_run: true });
    sizes.push(`dry run ${tokens(plan)}`);
    expect(tokens(plan)).toBeLessThan(TOKEN_BUDGET);
    const planned = plan.structuredContent as Structured;
    expect(planned).toMatchObject({ total: MAX_USERS_PER_CALL, complete: false, counts: { would_create: MAX_USERS_PER_CALL } });
    expect(planned.emails.would_create).toHaveLength(100);
    expect(planned.results).toEqual([]);
    expect(textOf(plan)).toContain(`would_create: ${kind}-big-0@example.com, ${kind}-big-1@example.com`);

    const created = await client.call('batch_create_users', { users, confirm_plan_id: planned.plan_id });
    sizes.push(`confirmed create ${tokens(created)}`);
    expect(created.isError).toBeFalsy();
    expect(tokens(created)).toBeLessThan(TOKEN_BUDGET);
    const run = created.structuredContent as Structured;
    expect(run).toMatchObject({ dry_run: false, complete: false, counts: { created: MAX_USERS_PER_CALL } });
    expect(run.emails.created.slice(0, 2)).toEqual([`${kind}-big-0@example.com`, `${kind}-big-1@example.com`]);
    expect(textOf(created)).toBe(
      `Batch of ${MAX_USERS_PER_CALL} users: ${MAX_USERS_PER_CALL} created. created: ${users
        .slice(0, 10)
        .map((u) => u.email)
        .join(', ')} and ${MAX_USERS_PER_CALL - 10} more. Every result: ${run.results_uri}`,
    );

    // The link, as a content block and in the structured result, opens every user's result.
    const link = (created.content as { type: string; uri?: string }[]).find((c) => c.type === 'resource_link');
    expect(link?.uri).toBe(run.results_uri);
    const all = JSON.parse(await client.readResource(run.results_uri)) as Structured;
    expect(all.results).toHaveLength(MAX_USERS_PER_CALL);
    expect(all.results.every((r: Structured) => r.status === 'created' && /^usr_/.test(r.user_id))).toBe(true);
    expect(all.results.map((r: Structured) => r.email)).toEqual(users.map((u) => u.email));
  });

  it(`a ${MAX_USERS_PER_CALL}-user dry run of invalid users lists the first 100 with their issues`, async () => {
    const users = newUsers(MAX_USERS_PER_CALL, `${kind}-bad`).map((user, i) => ({ ...user, email: `not an email ${i}`, lastName: 'x' }));
    const plan = await client.call('batch_create_users', { users, dry_run: true });
    sizes.push(`invalid dry run ${tokens(plan)}`);
    expect(tokens(plan)).toBeLessThan(TOKEN_BUDGET);
    const planned = plan.structuredContent as Structured;
    expect(planned.counts.invalid).toBe(MAX_USERS_PER_CALL);
    expect(planned.results).toHaveLength(100);
    expect(planned.results[99]).toMatchObject({ index: 99, status: 'invalid', issues: [{ field: 'email' }, { field: 'lastName' }] });
    // Unchecked emails never reach the text; positions do.
    expect(textOf(plan)).toContain('invalid: users[0], users[1],');
    expect(textOf(plan)).not.toContain('not an email');

    const refused = await client.call('batch_create_users', { users, confirm_plan_id: planned.plan_id });
    sizes.push(`invalid create (refused) ${tokens(refused)}`);
    expect(refused.isError).toBe(true);
    expect(tokens(refused)).toBeLessThan(TOKEN_BUDGET);
  });

  it('echoes at most 254 characters of an invalid email or unknown field, and stays under 20,000 tokens however long they are', async () => {
    const huge = 'x'.repeat(2_000);
    const users = Array.from({ length: MAX_USERS_PER_CALL }, (_, i) => ({
      name: 'A',
      email: `${i}${huge}`,
      is_sso_user: false,
      ...Object.fromEntries([1, 2, 3].map((k) => [`${k}${i}${huge}`, 1])),
    }));
    const plan = await client.call('batch_create_users', { users, dry_run: true });
    sizes.push(`dry run of 500 items with 2,000-character values ${tokens(plan)}`);
    expect(tokens(plan)).toBeLessThan(20_000);
    const planned = plan.structuredContent as Structured;
    expect(planned.complete).toBe(false);
    expect(planned.results[0].email).toHaveLength(255);
    expect(planned.results[0].issues.every((issue: Structured) => issue.field.length <= 255)).toBe(true);
  });

  it('a small batch lists every user and needs no link', async () => {
    const users = newUsers(3, `${kind}-small`);
    const plan = await client.call('batch_create_users', { users, dry_run: true });
    const planned = plan.structuredContent as Structured;
    expect(planned).toMatchObject({ complete: true, total: 3 });
    expect(planned).not.toHaveProperty('results_uri');
    expect(planned.results.map((r: Structured) => r.email)).toEqual(users.map((u) => u.email));
    expect((plan.content as { type: string }[]).map((c) => c.type)).toEqual(['text']);
  });

  it(`the largest page of list_users (${MAX_PAGE_SIZE} members)`, async () => {
    await seedPeople(harness.org, MAX_PAGE_SIZE, `${kind}-page-${'x'.repeat(40)}`);
    const page = await client.call('list_users', { limit: MAX_PAGE_SIZE });
    sizes.push(`list_users page ${tokens(page)}`);
    expect((page.structuredContent as Structured).users).toHaveLength(MAX_PAGE_SIZE);
    expect(tokens(page)).toBeLessThan(TOKEN_BUDGET);
  });
});
