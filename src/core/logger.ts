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

/**
 * What a client logs to when it is given no logger: warnings (such as credentials others can read)
 * go through process.emitWarning, which the host application can observe or silence
 * (process.on('warning'), --no-warnings); everything else is dropped.
 */
const emitWarning = (message: string) => process.emitWarning(message, { code: 'ANYSCALE_USERS' });

export const warningLogger: Logger = { debug() {}, info() {}, warn: emitWarning, error: emitWarning };

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
