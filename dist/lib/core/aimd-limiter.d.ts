/**
 * How many requests may be in flight, adjusted the way TCP adjusts its window (AIMD): halved
 * when the service says it is congested (429 or 503), one more after each success, and paused
 * for as long as a Retry-After asks. Pure: the caller reports events and asks before starting.
 */
export interface AimdLimiterOptions {
    /** The most in flight, and where the limit starts. */
    max: number;
    now: () => number;
}
/** One attempt's place in line: congestion it reports counts once per decrease, not per chunk. */
export interface AttemptTicket {
    readonly sequence: number;
}
export declare class AimdLimiter {
    #private;
    readonly max: number;
    constructor(options: AimdLimiterOptions);
    get limit(): number;
    get inFlight(): number;
    /** Milliseconds until a Retry-After pause ends (0 when there is none). */
    pauseMs(): number;
    /** Whether another task may start now. */
    canStart(): boolean;
    /**
     * Ends a pause the caller has waited out. The caller's sleep is the authority, so an injected
     * sleep that returns at once (as in tests) does not leave the limiter waiting on the clock.
     */
    endPause(): void;
    start(): void;
    finish(): void;
    /** Marks the start of one request on the wire, for `congested` to tell old news from new. */
    attempt(): AttemptTicket;
    succeeded(): void;
    /**
     * The service pushed back on `ticket`'s request. Requests already in flight when the limit last
     * fell were sent under the old limit, so their pushback does not halve it again.
     */
    congested(ticket: AttemptTicket, retryAfterMs?: number): void;
}
