import * as core from '@actions/core';
import { context, getOctokit } from '@actions/github';
import type { UsersPlan } from '../core/operations/plan-users.ts';
import type { Redactor } from '../core/redact.ts';
import { VERSION } from '../core/version.ts';
import { MAX_PLAN_MARKDOWN, planFailureMarkdown, planMarkdown } from './plan-markdown.ts';

/** The events whose payload names a pull request to comment on. */
const PULL_REQUEST_EVENTS: ReadonlySet<string> = new Set(['pull_request', 'pull_request_target']);

/** However slow the API, the comment gives up after this; the plan itself is already done. */
const COMMENT_TIMEOUT_MS = 60_000;

/**
 * The hidden line that marks the plan's comment, so that the next run updates it instead of
 * adding another. It names the users file, so that plans of two files (two orgs) in one pull
 * request keep a comment each; encoded, so that no file name can end the HTML comment.
 */
export function planCommentMarker(usersFile: string | undefined): string {
  return `<!-- anyscale-users plan: ${encodeURIComponent(usersFile ?? 'users input')} -->`;
}

/** What the comment shows: the plan, or why there is none (the step's failure text). */
export type PlanCommentContent = { plan: UsersPlan } | { failure: string };

/** The comment's whole body: the marker, then the plan's Markdown, together within GitHub's limit. */
export function planCommentBody(content: PlanCommentContent, marker: string): string {
  const room = MAX_PLAN_MARKDOWN - marker.length - 1;
  return `${marker}\n${'plan' in content ? planMarkdown(content.plan, room) : planFailureMarkdown(content.failure, room)}`;
}

type Octokit = ReturnType<typeof getOctokit>;

interface IssueComment {
  id: number;
  body?: string | undefined;
  html_url: string;
  user: { login: string; type: string } | null;
}

/** The token's own login; an installation token (the job's GITHUB_TOKEN) cannot ask, and gets undefined. */
async function ownLogin(octokit: Octokit, signal: AbortSignal): Promise<string | undefined> {
  try {
    return (await octokit.rest.users.getAuthenticated({ request: { signal } })).data.login;
  } catch {
    return undefined;
  }
}

/**
 * Only a comment this token wrote is ours to update: anyone can paste the marker into a comment
 * of their own, and a plan shown in someone else's comment is one they can edit afterwards. Not
 * knowing its login (GITHUB_TOKEN), the token is an app's, and people cannot comment as an app.
 */
function isOurs(comment: IssueComment, marker: string, login: string | undefined): boolean {
  if (!comment.body?.startsWith(marker)) return false;
  return login !== undefined ? comment.user?.login === login : comment.user?.type === 'Bot';
}

const statusOf = (error: unknown) => (error as { status?: unknown } | null)?.status;

/**
 * Posts the plan as a comment on the run's pull request, or updates the comment an earlier run
 * posted. It never fails the step: on another event, without a token, or with a token that may
 * not comment (a pull request from a fork gets a read-only one), it says why in a notice.
 */
export async function commentPlan(
  content: PlanCommentContent,
  options: { token: string | undefined; usersFile: string | undefined; redactor: Redactor; signal: AbortSignal },
): Promise<void> {
  const event = process.env.GITHUB_EVENT_NAME ?? '';
  const pullRequest = (context.payload.pull_request as { number?: unknown } | undefined)?.number;
  if (!PULL_REQUEST_EVENTS.has(event) || typeof pullRequest !== 'number') {
    core.notice(
      `Not commenting the plan: comment-on-pr works on pull_request and pull_request_target events, and this run is a ${event || 'local'} event.`,
    );
    return;
  }
  if (options.token === undefined) {
    core.notice(
      'Not commenting the plan: input "github-token" is empty (a pull request from a fork gets no token). The plan is in the job summary.',
    );
    return;
  }
  const signal = AbortSignal.any([options.signal, AbortSignal.timeout(COMMENT_TIMEOUT_MS)]);
  const marker = planCommentMarker(options.usersFile);
  const body = options.redactor.redact(planCommentBody(content, marker));
  try {
    const { owner, repo } = context.repo;
    const octokit = getOctokit(options.token, { userAgent: `anyscale-users-action/${VERSION}` });
    const login = await ownLogin(octokit, signal);
    const comments: IssueComment[] = await octokit.paginate(octokit.rest.issues.listComments, {
      owner,
      repo,
      issue_number: pullRequest,
      per_page: 100,
      request: { signal },
    });
    const previous = comments.find((comment) => isOurs(comment, marker, login));
    if (previous) {
      const { data } = await octokit.rest.issues.updateComment({ owner, repo, comment_id: previous.id, body, request: { signal } });
      core.info(`Updated the plan comment on pull request #${pullRequest}: ${data.html_url}`);
    } else {
      const { data } = await octokit.rest.issues.createComment({ owner, repo, issue_number: pullRequest, body, request: { signal } });
      core.info(`Commented the plan on pull request #${pullRequest}: ${data.html_url}`);
    }
  } catch (error) {
    const status = statusOf(error);
    const why = options.redactor.redact(error instanceof Error ? error.message : String(error));
    if (status === 403 || status === 404) {
      core.notice(
        `Not commenting the plan: GitHub answered ${status} (${why}). A pull request from a fork gets a read-only token; ` +
          'elsewhere give the job "permissions: pull-requests: write". The plan is in the job summary.',
      );
    } else {
      core.warning(`Could not comment the plan on pull request #${pullRequest}: ${why}. The plan is in the job summary.`);
    }
  }
}
