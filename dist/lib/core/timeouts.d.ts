/**
 * How long one request may take, by kind. A read is one page and should be quick; a create
 * makes every user of its chunk on the server, so its time grows with the chunk, and a create
 * that times out is the ambiguous case (it may still land) that costs lookups to settle.
 *
 * A create of n users may take `createBaseMs + n × createPerUserMs`: 60 s + 1 s a user by
 * default, so 160 s for a chunk of 100.
 */
export interface TimeoutPolicy {
    /** Each GET: a page of a listing, a lookup, the user info. */
    readMs: number;
    /** The part of a create's timeout that does not depend on its size. */
    createBaseMs: number;
    /** Added to a create's timeout for each user in its chunk. */
    createPerUserMs: number;
}
export declare const DEFAULT_TIMEOUTS: TimeoutPolicy;
/** Where each timeout is read from the environment, when the options leave it out. */
export declare const TIMEOUT_ENV: Readonly<Record<keyof TimeoutPolicy, string>>;
/** Each timeout from the options, else the environment, else the default. */
export declare function resolveTimeouts(options?: Partial<TimeoutPolicy>, env?: Record<string, string | undefined>): TimeoutPolicy;
/** The timeout of a create of `users` users. */
export declare function createTimeoutMs(policy: TimeoutPolicy, users: number): number;
