import { AnyscaleClient, type AnyscaleClientOptions, type RequestOptions } from './client.ts';
import type { AdminCreateUserInput, User } from './models.ts';
import { adminBatchCreate, type BatchCreateOptions, type BatchCreateReport } from './operations/batch-create.ts';
import { planUsers, type PlanOptions, type UsersPlan } from './operations/plan-users.ts';
import { exportUsers, type ExportOptions } from './operations/export-users.ts';
import { getUser, type GetUserParams } from './operations/get-user.ts';
import { getUserInfo, type UserInfo } from './operations/get-user-info.ts';
import {
  DEFAULT_PAGE_SIZE,
  checkListParams,
  fetchUserPage,
  listUsers,
  type ListUsersParams,
  type UserFilters,
} from './operations/list-users.ts';
import type { Page } from './result-iterator.ts';
import type { ResultIterator } from './result-iterator.ts';

/** One page by paging token, for callers that page on purpose (an MCP tool, a UI). */
export interface ListPageParams extends UserFilters {
  page_size?: number | undefined;
  /** The `nextPagingToken` of the previous page; absent for the first page. */
  paging_token?: string | undefined;
}

/** The user operations, shaped like the Python SDK's `anyscale.user` module. */
export class UserApi {
  readonly #client: AnyscaleClient;

  constructor(client: AnyscaleClient) {
    this.#client = client;
  }

  /** `anyscale.user.admin_batch_create`, with chunking, skip_existing and dry_run. */
  adminBatchCreate(users: readonly AdminCreateUserInput[], options?: BatchCreateOptions): Promise<BatchCreateReport> {
    return adminBatchCreate(this.#client, users, options);
  }

  /** The plan of a users file against the org: to create, present, strays, and a fingerprint. */
  plan(users: readonly AdminCreateUserInput[], options?: PlanOptions): Promise<UsersPlan> {
    return planUsers(this.#client, users, options);
  }

  /** The org's accounts as a users file, streamed one page at a time. */
  export(options?: ExportOptions): AsyncGenerator<string> {
    return exportUsers(this.#client, options);
  }

  /** `anyscale.user.list`: a lazy async iterator of users. */
  list(params?: ListUsersParams, options?: RequestOptions): ResultIterator<User> {
    return listUsers(this.#client, params, options);
  }

  /** `anyscale.user.get`: one user by exact email or name. */
  get(params: GetUserParams, options?: RequestOptions): Promise<User> {
    return getUser(this.#client, params, options);
  }

  listPage(params: ListPageParams = {}, options?: RequestOptions): Promise<Page<User>> {
    checkListParams({ page_size: params.page_size, collaborator_type: params.collaborator_type });
    const { page_size, paging_token, ...filters } = params;
    return fetchUserPage(this.#client, filters, { count: page_size ?? DEFAULT_PAGE_SIZE, pagingToken: paging_token }, options);
  }
}

/**
 * The entry point for scripts: `new Anyscale().user.list()`. Host and token come from the
 * options, then ANYSCALE_HOST / ANYSCALE_CLI_TOKEN, then ~/.anyscale/credentials.json.
 */
export class Anyscale {
  readonly client: AnyscaleClient;
  readonly user: UserApi;

  constructor(options: AnyscaleClientOptions = {}) {
    this.client = new AnyscaleClient(options);
    this.user = new UserApi(this.client);
  }

  /** Who the token belongs to, its org and its level there (`GET /api/v2/userinfo/`). */
  getUserInfo(options?: RequestOptions): Promise<UserInfo> {
    return getUserInfo(this.client, options);
  }
}
