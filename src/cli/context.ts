import type { Redactor } from '../core/redact.ts';
import type { CommandName, GlobalOptions, OptionValues } from './args.ts';
import type { CliLogger } from './logger.ts';
import type { Terminal } from './terminal.ts';

/** What a command runs with; a command returns its exit status. */
export interface CommandContext {
  command: CommandName;
  global: GlobalOptions;
  values: OptionValues;
  /** The words after the command's name (the shell of `completion bash`). */
  operands: readonly string[];
  terminal: Terminal;
  logger: CliLogger;
  /**
   * Secrets to scrub from a failure before it is printed; a command sets it once it knows them
   * (the token when it connects, a batch's passwords once the file is read).
   */
  redactor: Redactor | undefined;
  /**
   * With --json, a failure is also printed on stdout as a JSON document, so that stdout always holds
   * one; a command turns it off once it has printed its own (a failed batch's report).
   */
  jsonFailure: boolean;
  /** Aborted on Ctrl-C; a long command stops at its next safe point. */
  signal: AbortSignal;
}

export type Command = (context: CommandContext) => Promise<number>;
