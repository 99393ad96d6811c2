/**
 * Backoff for idempotent reads: exponential with full jitter (each wait is drawn uniformly from
 * zero to the exponential cap), bounded by a retry count and a total deadline. Written here
 * rather than taken from a retry library because it must use the client's injected clock, sleep
 * and random source (tests run it exactly and instantly) and must honour Retry-After.
 */
export interface RetryPolicy {
    /** Retries after the first attempt. */
    maxRetries: number;
    baseDelayMs: number;
    maxDelayMs: number;
    /** Give up when the next wait would end later than this long after the first attempt. */
    deadlineMs: number;
}
export declare const DEFAULT_RETRY_POLICY: RetryPolicy;
/**
 * The policy with each option the caller left out, or set to `undefined`, taken from the default.
 * A spread would copy an explicit `undefined` over the default, and `retry >= undefined` never
 * holds, so `{ maxRetries: undefined }` would remove the cap.
 */
export declare function resolveRetryPolicy(options?: Partial<RetryPolicy>): RetryPolicy;
export declare const RETRYABLE_STATUSES: ReadonlySet<number>;
/** The wait before retry number `retry` (0-based): full jitter, unless the server named one. */
export declare function backoffDelay(policy: RetryPolicy, retry: number, random: () => number, retryAfterMs?: number): number;
/** Retry-After is either delta-seconds or an HTTP date. Returns milliseconds, or undefined. */
export declare function parseRetryAfter(value: string | null, now: number): number | undefined;
export declare function sleep(ms: number, signal?: AbortSignal): Promise<void>;
