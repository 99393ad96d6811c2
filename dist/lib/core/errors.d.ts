/**
 * Every failure that core reports is an AnyscaleError with a stable `code`, so that adapters and
 * scripts branch on the code rather than on message text. Messages say what to do next and never
 * contain a token or a password (callers pass them through a Redactor before they get here).
 */
export type ErrorCode = 'VALIDATION' | 'CONFIG' | 'AUTH' | 'FORBIDDEN' | 'NOT_FOUND' | 'CONFLICT' | 'RATE_LIMITED' | 'SERVER' | 'UNSUPPORTED' | 'NETWORK' | 'TIMEOUT' | 'ABORTED' | 'BAD_RESPONSE' | 'REDIRECT' | 'TOO_LARGE' | 'PLAN_CHANGED';
export declare class AnyscaleError extends Error {
    readonly code: ErrorCode;
    constructor(code: ErrorCode, message: string, options?: {
        cause?: unknown;
    });
}
/**
 * One problem with one field of one input item. `index` is absent for problems with the call
 * itself. `message` names the field, so it reads on its own after a position.
 */
export interface ValidationIssue {
    index?: number;
    field: string;
    message: string;
    /** The file the item came from, when it came from one. */
    file?: string;
    /** 1-based line in the source file, when the item came from a file whose positions are known. */
    line?: number;
}
/** `users.yaml:7: unknown field …` for items from a file, `users[2]: "email" …` otherwise. */
export declare function describeIssue(issue: ValidationIssue): string;
export declare class AnyscaleValidationError extends AnyscaleError {
    readonly issues: readonly ValidationIssue[];
    constructor(issues: readonly ValidationIssue[]);
}
/** An HTTP answer outside 2xx from the Anyscale API. */
export declare class AnyscaleApiError extends AnyscaleError {
    readonly status: number;
    readonly traceId: string | undefined;
    /** The server's `error.detail`, redacted; a string or the 422 list. */
    readonly detail: unknown;
    /** How long the server asked to wait (Retry-After), when it said. */
    readonly retryAfterMs: number | undefined;
    constructor(code: ErrorCode, message: string, info: {
        status: number;
        traceId?: string | undefined;
        detail?: unknown;
        retryAfterMs?: number | undefined;
    });
}
/**
 * A 3xx answer. Redirects are never followed: a followed 307 or 308 would send the request again,
 * body (passwords) and token included, to wherever the server pointed. Nothing went there.
 */
export declare class AnyscaleRedirectError extends AnyscaleApiError {
    /** Where the server pointed, resolved against the request's URL; absent without a Location. */
    readonly location: string | undefined;
    constructor(message: string, info: {
        status: number;
        traceId?: string | undefined;
        location: string | undefined;
    });
}
export declare function isAnyscaleError(error: unknown): error is AnyscaleError;
/**
 * No HTTP answer: the connection failed, was cut, or timed out. `maybeProcessed` says whether the
 * server may have acted on the request anyway (the body was sent before things went wrong),
 * which is what decides whether a non-idempotent call needs reconciling before it is sent again.
 */
export declare class AnyscaleNetworkError extends AnyscaleError {
    readonly maybeProcessed: boolean;
    constructor(code: 'NETWORK' | 'TIMEOUT', message: string, maybeProcessed: boolean, options?: {
        cause?: unknown;
    });
}
