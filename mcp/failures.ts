import { AnyscaleError, AnyscaleValidationError, type ErrorCode, type ValidationIssue } from '../src/core/errors.ts';

/**
 * What a model is told when a tool call fails. The SDK would hand a thrown error's message to the
 * model verbatim, and core's messages may quote what the Anyscale API said; so every failure is
 * rewritten here into a short text of our own, keyed by a stable code, with a hint that says what
 * to do next. Nothing from an upstream body, and no email or name, is ever part of it.
 */
export type FailureCode =
  | ErrorCode
  | 'INVALID_CURSOR'
  | 'INVALID_USERS'
  | 'CONFIRMATION_REQUIRED'
  | 'PLAN_MISMATCH'
  | 'DECLINED'
  | 'INTERNAL';

export interface ToolFailure {
  code: FailureCode;
  message: string;
  hint: string;
}

const FAILURES: Record<FailureCode, Omit<ToolFailure, 'code'>> = {
  VALIDATION: {
    message: 'The arguments were refused as invalid.',
    hint: 'Fix the named arguments and call again.',
  },
  CONFIG: {
    message: 'The MCP server is not configured with a usable Anyscale host.',
    hint: 'Ask the person who runs this MCP server to fix ANYSCALE_HOST; calling again will not help.',
  },
  AUTH: {
    message: "The MCP server's Anyscale credentials are missing, invalid or expired.",
    hint: 'Ask the person who runs this MCP server to set ANYSCALE_CLI_TOKEN or run `anyscale login`; calling again will not help.',
  },
  FORBIDDEN: {
    message: "The MCP server's Anyscale token is not allowed to do this.",
    hint: "Creating users needs an organization owner's token; ask an owner of the organization.",
  },
  NOT_FOUND: {
    message: 'Nothing in the organization matches.',
    hint: 'Check the spelling, or call list_users with the name filter to search.',
  },
  CONFLICT: {
    message: 'A user with this email already exists in the organization.',
    hint: 'Call again with skip_existing: true to skip users who already exist.',
  },
  RATE_LIMITED: {
    message: 'Anyscale is rate limiting requests.',
    hint: 'Wait a minute before calling again, and send smaller batches.',
  },
  SERVER: {
    message: 'Anyscale answered with a server error.',
    hint: 'Try again in a few minutes.',
  },
  UNSUPPORTED: {
    message: 'Anyscale refused the request as one it does not support.',
    hint: 'The server operator should check ANYSCALE_HOST and the anyscale-users version; calling again will not help.',
  },
  NETWORK: {
    message: 'The MCP server could not reach Anyscale.',
    hint: 'Try again in a few minutes; if it persists, the server operator should check the network.',
  },
  TIMEOUT: {
    message: 'Anyscale did not answer in time.',
    hint: 'Try again in a few minutes.',
  },
  ABORTED: {
    message: 'The call was cancelled.',
    hint: 'Users already reported as created stay created; nothing else was sent.',
  },
  PLAN_CHANGED: {
    message: 'The organization changed since the plan was made, so nothing was sent.',
    hint: 'Plan again with dry_run: true, show the new plan, and confirm that one.',
  },
  BAD_RESPONSE: {
    message: 'Anyscale sent an answer that the MCP server could not read.',
    hint: 'Try again later; if it persists, the server operator should report it.',
  },
  REDIRECT: {
    message: 'Anyscale answered with a redirect, which the MCP server does not follow, so nothing was sent there.',
    hint: 'The server operator should run `anyscale-users whoami` with the same ANYSCALE_HOST, which names the redirect target, and set ANYSCALE_HOST to it; calling again will not help.',
  },
  TOO_LARGE: {
    message: 'Anyscale sent an answer larger than the MCP server accepts, so it was not read.',
    hint: 'Try a smaller page_size; if it persists, the server operator should check ANYSCALE_HOST.',
  },
  INVALID_CURSOR: {
    message: 'The cursor is not valid (it may have expired or belong to other filters).',
    hint: 'Call list_users again without cursor to restart from the first page.',
  },
  INVALID_USERS: {
    message: 'Some users are invalid, so nothing was created.',
    hint: 'Fix the users marked invalid (see their issues) and call again.',
  },
  CONFIRMATION_REQUIRED: {
    message: 'Creating users needs confirmation, so nothing was created.',
    hint: 'Show the plan to the user; if they agree, call again with the same arguments and confirm_plan_id set to the plan_id.',
  },
  PLAN_MISMATCH: {
    message: 'confirm_plan_id does not match the current plan (the users or the organization changed), so nothing was created.',
    hint: 'Call again with dry_run: true, show the new plan to the user, and confirm its plan_id.',
  },
  DECLINED: {
    message: 'The user did not confirm, so nothing was created.',
    hint: 'Do not retry unless the user asks you to.',
  },
  INTERNAL: {
    message: 'The MCP server failed unexpectedly.',
    hint: "Try again; if it persists, the server operator should check the server's log.",
  },
};

export function failure(code: FailureCode, overrides: Partial<Omit<ToolFailure, 'code'>> = {}): ToolFailure {
  return { code, ...FAILURES[code], ...overrides };
}

/** `users[2].email`: where a problem is, never what the offending value was. */
export function issueLocation(issue: ValidationIssue): string {
  const field = /^[A-Za-z0-9_.()-]{1,40}$/.test(issue.field) ? issue.field : '(field)';
  return issue.index === undefined ? field : `users[${issue.index}].${field}`;
}

export function failureFor(error: unknown): ToolFailure {
  if (error instanceof AnyscaleValidationError) {
    const where = error.issues.map(issueLocation);
    return failure('VALIDATION', { message: `The arguments were refused as invalid: ${where.join(', ')}.` });
  }
  if (error instanceof AnyscaleError) return failure(error.code);
  return failure('INTERNAL');
}

/** The one-line text a model reads for a failure. */
export function renderFailure(f: ToolFailure): string {
  return `Error ${f.code}: ${f.message} Hint: ${f.hint}`;
}
