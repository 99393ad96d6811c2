import type { AnyscaleClient, RequestOptions } from '../client.js';
/** The trailing slash is the path the SDK's generated client uses; the bare path redirects. */
export declare const USERINFO_PATH = "/api/v2/userinfo/";
export interface UserInfo {
    id?: string;
    email?: string;
    name?: string;
}
/** Who the token belongs to: `GET /api/v2/userinfo/`. */
export declare function getUserInfo(client: AnyscaleClient, options?: RequestOptions): Promise<UserInfo>;
