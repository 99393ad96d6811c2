import type { AnyscaleClient, RequestOptions } from '../client.js';
import { type User } from '../models.js';
import { ResultIterator, type Page } from '../result-iterator.js';
export declare const COLLABORATORS_PATH = "/api/v2/organization_collaborators/";
/** The SDK's LIST_ENDPOINT_COUNT: the page size it sends when none is given, and the maximum. */
export declare const DEFAULT_PAGE_SIZE = 50;
export declare const MAX_PAGE_SIZE = 50;
export declare const COLLABORATOR_TYPES: readonly ['all_accounts', 'only_service_accounts', 'only_user_accounts'];
export type CollaboratorType = (typeof COLLABORATOR_TYPES)[number];
export interface UserFilters {
    /** Exact email; the server may match loosely, so `get` re-checks. Null, as None in the SDK, means not given. */
    email?: string | null | undefined;
    /** Exact display name. */
    name?: string | null | undefined;
    collaborator_type?: CollaboratorType | null | undefined;
    is_service_account?: boolean | null | undefined;
}
export interface ListUsersParams extends UserFilters {
    /** Stop after this many users (default: all). */
    max_items?: number | null | undefined;
    /** Users per request, 1 to 50 (default 50). */
    page_size?: number | null | undefined;
}
export declare function checkCollaboratorType(value: string | null | undefined): CollaboratorType | undefined;
/** The Python SDK's argument checks, with its messages. */
export declare function checkListParams(params: ListUsersParams): void;
/** One page of collaborators: what every listing in this package is built from. */
export declare function fetchUserPage(client: AnyscaleClient, filters: UserFilters, page: {
    count: number;
    pagingToken?: string | undefined;
}, options?: RequestOptions): Promise<Page<User>>;
/** `anyscale.user.list`: a lazy iterator over the org's collaborators. */
export declare function listUsers(client: AnyscaleClient, params?: ListUsersParams, options?: RequestOptions): ResultIterator<User>;
