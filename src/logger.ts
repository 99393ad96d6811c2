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

export const silentLogger: Logger = {
  debug() {},
  info() {},
  warn() {},
  error() {},
};

/** A logger that writes to stderr, for processes whose stdout is reserved for data. */
export function stderrLogger(options: { debug?: boolean } = {}): Logger {
  const write = (level: string) => (message: string) => {
    process.stderr.write(`${level}: ${message}\n`);
  };
  return {
    debug: options.debug ? write('debug') : () => {},
    info: write('info'),
    warn: write('warning'),
    error: write('error'),
  };
}
