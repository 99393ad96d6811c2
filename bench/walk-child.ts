/**
 * One walk of the org in a fresh process, so that its peak RSS is its own:
 *   node bench/walk-child.ts sdk|raw URL TOKEN MAX_USERS
 * Prints `{"ms":…,"users":…,"maxRssKb":…}`. The token arrives through the environment.
 */
import { Anyscale } from '../src/core/anyscale.ts';
import { authHeaders } from './org-process.ts';

const [mode, url, maxArg] = process.argv.slice(2);
const token = process.env.BENCH_TOKEN!;
const max = Number(maxArg);

async function walkWithSdk(): Promise<number> {
  const anyscale = new Anyscale({ host: url, token, env: {} });
  let users = 0;
  for await (const user of anyscale.user.list({ page_size: 50, max_items: max })) {
    if (user.email) users++;
  }
  return users;
}

/** The floor: the same pages with nothing but fetch and JSON.parse. */
async function walkRaw(): Promise<number> {
  let users = 0;
  let token_: string | null = null;
  const headers = authHeaders(token);
  do {
    const query = new URLSearchParams({ count: '50' });
    if (token_) query.set('paging_token', token_);
    const response = await fetch(`${url}/api/v2/organization_collaborators/?${query}`, { headers });
    const body = (await response.json()) as { results: { email: string }[]; metadata: { next_paging_token: string | null } };
    for (const user of body.results) {
      if (users >= max) break;
      if (user.email) users++;
    }
    token_ = users < max ? body.metadata.next_paging_token : null;
  } while (token_);
  return users;
}

const started = performance.now();
const users = mode === 'raw' ? await walkRaw() : await walkWithSdk();
const ms = performance.now() - started;
process.stdout.write(`${JSON.stringify({ ms, users, maxRssKb: process.resourceUsage().maxRSS })}\n`);
