import { HttpError, type ValidationDetail } from './http.ts';
import type { CollaboratorFilters, CollaboratorType } from './store.ts';

/** Both the default and the largest `count`, matching the SDK's own page size and limit. */
export const MAX_PAGE_SIZE = 50;

const COLLABORATOR_TYPES: readonly CollaboratorType[] = ['all_accounts', 'only_service_accounts', 'only_user_accounts'];
const COLLABORATOR_TYPE_MSG = "Input should be 'all_accounts', 'only_service_accounts' or 'only_user_accounts'";

// The strings pydantic accepts for a boolean query parameter (compared lower-cased).
const TRUE_WORDS = new Set(['1', 'true', 't', 'yes', 'y', 'on']);
const FALSE_WORDS = new Set(['0', 'false', 'f', 'no', 'n', 'off']);

export interface ListQuery {
  filters: CollaboratorFilters;
  count: number;
  pagingToken: string | undefined;
}

/**
 * The query of `GET /api/v2/organization_collaborators/`, validated the way FastAPI would: every
 * problem is reported at once as a 422 detail list, and unknown parameters are ignored.
 *
 * With neither `collaborator_type` nor `is_service_account` given, only user accounts are listed,
 * as the real API does; `collaborator_type=all_accounts` lists both.
 */
export function parseListQuery(params: URLSearchParams): ListQuery {
  const issues: ValidationDetail[] = [];
  const filters: CollaboratorFilters = {};

  const email = lastValue(params, 'email');
  if (email !== undefined) filters.email = email;
  const name = lastValue(params, 'name');
  if (name !== undefined) filters.name = name;

  const collaboratorType = lastValue(params, 'collaborator_type');
  if (collaboratorType !== undefined) {
    if (isCollaboratorType(collaboratorType)) filters.collaboratorType = collaboratorType;
    else issues.push({ loc: ['query', 'collaborator_type'], msg: COLLABORATOR_TYPE_MSG, type: 'enum' });
  }

  const isServiceAccount = lastValue(params, 'is_service_account');
  if (isServiceAccount !== undefined) {
    const word = isServiceAccount.trim().toLowerCase();
    if (TRUE_WORDS.has(word) || FALSE_WORDS.has(word)) filters.isServiceAccount = TRUE_WORDS.has(word);
    else
      issues.push({
        loc: ['query', 'is_service_account'],
        msg: 'Input should be a valid boolean, unable to interpret input',
        type: 'bool_parsing',
      });
  }

  // The real API's default: with neither account filter given, user accounts only.
  if (collaboratorType === undefined && isServiceAccount === undefined) filters.collaboratorType = 'only_user_accounts';

  const count = parseCount(lastValue(params, 'count'), issues);

  if (issues.length > 0) throw new HttpError(422, issues);
  // `paging_token=` (empty) is what the Python SDK would send after a page whose token was '';
  // like a backend that tests the token for truthiness, treat it as the first page.
  return { filters, count, pagingToken: lastValue(params, 'paging_token') || undefined };
}

function parseCount(raw: string | undefined, issues: ValidationDetail[]): number {
  if (raw === undefined) return MAX_PAGE_SIZE;
  const loc = ['query', 'count'];
  if (!/^\s*[+-]?\d+\s*$/.test(raw)) {
    const msg = 'Input should be a valid integer, unable to parse string as an integer';
    issues.push({ loc, msg, type: 'int_parsing' });
    return MAX_PAGE_SIZE;
  }
  const count = Number(raw);
  if (count < 1) issues.push({ loc, msg: 'Input should be greater than or equal to 1', type: 'greater_than_equal' });
  if (count > MAX_PAGE_SIZE) issues.push({ loc, msg: `Input should be less than or equal to ${MAX_PAGE_SIZE}`, type: 'less_than_equal' });
  return count;
}

/** FastAPI binds the last occurrence of a repeated scalar query parameter. */
function lastValue(params: URLSearchParams, name: string): string | undefined {
  return params.getAll(name).at(-1);
}

function isCollaboratorType(value: string): value is CollaboratorType {
  return (COLLABORATOR_TYPES as readonly string[]).includes(value);
}
