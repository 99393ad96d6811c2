import { AnyscaleApiError, AnyscaleRedirectError } from './errors.js';
import type { Redactor } from './redact.js';
/** What a request was, for messages that tell the user what to do next. */
export interface ErrorContext {
    host: string;
    method: string;
    path: string;
    /** Extra advice for a 403, e.g. which role the operation needs. */
    forbiddenHint?: string | undefined;
    retryAfterMs?: number | undefined;
}
/**
 * A 422 detail list becomes one readable line of problems, e.g.
 * `query.count: Input should be less than or equal to 50; body[0].email: Field required`.
 */
export declare function formatDetail(detail: unknown): string | undefined;
/** Past this, a server's detail is cut: a 100 KB detail would otherwise become a 100 KB error line. */
export declare const MAX_DETAIL_CHARS = 1000;
/**
 * A server's detail as it stands inside one of our sentences: cut to MAX_DETAIL_CHARS with the
 * full length noted, and without its own closing period, which our sentence supplies.
 */
export declare function detailInSentence(said: string): string;
/** Turns a non-2xx answer into a typed error whose message says what to do next. */
export declare function errorFromResponse(status: number, bodyText: string, rawTraceId: string | undefined, context: ErrorContext, redactor: Redactor): AnyscaleApiError;
/**
 * A 3xx answer as an error that names the target and says which host to set. The location is
 * redacted (a server could echo the token in it) and cut.
 */
export declare function redirectError(status: number, rawLocation: string | null, rawTraceId: string | undefined, context: ErrorContext & {
    url: URL;
}, redactor: Redactor): AnyscaleRedirectError;
