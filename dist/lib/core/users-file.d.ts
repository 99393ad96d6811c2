import { type AdminCreateUser } from './models.js';
import { type UsersFormat } from './users-format.js';
export type { UsersFormat } from './users-format.js';
/** 32 MiB: about 300,000 users in YAML, three times the largest batch the bench measures. */
export declare const MAX_USERS_FILE_BYTES: number;
/** The most users one file may hold. */
export declare const MAX_USERS_IN_FILE = 100000;
export interface UsersFileLimits {
    /** Largest file, in bytes (default MAX_USERS_FILE_BYTES; ANYSCALE_USERS_FILE_MAX_BYTES in the CLI and the action). */
    maxBytes?: number | undefined;
    /** Most users (default MAX_USERS_IN_FILE; ANYSCALE_USERS_FILE_MAX_USERS in the CLI and the action). */
    maxUsers?: number | undefined;
}
export interface UsersDocumentOptions extends UsersFileLimits {
    /** Shown in messages (`users.yaml:7: …`); also picks the format by extension. */
    file?: string | undefined;
    format?: UsersFormat | undefined;
}
/** The limits from ANYSCALE_USERS_FILE_MAX_BYTES and ANYSCALE_USERS_FILE_MAX_USERS; a bad value is a CONFIG error. */
export declare function usersFileLimitsFromEnv(env: Record<string, string | undefined>): UsersFileLimits;
/** Refuses a file over the size limit before it is read: call it with the file's size from stat. */
export declare function checkUsersFileSize(bytes: number, options?: UsersDocumentOptions): void;
/**
 * Reads and validates a users document. Throws an AnyscaleValidationError naming every problem
 * with its file and line; nothing is returned, and so nothing can be sent, unless all are valid.
 */
export declare function parseUsersDocument(text: string, options?: UsersDocumentOptions): AdminCreateUser[];
/**
 * parseUsersDocument in slices of ITEMS_PER_SLICE users, with a pause for the event loop between
 * them: a large file does not hold up signal handlers, and an aborted `signal` stops the read
 * with an ABORTED error.
 */
export declare function parseUsersDocumentAsync(text: string, options?: UsersDocumentOptions & {
    signal?: AbortSignal | undefined;
}): Promise<AdminCreateUser[]>;
/**
 * A users file from disk, as every adapter reads one: the limits from ANYSCALE_USERS_FILE_MAX_BYTES
 * and ANYSCALE_USERS_FILE_MAX_USERS in `env`, the size refused before the file is read, then
 * parseUsersDocumentAsync, which a `signal` stops. A file-system error (no such file, a folder) is
 * thrown as it is, for the adapter to word for its own flag or input.
 */
export declare function readUsersFile(path: string, options?: UsersDocumentOptions & {
    signal?: AbortSignal | undefined;
    env?: Record<string, string | undefined>;
}): Promise<AdminCreateUser[]>;
