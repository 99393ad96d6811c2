import type { AnyscaleClient, RequestOptions } from '../client.js';
import type { User } from '../models.js';
/** Parallel exact-email lookups: enough to hide latency, few enough not to trip rate limits. */
export declare const DEFAULT_LOOKUP_CONCURRENCY = 8;
export interface ExistingUsersOptions extends RequestOptions {
    /** Lookups in flight at once (default 8). */
    concurrency?: number;
}
/**
 * Which of these emails already belong to the org, keyed by lower-cased email. Takes the quicker
 * of two strategies by estimated wall time (see existence-strategy.ts): exact-email lookups, many
 * at once, or one sequential walk of the whole org. The walk's first page tells the org's size
 * and the round trip; addresses seen on that page need no lookup. A single address skips the
 * walk: its one lookup can never be slower than a page.
 */
export declare function findExistingUsers(client: AnyscaleClient, emails: readonly string[], options?: ExistingUsersOptions): Promise<Map<string, User>>;
