import { describeIssue, type ValidationIssue } from '../core/errors.ts';
import { plural } from '../core/plural.ts';
import type { ActionSink } from './sink.ts';

/** GitHub shows about ten error annotations per step; more are hidden without a word. */
const MAX_ERROR_ANNOTATIONS = 10;
/** The step's failure (core.setFailed) is one more error annotation, after these. */
const MAX_ISSUE_ANNOTATIONS = MAX_ERROR_ANNOTATIONS - 1;

/**
 * Puts problems in a users file on the file's lines in the pull request's diff view. When there
 * are more than fit, the last annotation that fits says how many are left (the job summary lists
 * them all), so that neither it nor the failure that follows is hidden.
 */
export function annotateIssues(sink: ActionSink, issues: readonly ValidationIssue[], file: string | undefined): void {
  const annotated = issues.length <= MAX_ISSUE_ANNOTATIONS ? issues : issues.slice(0, MAX_ISSUE_ANNOTATIONS - 1);
  for (const issue of annotated) {
    if (file !== undefined && issue.file === file) {
      sink.annotate(describeIssue(issue), {
        title: 'Invalid users file',
        file,
        ...(issue.line !== undefined ? { startLine: issue.line } : {}),
      });
    } else {
      sink.annotate(describeIssue(issue), { title: 'Invalid users' });
    }
  }
  const more = issues.length - annotated.length;
  if (more > 0) {
    sink.annotate(
      `${plural(more, 'more problem', 'more problems')} with the users${file ? ` in ${file}` : ''}; all are listed in the job summary.`,
      {
        title: 'Invalid users',
        ...(file !== undefined ? { file } : {}),
      },
    );
  }
}
