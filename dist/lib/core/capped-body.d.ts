import { AnyscaleError } from './errors.js';
/** 32 MiB: a page of 50 users is a few tens of KB, so this is only reached by a broken or hostile server. */
export declare const DEFAULT_MAX_RESPONSE_BYTES: number;
/**
 * An answer past the size cap, raised before it is held in memory. The request reached the
 * server, which answered, so a create that gets one may have been processed.
 */
export declare class AnyscaleResponseTooLargeError extends AnyscaleError {
    readonly maybeProcessed: boolean;
    constructor(message: string, maybeProcessed: boolean);
}
/**
 * The body as text, read chunk by chunk and given up as soon as it passes `maxBytes`. The chunks
 * are the decoded bytes (fetch undoes gzip, deflate and br as it streams), so a small compressed
 * answer that inflates past the cap, a gzip bomb, stops at the cap too: memory stays near
 * `maxBytes` whatever the server sends. A declared Content-Length past the cap stops it unread.
 */
export declare function readCappedText(response: Response, maxBytes: number, tooLarge: () => Error): Promise<string>;
