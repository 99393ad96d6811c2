import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);

// src/core/errors.ts
var AnyscaleError = class extends Error {
  code;
  constructor(code, message, options) {
    super(message, options);
    this.name = "AnyscaleError";
    this.code = code;
  }
};
function describeIssue(issue) {
  if (issue.file !== void 0 && issue.line !== void 0) return `${issue.file}:${issue.line}: ${issue.message}`;
  return issue.index === void 0 ? issue.message : `users[${issue.index}]: ${issue.message}`;
}
var AnyscaleValidationError = class extends AnyscaleError {
  issues;
  constructor(issues) {
    const lines = issues.map(describeIssue);
    super(
      "VALIDATION",
      lines.length === 1 ? lines[0] : `${lines.length} problems; nothing was sent:
${lines.map((l) => `  - ${l}`).join("\n")}`
    );
    this.name = "AnyscaleValidationError";
    this.issues = issues;
  }
};
var AnyscaleApiError = class extends AnyscaleError {
  status;
  traceId;
  /** The server's `error.detail`, redacted; a string or the 422 list. */
  detail;
  /** How long the server asked to wait (Retry-After), when it said. */
  retryAfterMs;
  constructor(code, message, info) {
    super(code, message);
    this.name = "AnyscaleApiError";
    this.status = info.status;
    this.traceId = info.traceId;
    this.detail = info.detail;
    this.retryAfterMs = info.retryAfterMs;
  }
};
var AnyscaleRedirectError = class extends AnyscaleApiError {
  /** Where the server pointed, resolved against the request's URL; absent without a Location. */
  location;
  constructor(message, info) {
    super("REDIRECT", message, info);
    this.name = "AnyscaleRedirectError";
    this.location = info.location;
  }
};
function isAnyscaleError(error) {
  return error instanceof AnyscaleError;
}
var AnyscaleNetworkError = class extends AnyscaleError {
  maybeProcessed;
  constructor(code, message, maybeProcessed, options) {
    super(code, message, options);
    this.name = "AnyscaleNetworkError";
    this.maybeProcessed = maybeProcessed;
  }
};

export {
  AnyscaleError,
  AnyscaleValidationError,
  AnyscaleApiError,
  AnyscaleRedirectError,
  isAnyscaleError,
  AnyscaleNetworkError
};
