import type { AnyscaleClient, RequestOptions } from '../client.js';
import type { User } from '../models.js';
/**
 * Which of these emails already belong to the org, keyed by lower-cased email. Costs the fewest
 * requests of two strategies: one exact-email lookup per address, or one walk of the whole org.
 * The walk's first page tells the org's size, which decides between them; addresses seen on that
 * page need no lookup, so the choice never costs more than one request over the cheaper strategy,
 * and a single address skips the walk: there the lookup is always the cheaper one.
 */
export declare function findExistingUsers(client: AnyscaleClient, emails: readonly string[], options?: RequestOptions): Promise<Map<string, User>>;
