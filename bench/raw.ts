/**
 * The floors: what the same work costs with nothing but fetch, written as a person would write it
 * by hand with the same concurrency the SDK is allowed.
 */
import { authHeaders, type OrgProcess } from './org-process.ts';

export const CHUNK = 100;
export const IN_FLIGHT = 8;
const PAGE = 50;

/** Runs `task` over `items` with `limit` in flight, like a hand-written worker pool. */
export async function pool<T>(items: readonly T[], limit: number, task: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) await task(items[next++]!);
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}

/** Chunks of 100 POSTed 8 at a time. */
export async function rawCreate(org: OrgProcess, users: readonly unknown[]): Promise<void> {
  const chunks = Array.from({ length: Math.ceil(users.length / CHUNK) }, (_, i) => users.slice(i * CHUNK, (i + 1) * CHUNK));
  await pool(chunks, IN_FLIGHT, async (chunk) => {
    const response = await fetch(`${org.url}/api/v2/users/admin_batch_create`, {
      method: 'POST',
      headers: authHeaders(org.ownerToken),
      body: JSON.stringify(chunk),
    });
    if (!response.ok) throw new Error(`raw create failed: ${response.status}`);
    await response.json();
  });
}

/** Every email of the org, page after page (each token comes from the page before). */
export async function rawWalk(
  org: OrgProcess,
  query: Record<string, string> = { collaborator_type: 'all_accounts' },
  max = Infinity,
): Promise<string[]> {
  const emails: string[] = [];
  let token: string | null = null;
  const headers = authHeaders(org.ownerToken);
  do {
    const params = new URLSearchParams({ ...query, count: String(PAGE) });
    if (token) params.set('paging_token', token);
    const response = await fetch(`${org.url}/api/v2/organization_collaborators/?${params}`, { headers });
    const body = (await response.json()) as { results: { email: string }[]; metadata: { next_paging_token: string | null } };
    for (const user of body.results) if (emails.length < max) emails.push(user.email);
    token = emails.length < max ? body.metadata.next_paging_token : null;
  } while (token);
  return emails;
}

/** Exact-email lookups, 8 at a time; the emails found. */
export async function rawLookups(org: OrgProcess, emails: readonly string[]): Promise<string[]> {
  const found: string[] = [];
  const headers = authHeaders(org.ownerToken);
  await pool(emails, IN_FLIGHT, async (email) => {
    const params = new URLSearchParams({ email, collaborator_type: 'all_accounts', count: String(PAGE) });
    const response = await fetch(`${org.url}/api/v2/organization_collaborators/?${params}`, { headers });
    const body = (await response.json()) as { results: { email: string }[] };
    if (body.results.some((user) => user.email === email)) found.push(email);
  });
  return found;
}
