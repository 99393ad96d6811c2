import { AnyscaleClient, type AnyscaleClientOptions, type RequestOptions } from './client.js';
import type { AdminCreateUserInput, User } from './models.js';
import { type BatchCreateOptions, type BatchCreateReport } from './operations/batch-create.js';
import { type PlanOptions, type UsersPlan } from './operations/plan-users.js';
import { type ExportOptions } from './operations/export-users.js';
import { type GetUserParams } from './operations/get-user.js';
import { type UserInfo } from './operations/get-user-info.js';
import { type ListUsersParams, type UserFilters } from './operations/list-users.js';
import type { Page } from './result-iterator.js';
import type { ResultIterator } from './result-iterator.js';
/** One page by paging token, for callers that page on purpose (an MCP tool, a UI). */
export interface ListPageParams extends UserFilters {
    page_size?: number | undefined;
    /** The `nextPagingToken` of the previous page; absent for the first page. */
    paging_token?: string | undefined;
}
/** The user operations, shaped like the Python SDK's `anyscale.user` module. */
export declare class UserApi {
    #private;
    constructor(client: AnyscaleClient);
    /** `anyscale.user.admin_batch_create`, with chunking, skip_existing and dry_run. */
    adminBatchCreate(users: readonly AdminCreateUserInput[], options?: BatchCreateOptions): Promise<BatchCreateReport>;
    /** The plan of a users file against the org: to create, present, strays, and a fingerprint. */
    plan(users: readonly AdminCreateUserInput[], options?: PlanOptions): Promise<UsersPlan>;
    /** The org's accounts as a users file, streamed one page at a time. */
    export(options?: ExportOptions): AsyncGenerator<string>;
    /** `anyscale.user.list`: a lazy async iterator of users. */
    list(params?: ListUsersParams, options?: RequestOptions): ResultIterator<User>;
    /** `anyscale.user.get`: one user by exact email or name. */
    get(params: GetUserParams, options?: RequestOptions): Promise<User>;
    listPage(params?: ListPageParams, options?: RequestOptions): Promise<Page<User>>;
}
/**
 * The entry point for scripts: `new Anyscale().user.list()`. Host and token come from the
 * options, then ANYSCALE_HOST / ANYSCALE_CLI_TOKEN, then ~/.anyscale/credentials.json.
 */
export declare class Anyscale {
    readonly client: AnyscaleClient;
    readonly user: UserApi;
    constructor(options?: AnyscaleClientOptions);
    /** Who the token belongs to, its org and its level there (`GET /api/v2/userinfo/`). */
    getUserInfo(options?: RequestOptions): Promise<UserInfo>;
}
