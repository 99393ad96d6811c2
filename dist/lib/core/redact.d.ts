/**
 * Replaces known secrets (the API token, passwords of the batch in flight) in any text that could
 * reach a log line, an error message or an output. Errors can quote server bodies, and a server
 * may echo its input (FastAPI's 422 detail carries `input`), so redaction is applied at the edge
 * where text leaves core rather than trusted to every message author.
 */
export declare class Redactor {
    private readonly secrets;
    constructor(secrets?: Iterable<string | null | undefined>);
    add(secret: string | null | undefined): void;
    /** A redactor that knows this one's secrets plus more, without changing this one. */
    with(secrets: Iterable<string | null | undefined>): Redactor;
    redact(text: string): string;
    /** Redacts every string inside a JSON-like value. */
    redactValue<T>(value: T): T;
}
