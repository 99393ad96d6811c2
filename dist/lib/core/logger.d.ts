/**
 * Core never writes to stdout or stderr itself: the adapter that owns the process decides where
 * log lines go (the action's log, the MCP server's stderr, the CLI's stderr). One stray stdout
 * line would corrupt the MCP stdio protocol.
 */
export interface Logger {
    debug(message: string): void;
    info(message: string): void;
    warn(message: string): void;
    error(message: string): void;
}
export declare const silentLogger: Logger;
export declare const warningLogger: Logger;
/** A logger that writes to stderr, for processes whose stdout is reserved for data. */
export declare function stderrLogger(options?: {
    debug?: boolean;
}): Logger;
