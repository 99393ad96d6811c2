import { describe, expect, it } from 'vitest';
import { UserApi } from '../../src/core/anyscale.ts';
import { testClient } from '../helpers/clients.ts';
import { startOrg, users } from './helpers.ts';

describe('concurrent chunks under injected faults', () => {
  it.each([1, 2, 3])('creates every user exactly once, and the report matches the org (seed %i)', async (seed) => {
    const org = await startOrg({ chaos: { rate: 0.3, seed, kinds: ['429', '503', 'drop', 'truncate'], retryAfterSeconds: 0 } });
    const { client } = testClient(org.url, { token: org.ownerToken, retry: { maxRetries: 8 } });
    const batch = users(200, `chaos${seed}.test`);
    const report = await new UserApi(client).adminBatchCreate(batch, { chunkSize: 10, concurrency: 8 });
    // Read the store itself: the chaos would hit a check made over HTTP too.
    for (const result of report.results) {
      const copies = org.store.list({ email: result.email }, { count: 5 }).total;
      expect(copies).toBeLessThanOrEqual(1);
      const inOrg = copies === 1;
      if (result.status === 'created') expect(inOrg).toBe(true);
      if (result.status === 'failed' || result.status === 'not_sent') expect(inOrg).toBe(false);
    }
    expect(report.results.map((r) => r.index)).toEqual(batch.map((_, i) => i));
  });

  it.each([4, 5, 6])('at 55%% faults a run that fails still reports each user as the org has it (seed %i)', async (seed) => {
    const org = await startOrg({ chaos: { rate: 0.55, seed, kinds: ['429', '503', 'drop', 'truncate'], retryAfterSeconds: 0 } });
    const { client } = testClient(org.url, { token: org.ownerToken, retry: { maxRetries: 1 } });
    const batch = users(200, `heavy${seed}.test`);
    const report = await new UserApi(client).adminBatchCreate(batch, { chunkSize: 10, concurrency: 8 });
    expect(report.ok).toBe(false);
    for (const result of report.results) {
      const copies = org.store.list({ email: result.email }, { count: 5 }).total;
      expect(copies, result.email).toBeLessThanOrEqual(1);
      // created and skipped: in the org; failed and not_sent: not in it; unknown: either, and said so.
      if (result.status === 'created' || result.status === 'skipped') expect(copies, `${result.email} ${result.status}`).toBe(1);
      if (result.status === 'failed' || result.status === 'not_sent') expect(copies, `${result.email} ${result.status}`).toBe(0);
      expect(['created', 'skipped', 'failed', 'not_sent', 'unknown']).toContain(result.status);
    }
    const created = report.results.filter((r) => r.status === 'created').map((r) => r.email);
    expect(report.created.map((u) => u.email).sort()).toEqual(created.sort());
  });
});
