import type { AnyscaleClient, RequestOptions } from '../client.ts';

/** The trailing slash is the path the SDK's generated client uses; the bare path redirects. */
export const USERINFO_PATH = '/api/v2/userinfo/';

export interface UserInfo {
  id?: string;
  email?: string;
  name?: string;
}

/** Who the token belongs to: `GET /api/v2/userinfo/`. */
export async function getUserInfo(client: AnyscaleClient, options: RequestOptions = {}): Promise<UserInfo> {
  const body = await client.get<{ result?: Record<string, unknown> }>(USERINFO_PATH, {}, options);
  const result = body?.result ?? {};
  const info: UserInfo = {};
  for (const key of ['id', 'email', 'name'] as const) if (typeof result[key] === 'string') info[key] = result[key];
  return info;
}
