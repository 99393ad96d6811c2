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
});
