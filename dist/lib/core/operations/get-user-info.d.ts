import type { AnyscaleClient, RequestOptions } from '../client.js';
/** The trailing slash is the path the SDK's generated client uses; the bare path redirects. */
export declare const USERINFO_PATH = "/api/v2/userinfo/";
/** Who a token belongs to, as `GET /api/v2/userinfo/` says; a field the answer lacks is absent. */
export interface UserInfo {
    id?: string;
    email?: string;
    name?: string;
    /** `owner` or `collaborator` (the API may add levels); an owner can create users. */
    organization_permission_level?: string;
    organization_ids?: string[];
}
/** Who the token belongs to: `GET /api/v2/userinfo/`. */
export declare function getUserInfo(client: AnyscaleClient, options?: RequestOptions): Promise<UserInfo>;
/**
 * Whether the token can create users: admin_batch_create is for organization owners. Undefined
 * when the answer does not say the level, so that a caller neither offers nor hides on a guess.
 */
export declare function canCreateUsers(info: UserInfo): boolean | undefined;
