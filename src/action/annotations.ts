import * as core from '@actions/core';
import { describeIssue, type ValidationIssue } from '../errors.ts';
import { MAX_LISTED_ISSUES } from './failure.ts';

/**
 * Puts problems in a users file on the file's lines in the pull request's diff view. GitHub
 * shows only about ten annotations per step, so after ten one more says how many are left
 * (the job summary lists them all).
 */
export function annotateIssues(issues: readonly ValidationIssue[], file: string | undefined): void {
  for (const issue of issues.slice(0, MAX_LISTED_ISSUES)) {
    if (file !== undefined && issue.file === file) {
      core.error(describeIssue(issue), { title: 'Invalid users file', file, ...(issue.line !== undefined ? { startLine: issue.line } : {}) });
    } else {
      core.error(describeIssue(issue), { title: 'Invalid users' });
    }
  }
  const more = issues.length - MAX_LISTED_ISSUES;
  if (more > 0) {
    core.error(`${more} more ${more === 1 ? 'problem' : 'problems'} with the users${file ? ` in ${file}` : ''}; all are listed in the job summary.`, {
      title: 'Invalid users',
      ...(file !== undefined ? { file } : {}),
    });
  }
}
