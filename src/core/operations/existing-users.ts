import type { AnyscaleClient, RequestOptions } from '../client.ts';
import { mapConcurrent } from '../concurrency.ts';
import { chooseExistenceStrategy } from '../existence-strategy.ts';
import type { User } from '../models.ts';
import { followPages } from '../paging.ts';
import { isExactMatch } from './get-user.ts';
import { DEFAULT_PAGE_SIZE, fetchUserPage, listUsers } from './list-users.ts';

/** Parallel exact-email lookups: enough to hide latency, few enough not to trip rate limits. */
export const DEFAULT_LOOKUP_CONCURRENCY = 8;

export interface ExistingUsersOptions extends RequestOptions {
  /** Lookups in flight at once (default 8). */
  concurrency?: number;
}

async function lookupEmail(client: AnyscaleClient, email: string, options: RequestOptions): Promise<User | undefined> {
  const filters = { email, collaborator_type: 'all_accounts' as const };
  const pages = followPages(
    (pagingToken) => fetchUserPage(client, filters, { count: DEFAULT_PAGE_SIZE, pagingToken }, options),
    `lookup of ${email}`,
  );
  for await (const page of pages) {
    const match = page.items.find((user) => isExactMatch(user, { email }));
    if (match) return match;
  }
  return undefined;
}

/**
 * Which of these emails already belong to the org, keyed by lower-cased email. Takes the quicker
 * of two strategies by estimated wall time (see existence-strategy.ts): exact-email lookups, many
 * at once, or one sequential walk of the whole org. The walk's first page tells the org's size
 * and the round trip; addresses seen on that page need no lookup. A single address skips the
 * walk: its one lookup can never be slower than a page.
 */
export async function findExistingUsers(
  client: AnyscaleClient,
  emails: readonly string[],
  options: ExistingUsersOptions = {},
): Promise<Map<string, User>> {
  const concurrency = options.concurrency ?? DEFAULT_LOOKUP_CONCURRENCY;
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
    const lookedUp = await mapConcurrent([...missing], concurrency, (email) => lookupEmail(client, email, options));
    collect(lookedUp.filter((user): user is User => user !== undefined));
    return found;
  };

  // One address: its lookup is one request, and a walk can never cost less.
  if (missing.size === 1) return lookUpAll();

  const walk = listUsers(client, { collaborator_type: 'all_accounts', page_size: DEFAULT_PAGE_SIZE }, options).pages();
  const firstStarted = client.now();
  const first = await walk.next();
  const roundTripMs = client.now() - firstStarted;
  if (first.done) return found;
  collect(first.value.items);
  if (!first.value.nextPagingToken || missing.size === 0) {
    await walk.return(undefined);
    return found;
  }
  const choice = chooseExistenceStrategy({
    emails: missing.size,
    orgTotal: first.value.total,
    pageSize: DEFAULT_PAGE_SIZE,
    pagesRead: 1,
    inFlight: concurrency,
    roundTripMs,
  });
  client.logger.debug(
    `existence check of ${missing.size} emails: ${choice.strategy} (walk ~${choice.walkMs} ms, lookups ~${choice.lookupsMs} ms)`,
  );
  if (choice.strategy === 'walk') {
    for await (const page of walk) {
      collect(page.items);
      if (missing.size === 0) break;
    }
    return found;
  }
  await walk.return(undefined);
  return lookUpAll();
}
