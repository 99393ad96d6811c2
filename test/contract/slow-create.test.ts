import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Anyscale } from '../../src/core/anyscale.ts';
import type { TimeoutPolicy } from '../../src/core/timeouts.ts';
import { startLocalOrg, type LocalOrg } from '../../src/local/index.ts';

/**
 * The local org's chaos mode holds every answer back (kind `slow`, after the work is done), so
 * each request is slower than a read may take. A create must still be allowed its own time.
 */
const SLOW_MS = 400;
let org: LocalOrg;

beforeAll(async () => {
  org = await startLocalOrg({ chaos: { rate: 1, seed: 1, kinds: ['slow'], slowMs: SLOW_MS } });
});
afterAll(() => org.close());

const people = (prefix: string, n: number) =>
  Array.from({ length: n }, (_, i) => ({ name: `${prefix} ${i}`, email: `${prefix}.${i}@slow.test`, is_sso_user: true }));

function client(timeouts: Partial<TimeoutPolicy>) {
  return new Anyscale({ host: org.url, token: org.ownerToken, env: {}, timeouts, retry: { maxRetries: 0 } });
}

describe('a slow org', () => {
  it('a slow but successful create is reported created, with no lookups to settle it', async () => {
    // Reads would time out (200 ms < 400 ms); the create has 5 s + 10 ms a user.
    const anyscale = client({ readMs: SLOW_MS / 2, createBaseMs: 5_000, createPerUserMs: 10 });
    const report = await anyscale.user.adminBatchCreate(people('patient', 5), { skipExisting: false });
    expect(report.results.map((r) => r.status)).toEqual(Array(5).fill('created'));
    expect(anyscale.client.stats.requests).toBe(1);
  });

  it('the same create under a read-sized timeout is the ambiguous path: landed, yet reported unknown', async () => {
    const anyscale = client({ readMs: SLOW_MS / 2, createBaseMs: SLOW_MS / 2, createPerUserMs: 0 });
    const report = await anyscale.user.adminBatchCreate(people('hasty', 5), { skipExisting: false });
    // The create landed, but its answer came too late; the lookups time out too, so nothing settles it.
    expect(report.results.map((r) => r.status)).toEqual(Array(5).fill('unknown'));
    expect(anyscale.client.stats.requests).toBeGreaterThan(1);
    const stored = org.store.list({ email: 'hasty.0@slow.test' }, { count: 10 }).rows;
    expect(stored.map((row) => row.email)).toEqual(['hasty.0@slow.test']);
  });
});
