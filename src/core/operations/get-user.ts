import type { AnyscaleClient, RequestOptions } from '../client.ts';
import { AnyscaleError, AnyscaleValidationError } from '../errors.ts';
import type { User } from '../models.ts';
import { DEFAULT_PAGE_SIZE, checkCollaboratorType, fetchUserPage, type UserFilters } from './list-users.ts';

export type GetUserParams = UserFilters;

/**
 * Exact match: email without regard to case (the service stores it lower-cased), name as is.
 * Null means "not given", as None does in the Python SDK.
 */
export function isExactMatch(user: User, params: { email?: string | null | undefined; name?: string | null | undefined }): boolean {
  if (params.email != null && user.email.toLowerCase() !== params.email.toLowerCase()) return false;
  if (params.name != null && user.name !== params.name) return false;
  return true;
}

/**
 * `anyscale.user.get`: one collaborator by exact email or name. It sends count=1 as the SDK does;
 * because the server may match loosely, a first result that is not exact makes it read on through
 * the filtered listing before it says "not found".
 */
export async function getUser(client: AnyscaleClient, params: GetUserParams, options: RequestOptions = {}): Promise<User> {
  if (params.email == null && params.name == null) {
    throw new AnyscaleValidationError([{ field: 'email', message: "Must provide 'email' or 'name'." }]);
  }
  const filters: UserFilters = { ...params, collaborator_type: checkCollaboratorType(params.collaborator_type) };
  let page = await fetchUserPage(client, filters, { count: 1 }, options);
  for (;;) {
    const match = page.items.find((user) => isExactMatch(user, params));
    if (match) return match;
    if (page.items.length === 0 || !page.nextPagingToken) break;
    page = await fetchUserPage(client, filters, { count: DEFAULT_PAGE_SIZE, pagingToken: page.nextPagingToken }, options);
  }
  const target = params.email ?? params.name;
  throw new AnyscaleError('NOT_FOUND', `No user found matching '${target}'.`);
}
