import type { AnyscaleClient, RequestOptions } from '../client.js';
import type { User } from '../models.js';
import { type UsersFormat } from '../users-format.js';
export interface ExportOptions extends RequestOptions {
    /** yaml (the Anyscale CLI's `create_users:` file, default), json or csv. */
    format?: UsersFormat;
    /** Export service accounts too (default: user accounts only). */
    include_service_accounts?: boolean;
    /** Called after each page is yielded, with the number of users written so far. */
    onPage?: (progress: {
        exported: number;
    }) => void;
}
/**
 * The list API does not return is_sso_user, lastname or title: is_sso_user is written as false,
 * and lastname and title are left out. Reading the export back plans no change either way,
 * since a plan matches users by email alone.
 */
export declare const EXPORT_HEADER: string;
export declare function csvField(value: string): string;
/**
 * Users as a users file that batch-create reads back, one string per page: memory stays flat
 * with the number of users. `list --format yaml` writes a listing this way.
 */
export declare function usersFileChunks(format: UsersFormat, pages: AsyncIterable<{
    readonly items: readonly User[];
}>, onPage?: ExportOptions['onPage']): AsyncGenerator<string>;
/**
 * The org's accounts as a users file, one string per page: memory stays flat with the org's
 * size. Pipe it to a file with `stream.pipeline(Readable.from(exportUsers(...)), out)`.
 */
export declare function exportUsers(client: AnyscaleClient, options?: ExportOptions): AsyncGenerator<string>;
