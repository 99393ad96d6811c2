/**
 * A mistake on the command line (an unknown flag, a value out of range, a file that cannot be
 * read). Reported as `Error [USAGE]: …` with exit status 2, as click-based CLIs do, so a script
 * can tell "you called me wrong" from "the call failed" (status 1).
 */
export class UsageError extends Error {
  readonly code = 'USAGE';
  /** The command whose --help to point at, if any. */
  readonly command: string | undefined;

  constructor(message: string, command?: string) {
    super(message);
    this.name = 'UsageError';
    this.command = command;
  }
}
