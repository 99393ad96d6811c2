import type { AnyscaleClient, RequestOptions } from '../client.ts';

/** The trailing slash is the path the SDK's generated client uses; the bare path redirects. */
export const USERINFO_PATH = '/api/v2/userinfo/';

/** Who a token belongs to, as `GET /api/v2/userinfo/` says; a field the answer lacks is absent. */
export interface UserInfo {
  id?: string;
  email?: string;
  name?: string;
  /** `owner` or `collaborator` (the API may add levels); an owner can create users. */
  organization_permission_level?: string;
  organization_ids?: string[];
}

const STRING_FIELDS = ['id', 'email', 'name', 'organization_permission_level'] as const;

/** Who the token belongs to: `GET /api/v2/userinfo/`. */
export async function getUserInfo(client: AnyscaleClient, options: RequestOptions = {}): Promise<UserInfo> {
  const body = await client.get<{ result?: Record<string, unknown> }>(USERINFO_PATH, {}, options);
  const result = body?.result ?? {};
  const info: UserInfo = {};
  for (const key of STRING_FIELDS) if (typeof result[key] === 'string') info[key] = result[key];
  const orgs = result.organization_ids;
  if (Array.isArray(orgs) && orgs.every((id) => typeof id === 'string')) info.organization_ids = orgs;
  return info;
}

/**
 * Whether the token can create users: admin_batch_create is for organization owners. Undefined
 * when the answer does not say the level, so that a caller neither offers nor hides on a guess.
 */
export function canCreateUsers(info: UserInfo): boolean | undefined {
  if (info.organization_permission_level === undefined) return undefined;
  return info.organization_permission_level.toLowerCase() === 'owner';
}
