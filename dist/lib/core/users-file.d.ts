import { type AdminCreateUser } from './models.js';
export type UsersFormat = 'yaml' | 'json' | 'csv';
export interface UsersDocumentOptions {
    /** Shown in messages (`users.yaml:7: …`); also picks the format by extension. */
    file?: string | undefined;
    format?: UsersFormat | undefined;
}
export declare function formatFromFileName(file: string | undefined): UsersFormat;
/**
 * Reads and validates a users document. Throws an AnyscaleValidationError naming every problem
 * with its file and line; nothing is returned, and so nothing can be sent, unless all are valid.
 */
export declare function parseUsersDocument(text: string, options?: UsersDocumentOptions): AdminCreateUser[];
