import { describe, expect, it } from 'vitest';
import { api, listAll, startOrg, users } from './helpers.ts';

const BATCH = '/api/v2/users/admin_batch_create';

describe('concurrent requests', () => {
  it('20 parallel batch creates with overlapping emails leave each email exactly once', async () => {
    const org = await startOrg();
    // Batch k holds u(3k) … u(3k+9): each batch overlaps the next three.
    const batches = Array.from({ length: 20 }, (_, k) =>
      Array.from({ length: 10 }, (_, j) => ({ name: `u${3 * k + j}`, email: `u${3 * k + j}@overlap.test`, is_sso_user: false })),
    );
    const responses = await Promise.all(batches.map((body) => api(org, BATCH, { body })));
    const statuses = responses.map((r) => r.status);
    expect(statuses.every((s) => s === 201 || s === 409)).toBe(true);
    expect(statuses).toContain(201);
    expect(statuses).toContain(409);

    const listed = (await listAll(org)).map((r) => r.email).filter((e) => e.endsWith('@overlap.test'));
    expect(new Set(listed).size).toBe(listed.length);
    // All or nothing per batch: exactly the emails of the accepted batches exist.
    const accepted = batches.filter((_, k) => statuses[k] === 201).flatMap((b) => b.map((u) => u.email));
    expect(new Set(accepted).size).toBe(accepted.length);
    expect(listed.sort()).toEqual(accepted.sort());
  });

  it('a paging walk sees every pre-existing user exactly once while users are being inserted', async () => {
    const org = await startOrg();
    expect((await api(org, BATCH, { body: users(120, 'before.test') })).status).toBe(201);
    const before = (await listAll(org)).map((r) => r.email);
    expect(before).toHaveLength(124); // 120 and the 4 seeded user accounts

    let walking = true;
    let inserted = 0;
    const inserter = (async () => {
      for (let round = 0; walking; round++) {
        const response = await api(org, BATCH, { body: users(5, 'during.test', `r${round}`) });
        expect(response.status).toBe(201);
        inserted += 5;
      }
    })();

    const seen: string[] = [];
    let token: string | null = null;
    do {
      const query = new URLSearchParams({ count: '7', ...(token ? { paging_token: token } : {}) });
      const page = (await (await api(org, `/api/v2/organization_collaborators/?${query}`)).json()) as {
        results: { email: string }[];
        metadata: { next_paging_token: string | null };
      };
      seen.push(...page.results.map((r) => r.email));
      token = page.metadata.next_paging_token;
    } while (token !== null);
    walking = false;
    await inserter;

    expect(inserted).toBeGreaterThan(0);
    expect(new Set(seen).size).toBe(seen.length);
    const seenSet = new Set(seen);
    expect(before.filter((email) => !seenSet.has(email))).toEqual([]);
  });
});
