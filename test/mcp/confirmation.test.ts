import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  CANARY_PASSWORD,
  connectInMemory,
  expectNoSecrets,
  newUsers,
  orgHas,
  startHarness,
  type ClientKind,
  type FormAnswer,
  type Harness,
  type TestClient,
} from './helpers.ts';

type Structured = Record<string, any>;

function textOf(result: { content?: unknown }): string {
  return ((result.content ?? []) as { text?: string }[]).map((block) => block.text ?? '').join('\n');
}

describe.each<ClientKind>(['v2', 'v1'])('confirming a batch through the %s client', (kind) => {
  let harness: Harness;
  let quietHarness: Harness;
  const clients: TestClient[] = [];

  async function client(answer: FormAnswer, on: Harness = harness): Promise<TestClient> {
    const connected = await connectInMemory(kind, on, answer);
    clients.push(connected);
    return connected;
  }

  beforeAll(async () => {
    harness = await startHarness();
    // As with ANYSCALE_MCP_ELICITATION=off: the operator says forms are never shown.
    quietHarness = await startHarness({ elicitation: false });
  });

  afterAll(async () => {
    for (const connected of clients) await connected.close();
    await harness.close();
    await quietHarness.close();
    expectNoSecrets(
      {
        'tool results': clients.flatMap((c) => c.seen),
        'confirmation forms': clients.flatMap((c) => c.forms),
        'server log': [...harness.logger.lines, ...quietHarness.logger.lines],
      },
      { 'Anyscale token': harness.org.ownerToken, 'other Anyscale token': quietHarness.org.ownerToken, password: CANARY_PASSWORD },
    );
  });

  it('dry run, then a wrong plan id is refused and creates nothing, then the right one creates', async () => {
    const c = await client('unsupported');
    const users = newUsers(2, `${kind}-plan`);
    const plan = await c.call('batch_create_users', { users, dry_run: true });
    const planned = plan.structuredContent as Structured;
    expect(plan.isError).toBeFalsy();
    expect(planned).toMatchObject({ dry_run: true, skip_existing: true, counts: { would_create: 2, exists: 0, invalid: 0 } });
    expect(planned.plan_id).toMatch(/^plan_[\w-]{24}$/);
    expect(textOf(plan)).toBe(
      `Plan ${planned.plan_id}: 2 would be created, 0 already exist, 0 invalid. Nothing was created (dry run). would_create: ${users[0]!.email}, ${users[1]!.email}.`,
    );
    expect(orgHas(harness.org, users[0]!.email as string)).toBe(false);

    const wrong = await c.call('batch_create_users', { users, confirm_plan_id: 'plan_AAAAAAAAAAAAAAAAAAAAAAAA' });
    expect(wrong.isError).toBe(true);
    expect(textOf(wrong)).toContain('PLAN_MISMATCH');
    expect(orgHas(harness.org, users[0]!.email as string)).toBe(false);

    const right = await c.call('batch_create_users', { users, confirm_plan_id: planned.plan_id });
    expect(right.isError).toBeFalsy();
    expect((right.structuredContent as Structured).counts.created).toBe(2);
    for (const user of users) expect(orgHas(harness.org, user.email as string)).toBe(true);
  });

  it('refuses a plan id once the plan has changed', async () => {
    const c = await client('unsupported');
    const users = newUsers(2, `${kind}-changed`);
    const planId = ((await c.call('batch_create_users', { users, dry_run: true })).structuredContent as Structured).plan_id;
    const edited = [users[0], { ...users[1], title: 'Admin' }];
    const refused = await c.call('batch_create_users', { users: edited, confirm_plan_id: planId });
    expect(textOf(refused)).toContain('PLAN_MISMATCH');
    // Someone else adds one of the users: the org changed, so the plan did too.
    await harness.org.store.batchCreate([{ name: 'x', email: users[1]!.email as string, isSsoUser: false }]);
    const stale = await c.call('batch_create_users', { users, confirm_plan_id: planId });
    expect(textOf(stale)).toContain('PLAN_MISMATCH');
    expect(orgHas(harness.org, users[0]!.email as string)).toBe(false);
  });

  it('without a form or a plan id, returns the plan and creates nothing', async () => {
    const c = await client('unsupported');
    const users = newUsers(1, `${kind}-unconfirmed`);
    const result = await c.call('batch_create_users', { users });
    expect(result.isError).toBe(true);
    expect(textOf(result)).toContain('CONFIRMATION_REQUIRED');
    expect(result.structuredContent as Structured).toMatchObject({ dry_run: false, counts: { would_create: 1 } });
    expect(orgHas(harness.org, users[0]!.email as string)).toBe(false);
  });

  it('asks by form when the client can show one, naming the count and the first emails, and creates on accept', async () => {
    const c = await client('accept');
    const users = newUsers(5, `${kind}-form`);
    const result = await c.call('batch_create_users', { users });
    expect(result.isError).toBeFalsy();
    expect((result.structuredContent as Structured).counts.created).toBe(5);
    expect(c.forms).toHaveLength(1);
    expect(c.forms[0]).toContain('Create 5 new Anyscale user account(s)?');
    expect(c.forms[0]).toContain(`${kind}-form-0@example.com, ${kind}-form-1@example.com, ${kind}-form-2@example.com and 2 more.`);
    expect(c.forms[0]).not.toContain(`${kind}-form-3@example.com`);
    for (const user of users) expect(orgHas(harness.org, user.email as string)).toBe(true);
  });

  it.each<FormAnswer>(['decline', 'cancel'])('creates nothing when the person answers %s', async (answer) => {
    const c = await client(answer);
    const users = newUsers(2, `${kind}-${answer}`);
    const result = await c.call('batch_create_users', { users });
    expect(result.isError).toBe(true);
    expect(textOf(result)).toContain('DECLINED');
    expect(textOf(result)).toContain('nothing was created');
    expect(c.forms).toHaveLength(1);
    expect(orgHas(harness.org, users[0]!.email as string)).toBe(false);
  });

  // Only accept with the box ticked confirms: an accept with it unticked, absent, a string or no
  // content at all, and a decline that carries a ticked box, create nobody and are logged as declined.
  it.each<FormAnswer>(['accept-unticked', 'accept-empty', 'accept-string', 'accept-no-content', 'decline-ticked'])(
    'creates nothing on %s',
    async (answer) => {
      const c = await client(answer);
      const users = newUsers(2, `${kind}-${answer}`);
      const result = await c.call('batch_create_users', { users });
      expect(result.isError).toBe(true);
      expect(textOf(result)).toContain('DECLINED');
      expect(c.forms).toHaveLength(1);
      for (const user of users) expect(orgHas(harness.org, user.email as string)).toBe(false);
      expect(harness.logger.lines.at(-2)).toBe('info: batch_create_users: confirmation declined');
    },
  );

  it('refuses a wrong plan id before showing any form', async () => {
    const c = await client('accept');
    const users = newUsers(1, `${kind}-form-mismatch`);
    const result = await c.call('batch_create_users', { users, confirm_plan_id: 'plan_AAAAAAAAAAAAAAAAAAAAAAAA' });
    expect(textOf(result)).toContain('PLAN_MISMATCH');
    expect(c.forms).toHaveLength(0);
    expect(orgHas(harness.org, users[0]!.email as string)).toBe(false);
  });

  it('with forms turned off by the operator, asks for the plan id even from a client that has forms', async () => {
    const c = await client('accept', quietHarness);
    const users = newUsers(1, `${kind}-quiet`);
    const asked = await c.call('batch_create_users', { users });
    expect(textOf(asked)).toContain('CONFIRMATION_REQUIRED');
    const planId = (asked.structuredContent as Structured).plan_id;
    const created = await c.call('batch_create_users', { users, confirm_plan_id: planId });
    expect((created.structuredContent as Structured).counts.created).toBe(1);
    expect(c.forms).toHaveLength(0);
  });

  it('needs no confirmation when everyone already exists', async () => {
    const c = await client('unsupported');
    const users = [{ name: 'Ada', email: 'ada@example.com', is_sso_user: false }];
    const skipped = await c.call('batch_create_users', { users });
    expect((skipped.structuredContent as Structured).results).toEqual([{ index: 0, email: 'ada@example.com', status: 'skipped' }]);
    const conflict = await c.call('batch_create_users', { users, skip_existing: false });
    expect(conflict.isError).toBe(true);
    expect(textOf(conflict)).toContain('CONFLICT');
  });
});
