import { AnyscaleError, AnyscaleValidationError, describeIssue, type ValidationIssue } from '../core/errors.ts';

/** The failure message lists this many problems, to stay readable; the job summary lists all. */
const MAX_LISTED_ISSUES = 10;

/** Why the step failed; ActionSink redacts it where it is shown. */
export interface ActionFailure {
  /** Core's error code (VALIDATION, AUTH, …); INTERNAL for a bug in this action. */
  code: string;
  message: string;
  /** Every problem, for validation failures. */
  issues: ValidationIssue[];
}

export function failureOf(error: unknown): ActionFailure {
  if (error instanceof AnyscaleError) {
    const issues = error instanceof AnyscaleValidationError ? [...error.issues] : [];
    return { code: error.code, message: error.message, issues };
  }
  const message = error instanceof Error ? error.message : String(error);
  return { code: 'INTERNAL', message, issues: [] };
}

/** The text for core.setFailed: the code, then the problems, capped at MAX_LISTED_ISSUES. */
export function failureText(failure: ActionFailure): string {
  const { code, issues } = failure;
  if (issues.length <= MAX_LISTED_ISSUES) return `${code}: ${failure.message}`;
  const listed = issues.slice(0, MAX_LISTED_ISSUES).map((issue) => `  - ${describeIssue(issue)}`);
  return [
    `${code}: ${issues.length} problems; nothing was sent. The first ${MAX_LISTED_ISSUES}:`,
    ...listed,
    `…and ${issues.length - MAX_LISTED_ISSUES} more, all listed in the job summary.`,
  ].join('\n');
}
