import { type ConfigOptions } from './config.js';
import { type Logger } from './logger.js';
import { Redactor } from './redact.js';
import { type RetryPolicy } from './retry.js';
import { type TimeoutPolicy } from './timeouts.js';
export interface AnyscaleClientOptions extends ConfigOptions {
    logger?: Logger;
    /**
     * Per-request timeouts by kind, each covering the answer's body too: reads 30 s, a create
     * 60 s + 1 s a user of its chunk. What is left out comes from ANYSCALE_USERS_READ_TIMEOUT_MS,
     * ANYSCALE_USERS_CREATE_TIMEOUT_MS and ANYSCALE_USERS_CREATE_TIMEOUT_PER_USER_MS in `env`.
     */
    timeouts?: Partial<TimeoutPolicy>;
    /** Largest answer body accepted, counted after decompression; default 32 MiB. */
    maxResponseBytes?: number;
    retry?: Partial<RetryPolicy>;
    /**
     * Injected so that tests run against loopback servers, exactly and without real waits. The
     * default honours HTTPS_PROXY, HTTP_PROXY and NO_PROXY from `env` (see environmentFetch).
     */
    fetch?: typeof globalThis.fetch;
    sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
    now?: () => number;
    random?: () => number;
}
export type QueryValue = string | number | boolean | null | undefined;
export interface RequestOptions {
    signal?: AbortSignal | undefined;
    /** Added to a 403's message: which role the operation needs. */
    forbiddenHint?: string;
    /** False for a read that must answer at once or not at all (a start-up check): no retry. */
    retry?: boolean;
}
export interface CreateRequestOptions extends RequestOptions {
    /** How many users the create holds: its timeout grows with them (see TimeoutPolicy). */
    users: number;
}
/** Counts of what went on the wire, for callers that report or benchmark request use. */
export interface ClientStats {
    requests: number;
    retries: number;
}
/**
 * Speaks the Anyscale REST protocol: bearer auth, JSON, typed errors, and retries for reads.
 * Writes are sent once; deciding whether a failed write may be sent again belongs to the
 * operation that knows how to check what the server did (see adminBatchCreate).
 */
export declare class AnyscaleClient {
    #private;
    readonly host: string;
    readonly logger: Logger;
    readonly redactor: Redactor;
    readonly retryPolicy: RetryPolicy;
    readonly timeouts: TimeoutPolicy;
    readonly maxResponseBytes: number;
    readonly stats: ClientStats;
    readonly sleep: (ms: number, signal?: AbortSignal) => Promise<void>;
    readonly now: () => number;
    readonly random: () => number;
    constructor(options?: AnyscaleClientOptions);
    /** A GET, retried on 429, 502, 503, 504, connection errors and timeouts. */
    get<T>(path: string, query?: Record<string, QueryValue>, options?: RequestOptions): Promise<T>;
    /**
     * A create, sent once; its timeout grows with `options.users`. Failures say whether the
     * server may have processed it.
     */
    post<T>(path: string, body: unknown, options: CreateRequestOptions): Promise<T>;
    /**
     * How long to wait before retrying a read, or undefined to give up. Also used by operations
     * that reconcile writes, so that every wait in the package follows one policy.
     */
    retryDelay(error: unknown, retry: number, started: number): number | undefined;
    private url;
    private send;
    private tooLarge;
    private parseJson;
    private toNetworkError;
}
/** The client that the operations (`listUsers`, `adminBatchCreate`, ...) take; options are defaulted once, here. */
export declare function createClient(options?: AnyscaleClientOptions): AnyscaleClient;
