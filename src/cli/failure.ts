import { describeIssue, isAnyscaleError, type AnyscaleValidationError } from '../core/errors.ts';
import { plural } from '../core/plural.ts';
import { printable } from '../core/printable.ts';
import { paint, type Terminal } from './terminal.ts';
import { UsageError } from './usage-error.ts';

const EXIT_FAILURE = 1;
const EXIT_USAGE = 2;
/** 128 + SIGINT, what shells report for a command stopped with Ctrl-C. */
export const EXIT_INTERRUPTED = 130;

const BIN = 'anyscale-users';

function isValidationError(error: unknown): error is AnyscaleValidationError {
  return isAnyscaleError(error) && error.code === 'VALIDATION' && Array.isArray((error as AnyscaleValidationError).issues);
}

/** Messages may hold line breaks (core's credential hints do); a failure is one line. */
function oneLine(text: string): string {
  return printable(text.replace(/\s*\n\s*/g, ' ').trim());
}

function summaryOf(error: unknown): { code: string; message: string; details: string[] } {
  if (error instanceof UsageError) {
    const hint = ` Run '${BIN}${error.command ? ` ${error.command}` : ''} --help' for usage.`;
    return { code: error.code, message: error.message + hint, details: [] };
  }
  if (isValidationError(error)) {
    // Problems in a file print as `users.yaml:7: …`, one a line, as compilers print them (editors
    // link them), then the summary line; a single problem with an argument is just the summary.
    const file = error.issues.find((issue) => issue.file !== undefined)?.file;
    if (file !== undefined || error.issues.length > 1) {
      const where = file === undefined ? '' : ` in ${file}`;
      return {
        code: error.code,
        message: `${plural(error.issues.length, 'problem')}${where}; nothing was sent.`,
        details: error.issues.map((issue) => oneLine(describeIssue(issue))),
      };
    }
  }
  if (isAnyscaleError(error)) return { code: error.code, message: error.message, details: [] };
  return {
    code: 'INTERNAL',
    message: `${(error as Error)?.message ?? String(error)} (a bug; run again with --debug and report it)`,
    details: [],
  };
}

/** One problem of a `--json` failure: where it is (item, field, file and line) and what is wrong. */
export interface FailureIssue {
  index?: number;
  field: string;
  file?: string;
  line?: number;
  message: string;
}

/**
 * The `--json` form of a failure, for stdout: `{ ok: false, error: { code, message }, issues }`, the
 * shape of the action's `result` output when a step fails. `issues` is there for a validation error.
 */
export function failureDocument(error: unknown): { ok: false; error: { code: string; message: string }; issues?: FailureIssue[] } {
  const { code, message } = summaryOf(error);
  const document = { ok: false as const, error: { code, message: oneLine(message) } };
  if (!isValidationError(error)) return document;
  const issues = error.issues.map(
    (issue): FailureIssue => ({
      ...(issue.index === undefined ? {} : { index: issue.index }),
      field: issue.field,
      ...(issue.file === undefined ? {} : { file: issue.file }),
      ...(issue.line === undefined ? {} : { line: issue.line }),
      message: oneLine(issue.message),
    }),
  );
  return { ...document, issues };
}

/**
 * Prints a failure: detail lines (if any), then one `Error [CODE]: message` line, all on stderr.
 * The stack is shown only with --debug. The terminal is main's redacted one, so neither the token
 * nor a password of the batch can reach it even if a message quoted one.
 */
export function reportFailure(terminal: Terminal, error: unknown, options: { debug: boolean }): number {
  const { code, message, details } = summaryOf(error);
  for (const line of details) terminal.err.write(`${line}\n`);
  terminal.err.write(`${paint(terminal.errColor, ['bold', 'red'], `Error [${code}]:`)} ${oneLine(message)}\n`);
  if (options.debug && error instanceof Error && error.stack) terminal.err.write(`${printable(error.stack)}\n`);
  if (error instanceof UsageError) return EXIT_USAGE;
  if (isAnyscaleError(error) && error.code === 'ABORTED') return EXIT_INTERRUPTED;
  return EXIT_FAILURE;
}
