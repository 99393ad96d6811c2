import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Anyscale } from '../../src/core/anyscale.ts';
import { startLocalOrg, type LocalOrg } from '../../src/local/index.ts';
import { newPlanKey, planBatchCreate, type PlanOptions } from '../../mcp/plan.ts';
import { CANARY_PASSWORD } from './helpers.ts';

// The core rule behind confirm_plan_id: the id names exactly what would happen.
describe('planBatchCreate', () => {
  let org: LocalOrg;
  let anyscale: Anyscale;
  const key = newPlanKey();
  const options: PlanOptions = { skipExisting: true, key };
  const users = [
    { name: 'New', email: 'new@example.com', is_sso_user: false, password: CANARY_PASSWORD },
    { name: 'Ada', email: 'ADA@example.com', is_sso_user: false },
  ];

  beforeAll(async () => {
    org = await startLocalOrg();
    anyscale = new Anyscale({ host: org.url, token: org.ownerToken, env: {} });
  });
  afterAll(() => org.close());

  it('marks each user and counts them, sending no create request', async () => {
    const plan = await planBatchCreate(anyscale.user, [...users, { name: 'x' }], options);
    expect(plan.entries.map((entry) => entry.status)).toEqual(['would_create', 'exists', 'invalid']);
    expect(plan.counts).toEqual({ would_create: 1, exists: 1, invalid: 1 });
    expect(plan.entries[2]!.issues!.map((issue) => issue.field).sort()).toEqual(['email', 'is_sso_user']);
    expect(org.store.list({ email: 'new@example.com' }, { count: 1 }).total).toBe(0);
  });

  it('gives the same fingerprint and present users as the core plan for the same users and org', async () => {
    const mcpPlan = await planBatchCreate(anyscale.user, users, options);
    const core = await anyscale.user.plan(users);
    expect(mcpPlan.fingerprint).toBe(core.fingerprint);
    expect(mcpPlan.existingEmails).toEqual(['ADA@example.com']);
    expect(core.present.map((u) => u.email)).toEqual(['ada@example.com']);
  });

  it('gives the same id to the same plan, and another to any change', async () => {
    const id = (await planBatchCreate(anyscale.user, users, options)).planId;
    expect((await planBatchCreate(anyscale.user, users, options)).planId).toBe(id);
    const variants = [
      [{ ...users[0], password: 'Another-Pass-1' }, users[1]],
      [{ ...users[0], title: 'CTO' }, users[1]],
      [users[1], users[0]],
      [users[0]],
    ];
    for (const variant of variants) expect((await planBatchCreate(anyscale.user, variant, options)).planId).not.toBe(id);
    expect((await planBatchCreate(anyscale.user, users, { ...options, skipExisting: false })).planId).not.toBe(id);
    expect((await planBatchCreate(anyscale.user, users, { ...options, key: newPlanKey() })).planId).not.toBe(id);
    // The org changing is a different plan too.
    await org.store.batchCreate([{ name: 'New', email: 'new@example.com', isSsoUser: false }]);
    expect((await planBatchCreate(anyscale.user, users, options)).planId).not.toBe(id);
  });

  it('ignores the case of emails, as the service does', async () => {
    const lower = users.map((user) => ({ ...user, email: user.email.toLowerCase() }));
    expect((await planBatchCreate(anyscale.user, lower, options)).planId).toBe(
      (await planBatchCreate(anyscale.user, users, options)).planId,
    );
  });
});
