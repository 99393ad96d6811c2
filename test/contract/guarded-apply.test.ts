import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Anyscale } from '../../src/core/anyscale.ts';
import { startLocalOrg, type LocalOrg } from '../../src/local/index.ts';
import { tempDir } from '../local/helpers.ts';
import { CANARY_PASSWORD } from '../helpers/scripted-server.ts';

/** adminBatchCreate's expect_plan and record against the local org. */
let org: LocalOrg;
let owner: Anyscale;

const people = (prefix: string, n: number) =>
  Array.from({ length: n }, (_, i) => ({
    name: `${prefix} ${i}`,
    email: `${prefix}.${i}@apply.test`,
    is_sso_user: false,
    password: CANARY_PASSWORD,
  }));

beforeAll(async () => {
  org = await startLocalOrg();
  owner = new Anyscale({ host: org.url, token: org.ownerToken, env: {} });
});
afterAll(() => org.close());

const lines = async (path: string) =>
  (await readFile(path, 'utf8'))
    .trimEnd()
    .split('\n')
    .map((l) => JSON.parse(l) as Record<string, unknown>);

describe('guarded apply against the local org', () => {
  it('applies a plan whose fingerprint still holds, and records one whole line per user', async () => {
    const file = people('ok', 3);
    const plan = await owner.user.plan(file);
    const path = join(await tempDir(), 'changes.jsonl');
    const report = await owner.user.adminBatchCreate(file, { expect_plan: plan.fingerprint, record: path, chunkSize: 2 });
    expect(report.ok).toBe(true);
    const recorded = await lines(path);
    // Chunks are in flight together, so lines come in the order chunks settle, not file order.
    const byEmail = (a: unknown[], b: unknown[]) => String(a[0]).localeCompare(String(b[0]));
    expect(recorded.map((l) => [l.email, l.status, l.plan]).sort(byEmail)).toEqual(
      file.map((u) => [u.email, 'created', plan.fingerprint]).sort(byEmail),
    );
    const owners = await owner.user.list({ collaborator_type: 'only_user_accounts' }).toArray();
    const self = owners.find((u) => u.permission_level === 'owner')!;
    for (const line of recorded) {
      expect(Date.parse(line.time as string)).not.toBeNaN();
      expect(line.time).toMatch(/^\d{4}-\d\d-\d\dT.*Z$/);
      expect(typeof line.host).toBe('string');
      expect(line.actor).toBe(self.email);
      expect(line.user_id).toMatch(/^usr_/);
    }
    const text = await readFile(path, 'utf8');
    expect(text).not.toContain(CANARY_PASSWORD);
    expect(text).not.toContain(org.ownerToken);
  });

  it('sends nothing and fails PLAN_CHANGED when a user was created between plan and apply', async () => {
    const file = people('race', 3);
    const plan = await owner.user.plan(file);
    await owner.user.adminBatchCreate([file[1]!]);
    const error = await owner.user.adminBatchCreate(file, { expect_plan: plan.fingerprint }).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'PLAN_CHANGED', message: expect.stringContaining('race.1@apply.test') });
    await expect(owner.user.get({ email: 'race.0@apply.test' })).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('records a batch whose conflict is settled by lookup: the existing user skipped, the rest created, each line whole', async () => {
    await owner.user.adminBatchCreate([people('stop', 4)[2]!]);
    const path = join(await tempDir(), 'changes.jsonl');
    const report = await owner.user.adminBatchCreate(people('stop', 6), { record: path, chunkSize: 2 });
    expect(report.ok).toBe(true);
    const recorded = await lines(path);
    expect(recorded.map((l) => l.status).sort()).toEqual(['created', 'created', 'created', 'created', 'created', 'skipped']);
    expect(recorded.find((l) => l.status === 'skipped')).toMatchObject({ email: 'stop.2@apply.test' });
    expect(recorded.filter((l) => l.status !== 'created').every((l) => l.user_id === undefined)).toBe(true);
  });

  it('refuses a malformed expect_plan before sending', async () => {
    await expect(owner.user.adminBatchCreate(people('bad', 1), { expect_plan: 'sha256:abc' })).rejects.toMatchObject({
      code: 'VALIDATION',
    });
  });
});
