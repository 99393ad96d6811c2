import type { Logger } from '../core/logger.ts';
import { paint, type Terminal } from './terminal.ts';

export interface CliLogger extends Logger {
  /** Set while a progress line is drawn: clears it so a log line does not land on top of it. */
  beforeLine: (() => void) | undefined;
}

/**
 * Core's log lines (retries, warnings, --debug request lines), on stderr. With --json the CLI keeps
 * stderr to what needs attention: warnings and errors, and debug lines when asked for.
 */
export function cliLogger(terminal: Terminal, options: { debug: boolean; quiet: boolean }): CliLogger {
  const logger: CliLogger = {
    beforeLine: undefined,
    debug: (message) => options.debug && write('debug', message),
    info: (message) => (options.debug || !options.quiet) && write('info', message),
    warn: (message) => write('warning', message),
    error: (message) => write('error', message),
  };
  function write(level: 'debug' | 'info' | 'warning' | 'error', message: string): void {
    logger.beforeLine?.();
    const label =
      level === 'warning'
        ? paint(terminal.errColor, 'yellow', 'warning:')
        : level === 'debug'
          ? paint(terminal.errColor, 'dim', 'debug:')
          : `${level}:`;
    terminal.err.write(`${label} ${message}\n`);
  }
  return logger;
}
