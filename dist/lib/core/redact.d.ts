import type { Logger } from './logger.js';
/** Below this a value is not treated as a secret: it would redact ordinary words. */
export declare const MIN_SECRET_LENGTH = 4;
/**
 * Replaces known secrets (the API token, passwords of the batch in flight) in any text that could
 * reach a log line, an error message or an output, wherever they occur: errors can quote server
 * bodies, and a hostile or careless server may echo a secret back as data (a token inside a
 * user's name). Each adapter passes what it renders through one redactor at the one place it
 * renders, rather than trusting every message author and every server.
 */
export declare class Redactor {
    private readonly secrets;
    private readonly forms;
    /** The forms longest first, so that a secret containing another is replaced whole; built when needed. */
    private ordered;
    constructor(secrets?: Iterable<string | null | undefined>);
    add(secret: string | null | undefined): void;
    /** A redactor that knows this one's secrets plus more, without changing this one. */
    with(secrets: Iterable<string | null | undefined>): Redactor;
    /** Every occurrence of every secret, in each of its rendered forms, becomes `***`. */
    redact(text: string): string;
    /** Redacts every string inside a JSON-like value, keys included. */
    redactValue<T>(value: T): T;
}
/** A logger whose every line passes the redactor first; `redactor` is read at each line. */
export declare function redactingLogger(logger: Logger, redactor: () => Redactor | undefined): Logger;
