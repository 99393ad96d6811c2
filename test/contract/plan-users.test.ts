import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Anyscale } from '../../src/core/anyscale.ts';
import { startLocalOrg, type LocalOrg } from '../../src/local/index.ts';
import { failure } from '../helpers/clients.ts';
import { CANARY_PASSWORD } from '../helpers/scripted-server.ts';

/** planUsers against the local org: a real walk of a real org over loopback. */
let org: LocalOrg;
let owner: Anyscale;

const people = (prefix: string, n: number) =>
  Array.from({ length: n }, (_, i) => ({ name: `${prefix} ${i}`, email: `${prefix}.${i}@plan.test`, is_sso_user: i % 2 === 0 }));

/** Every user account the org has now, as a file: the starting point of "the org matches the file". */
async function orgAsFile() {
  const accounts = await owner.user.list({ collaborator_type: 'only_user_accounts' }).toArray();
  return accounts.map((u) => ({ name: u.name, email: u.email, is_sso_user: false }));
}

beforeAll(async () => {
  org = await startLocalOrg();
  owner = new Anyscale({ host: org.url, token: org.ownerToken, env: {}, retry: { baseDelayMs: 1, maxDelayMs: 5 } });
});
afterAll(() => org.close());

describe('planUsers against the local org', () => {
  it('splits the file into to_create and present, and the org’s other user accounts into strays', async () => {
    await owner.user.adminBatchCreate(people('here', 3));
    const file = [...people('here', 2), ...people('new', 2).map((u) => ({ ...u, password: CANARY_PASSWORD }))];
    const plan = await owner.user.plan(file);
    expect(plan.to_create.map((u) => u.email)).toEqual(['new.0@plan.test', 'new.1@plan.test']);
    expect(plan.to_create[0]).toEqual({ email: 'new.0@plan.test', name: 'new 0', is_sso_user: true, password_set: true });
    expect(plan.present.map((u) => u.email)).toEqual(['here.0@plan.test', 'here.1@plan.test']);
    expect(plan.present[0]!.user_id).toMatch(/^usr_/);
    const stray = plan.strays.find((s) => s.email === 'here.2@plan.test');
    expect(stray).toMatchObject({ name: 'here 2', permission_level: 'collaborator' });
    expect(stray!.user_id).toMatch(/^usr_/);
    expect(plan.counts).toEqual({ to_create: 2, present: 2, strays: plan.strays.length });
    expect(plan.fingerprint).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(JSON.stringify(plan)).not.toContain(CANARY_PASSWORD);
  });

  it('leaves service accounts out of strays unless asked', async () => {
    const services = await owner.user.list({ collaborator_type: 'only_service_accounts' }).toArray();
    expect(services.length).toBeGreaterThan(0);
    const file = await orgAsFile();
    const without = await owner.user.plan(file);
    expect(without.counts).toEqual({ to_create: 0, present: file.length, strays: 0 });
    const withServices = await owner.user.plan(file, { include_service_accounts: true });
    expect(withServices.strays.map((s) => s.email).sort()).toEqual(services.map((s) => s.email).sort());
    expect(withServices.fingerprint).toBe(without.fingerprint);
  });

  it('matches emails without regard to case', async () => {
    const plan = await owner.user.plan([{ name: 'Here', email: 'HERE.0@Plan.Test', is_sso_user: false }]);
    expect(plan.counts.to_create).toBe(0);
    expect(plan.present.map((u) => u.email)).toEqual(['here.0@plan.test']);
  });

  it('gives one fingerprint for a file in any order, and strays do not enter it', async () => {
    const file = [...people('order', 5), { ...people('pw', 1)[0]!, password: CANARY_PASSWORD }];
    const reordered = [...file].reverse().map((u) => Object.fromEntries(Object.entries(u).reverse()) as typeof u);
    const a = await owner.user.plan(file);
    const b = await owner.user.plan(reordered);
    expect(b.fingerprint).toBe(a.fingerprint);
    await owner.user.adminBatchCreate(people('stray', 2));
    expect((await owner.user.plan(file)).fingerprint).toBe(a.fingerprint);
    // Passwords enter only as present or absent.
    const otherPassword = file.map((u) => ('password' in u ? { ...u, password: 'another secret 1!' } : u));
    expect((await owner.user.plan(otherPassword)).fingerprint).toBe(a.fingerprint);
    const noPassword = file.map(({ password: _password, ...u }: (typeof file)[number] & { password?: string }) => u);
    expect((await owner.user.plan(noPassword)).fingerprint).not.toBe(a.fingerprint);
    const renamed = file.map((u, i) => (i === 0 ? { ...u, name: 'Someone Else' } : u));
    expect((await owner.user.plan(renamed)).fingerprint).not.toBe(a.fingerprint);
  });

  it('changes the fingerprint when a user to create appears in the org', async () => {
    const file = people('race', 3);
    const before = await owner.user.plan(file);
    await owner.user.adminBatchCreate([file[1]!]);
    const after = await owner.user.plan(file);
    expect(after.fingerprint).not.toBe(before.fingerprint);
    expect(after.to_create.map((u) => u.email)).toEqual(['race.0@plan.test', 'race.2@plan.test']);
  });

  it('validates the whole file before any request', async () => {
    let requests = 0;
    const counting = new Anyscale({
      host: org.url,
      token: org.ownerToken,
      env: {},
      fetch: (input: string | URL | Request, init?: RequestInit) => {
        requests++;
        return fetch(input, init);
      },
    });
    const error = await failure(
      counting.user.plan([
        { name: 'A', email: 'a@plan.test', is_sso_user: false },
        { name: 'B', email: 'not an email', is_sso_user: false },
        { name: 'C', email: 'A@plan.test', is_sso_user: false },
      ]),
    );
    expect(error.code).toBe('VALIDATION');
    expect(error.message).toContain('users[1]');
    expect(error.message).toContain('appears twice');
    expect(requests).toBe(0);
  });
});
