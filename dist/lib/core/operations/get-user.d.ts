import type { AnyscaleClient, RequestOptions } from '../client.js';
import type { User } from '../models.js';
import { type UserFilters } from './list-users.js';
export type GetUserParams = UserFilters;
/**
 * Exact match: email without regard to case (the service stores it lower-cased), name as is.
 * Null means "not given", as None does in the Python SDK.
 */
export declare function isExactMatch(user: User, params: {
    email?: string | null | undefined;
    name?: string | null | undefined;
}): boolean;
/**
 * `anyscale.user.get`: one collaborator by exact email or name. It sends count=1 as the SDK does;
 * because the server may match loosely, a first result that is not exact makes it read on through
 * the filtered listing before it says "not found".
 */
export declare function getUser(client: AnyscaleClient, params: GetUserParams, options?: RequestOptions): Promise<User>;
