import type { AnyscaleClient, RequestOptions } from '../client.ts';
import { AnyscaleError, AnyscaleValidationError } from '../errors.ts';
import { parseUser, type User } from '../models.ts';
import { ResultIterator, type Page } from '../result-iterator.ts';

export const COLLABORATORS_PATH = '/api/v2/organization_collaborators/';
/** The SDK's LIST_ENDPOINT_COUNT: the page size it sends when none is given, and the maximum. */
export const DEFAULT_PAGE_SIZE = 50;
export const MAX_PAGE_SIZE = 50;

export const COLLABORATOR_TYPES = ['all_accounts', 'only_service_accounts', 'only_user_accounts'] as const;
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

interface CollaboratorListResponse {
  results?: unknown;
  metadata?: { total?: unknown; next_paging_token?: unknown } | null;
}

export function checkCollaboratorType(value: string | null | undefined): CollaboratorType | undefined {
  if (value == null) return undefined;
  const lower = value.toLowerCase();
  if ((COLLABORATOR_TYPES as readonly string[]).includes(lower)) return lower as CollaboratorType;
  throw argumentError('collaborator_type', `'collaborator_type' must be one of ${COLLABORATOR_TYPES.join(', ')}; got "${value}".`);
}

function argumentError(field: string, message: string): AnyscaleValidationError {
  return new AnyscaleValidationError([{ field, message }]);
}

/** The Python SDK's argument checks, with its messages. */
export function checkListParams(params: ListUsersParams): void {
  if (params.max_items != null && !(Number.isInteger(params.max_items) && params.max_items > 0)) {
    throw argumentError('max_items', "'max_items' must be greater than 0.");
  }
  if (params.page_size != null && !(Number.isInteger(params.page_size) && params.page_size >= 1 && params.page_size <= MAX_PAGE_SIZE)) {
    throw argumentError('page_size', `'page_size' must be between 1 and ${MAX_PAGE_SIZE}, inclusive.`);
  }
  checkCollaboratorType(params.collaborator_type);
}

function parsePage(body: CollaboratorListResponse): Page<User> {
  if (!body || !Array.isArray(body.results)) {
    throw new AnyscaleError('BAD_RESPONSE', 'Anyscale answered the user listing without a "results" list.');
  }
  const items = body.results.map((raw, index) => {
    const parsed = parseUser(raw);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      throw new AnyscaleError(
        'BAD_RESPONSE',
        `Anyscale sent a user that could not be read (results[${index}].${issue.path.join('.')}: ${issue.message}).`,
      );
    }
    return parsed.data;
  });
  const token = body.metadata?.next_paging_token;
  const total = body.metadata?.total;
  return {
    items,
    nextPagingToken: typeof token === 'string' ? token : null,
    total: typeof total === 'number' ? total : undefined,
  };
}

/** One page of collaborators: what every listing in this package is built from. */
export async function fetchUserPage(
  client: AnyscaleClient,
  filters: UserFilters,
  page: { count: number; pagingToken?: string | undefined },
  options: RequestOptions = {},
): Promise<Page<User>> {
  const body = await client.get<CollaboratorListResponse>(
    COLLABORATORS_PATH,
    {
      email: filters.email,
      name: filters.name,
      collaborator_type: filters.collaborator_type,
      is_service_account: filters.is_service_account,
      count: page.count,
      paging_token: page.pagingToken,
    },
    options,
  );
  return parsePage(body);
}

/** `anyscale.user.list`: a lazy iterator over the org's collaborators. */
export function listUsers(client: AnyscaleClient, params: ListUsersParams = {}, options: RequestOptions = {}): ResultIterator<User> {
  checkListParams(params);
  const filters: UserFilters = { ...params, collaborator_type: checkCollaboratorType(params.collaborator_type) };
  const count = params.page_size ?? DEFAULT_PAGE_SIZE;
  return new ResultIterator(
    (pagingToken) => fetchUserPage(client, filters, { count, pagingToken }, options),
    params.max_items ?? undefined,
    'user listing',
  );
}
