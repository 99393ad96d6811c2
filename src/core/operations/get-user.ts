import type { AnyscaleClient, RequestOptions } from '../client.ts';
import { AnyscaleError, AnyscaleValidationError } from '../errors.ts';
import type { User } from '../models.ts';
import { followPages } from '../paging.ts';
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
  const target = params.email ?? params.name;
  // The first page asks for one user, as the SDK does; only a loose match reads on in full pages.
  const pages = followPages(
    (pagingToken) => fetchUserPage(client, filters, { count: pagingToken === undefined ? 1 : DEFAULT_PAGE_SIZE, pagingToken }, options),
    `lookup of '${target}'`,
  );
  for await (const page of pages) {
    const match = page.items.find((user) => isExactMatch(user, params));
    if (match) return match;
  }
  throw new AnyscaleError('NOT_FOUND', `No user found matching '${target}'.`);
}
