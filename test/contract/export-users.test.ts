import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Anyscale } from '../../src/core/anyscale.ts';
import { parseUsersDocument, type UsersFormat } from '../../src/core/users-file.ts';
import { startLocalOrg, type LocalOrg } from '../../src/local/index.ts';

/** exportUsers against the local org: what it writes, plan reads back with no differences. */
let org: LocalOrg;
let owner: Anyscale;

beforeAll(async () => {
  org = await startLocalOrg();
  owner = new Anyscale({ host: org.url, token: org.ownerToken, env: {} });
  const awkward = [
    { name: 'Comma, "Quoted"', email: 'comma@export.test', is_sso_user: true },
    { name: ' spaced: yes # not a comment', email: 'spaced@export.test', is_sso_user: false },
  ];
  const many = Array.from({ length: 120 }, (_, i) => ({ name: `Export ${i}`, email: `export.${i}@export.test`, is_sso_user: false }));
  await owner.user.adminBatchCreate([...awkward, ...many]);
});
afterAll(() => org.close());

async function exported(format: UsersFormat, include_service_accounts = false) {
  const chunks: string[] = [];
  for await (const chunk of owner.user.export({ format, include_service_accounts })) chunks.push(chunk);
  return chunks;
}

describe('exportUsers against the local org', () => {
  for (const format of ['yaml', 'json', 'csv'] as const) {
    it(`round-trips as ${format}: plan of the export has nothing to create and no strays`, async () => {
      const chunks = await exported(format);
      // One chunk per page of 50 (and the opening and closing), not one string for the whole org.
      expect(chunks.length).toBeGreaterThanOrEqual(4);
      const users = parseUsersDocument(chunks.join(''), { format });
      const accounts = await owner.user.list({ collaborator_type: 'only_user_accounts' }).toArray();
      expect(users.map((u) => u.email).sort()).toEqual(accounts.map((u) => u.email).sort());
      expect(users.find((u) => u.email === 'comma@export.test')!.name).toBe('Comma, "Quoted"');
      const plan = await owner.user.plan(users);
      expect(plan.counts).toEqual({ to_create: 0, present: accounts.length, strays: 0 });
    });
  }

  it('says in a YAML header comment how fields the list API lacks are written', async () => {
    const text = (await exported('yaml')).join('');
    expect(text.startsWith('# Exported by anyscale-users')).toBe(true);
    expect(text).toContain('is_sso_user is written as false');
    expect(text).toContain('lastname and title are left out');
  });

  it('includes service accounts only when asked', async () => {
    const services = await owner.user.list({ collaborator_type: 'only_service_accounts' }).toArray();
    const without = parseUsersDocument((await exported('json')).join(''), { format: 'json' });
    const withServices = parseUsersDocument((await exported('json', true)).join(''), { format: 'json' });
    expect(withServices.length).toBe(without.length + services.length);
    expect(without.some((u) => u.email === services[0]!.email)).toBe(false);
  });

  it('reports the users written after each page, so an adapter can say how many it exported', async () => {
    const progress: number[] = [];
    let text = '';
    for await (const chunk of owner.user.export({ format: 'csv', onPage: (p) => progress.push(p.exported) })) text += chunk;
    const written = parseUsersDocument(text, { format: 'csv' }).length;
    expect(progress.length).toBeGreaterThanOrEqual(3);
    expect(progress.at(-1)).toBe(written);
    expect(progress).toEqual([...progress].sort((a, b) => a - b));
  });

  it('refuses an unknown format, naming the field', async () => {
    await expect(exported('xml' as UsersFormat)).rejects.toMatchObject({
      code: 'VALIDATION',
      message: expect.stringContaining("'format'"),
    });
  });
});
