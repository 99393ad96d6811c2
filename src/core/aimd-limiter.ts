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

export class AimdLimiter {
  readonly max: number;
  #limit: number;
  #inFlight = 0;
  #pausedUntil = 0;
  #sequence = 0;
  /** Attempts numbered below this were in flight when the limit last fell. */
  #decreasedAt = 0;
  readonly #now: () => number;

  constructor(options: AimdLimiterOptions) {
    if (!Number.isInteger(options.max) || options.max < 1) throw new RangeError('max must be a whole number of 1 or more');
    this.max = options.max;
    this.#limit = options.max;
    this.#now = options.now;
  }

  get limit(): number {
    return this.#limit;
  }

  get inFlight(): number {
    return this.#inFlight;
  }

  /** Milliseconds until a Retry-After pause ends (0 when there is none). */
  pauseMs(): number {
    return Math.max(0, this.#pausedUntil - this.#now());
  }

  /** Whether another task may start now. */
  canStart(): boolean {
    return this.#inFlight < this.#limit && this.pauseMs() === 0;
  }

  /**
   * Ends a pause the caller has waited out. The caller's sleep is the authority, so an injected
   * sleep that returns at once (as in tests) does not leave the limiter waiting on the clock.
   */
  endPause(): void {
    this.#pausedUntil = 0;
  }

  start(): void {
    this.#inFlight++;
  }

  finish(): void {
    this.#inFlight = Math.max(0, this.#inFlight - 1);
  }

  /** Marks the start of one request on the wire, for `congested` to tell old news from new. */
  attempt(): AttemptTicket {
    return { sequence: this.#sequence++ };
  }

  succeeded(): void {
    this.#limit = Math.min(this.max, this.#limit + 1);
  }

  /**
   * The service pushed back on `ticket`'s request. Requests already in flight when the limit last
   * fell were sent under the old limit, so their pushback does not halve it again.
   */
  congested(ticket: AttemptTicket, retryAfterMs?: number): void {
    if (retryAfterMs !== undefined) this.#pausedUntil = Math.max(this.#pausedUntil, this.#now() + retryAfterMs);
    if (ticket.sequence < this.#decreasedAt) return;
    this.#limit = Math.max(1, Math.floor(this.#limit / 2));
    this.#decreasedAt = this.#sequence;
  }
}
