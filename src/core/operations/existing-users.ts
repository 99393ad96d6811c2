import type { AnyscaleClient, RequestOptions } from '../client.ts';
import { mapConcurrent } from '../concurrency.ts';
import type { User } from '../models.ts';
import { isExactMatch } from './get-user.ts';
import { DEFAULT_PAGE_SIZE, fetchUserPage, listUsers } from './list-users.ts';

/** Parallel exact-email lookups: enough to hide latency, few enough not to trip rate limits. */
const LOOKUP_CONCURRENCY = 8;

async function lookupEmail(client: AnyscaleClient, email: string, options: RequestOptions): Promise<User | undefined> {
  const filters = { email, collaborator_type: 'all_accounts' as const };
  let pagingToken: string | undefined;
  for (;;) {
    const page = await fetchUserPage(client, filters, { count: DEFAULT_PAGE_SIZE, pagingToken }, options);
    const match = page.items.find((user) => isExactMatch(user, { email }));
    if (match || page.items.length === 0 || !page.nextPagingToken) return match;
    pagingToken = page.nextPagingToken;
  }
}

/**
 * Which of these emails already belong to the org, keyed by lower-cased email. Costs the fewest
 * requests of two strategies: one exact-email lookup per address, or one walk of the whole org.
 * The walk's first page tells the org's size, which decides between them; addresses seen on that
 * page need no lookup, so the choice never costs more than one request over the cheaper strategy,
 * and a single address skips the walk: there the lookup is always the cheaper one.
 */
export async function findExistingUsers(
  client: AnyscaleClient,
  emails: readonly string[],
  options: RequestOptions = {},
): Promise<Map<string, User>> {
  const missing = new Set(emails.map((email) => email.toLowerCase()));
  const found = new Map<string, User>();
  if (missing.size === 0) return found;
  const collect = (users: User[]) => {
    for (const user of users) {
      const key = user.email.toLowerCase();
      if (missing.delete(key)) found.set(key, user);
    }
  };
  const lookUpAll = async () => {
    const lookedUp = await mapConcurrent([...missing], LOOKUP_CONCURRENCY, (email) => lookupEmail(client, email, options));
    collect(lookedUp.filter((user): user is User => user !== undefined));
    return found;
  };

  // One address: its lookup is one request, and a walk can never cost less.
  if (missing.size === 1) return lookUpAll();

  const walk = listUsers(client, { collaborator_type: 'all_accounts', page_size: DEFAULT_PAGE_SIZE }, options).pages();
  const first = await walk.next();
  if (first.done) return found;
  collect(first.value.items);
  if (!first.value.nextPagingToken || missing.size === 0) {
    await walk.return(undefined);
    return found;
  }
  const total = first.value.total;
  const pagesLeft = total === undefined ? Number.POSITIVE_INFINITY : Math.ceil(total / DEFAULT_PAGE_SIZE) - 1;
  if (pagesLeft <= missing.size) {
    for await (const page of walk) {
      collect(page.items);
      if (missing.size === 0) break;
    }
    return found;
  }
  await walk.return(undefined);
  return lookUpAll();
}
