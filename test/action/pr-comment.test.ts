import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startGitHubApi, type GitHubApi, type Identity } from './github-api.ts';
import { orgInputs, useLocalOrg } from './org.ts';
import { expectNoSecret, parsedOutputs, runAction, useActionBundle, type ActionRun } from './run-action.ts';

useActionBundle();
const local = useLocalOrg();

/** GITHUB_TOKEN: an app's installation token, posting as github-actions[bot]. */
const JOB_TOKEN = 'ghs_jobtoken0000000000000000000000000001';
/** A person's token, which can say who it is. */
const PERSONAL_TOKEN = 'ghp_alicetoken00000000000000000000000002';
/** What a pull request from a fork gets: read only. */
const FORK_TOKEN = 'ghs_forktoken00000000000000000000000003';
/** A token whose every request GitHub answers with a server error. */
const FAILING_TOKEN = 'ghs_failtoken00000000000000000000000004';
const BOT: Identity = { login: 'github-actions[bot]', type: 'Bot', personal: false };
const ALICE: Identity = { login: 'alice', type: 'User', personal: true };
const MALLORY: Identity = { login: 'mallory', type: 'User', personal: true };

let api: GitHubApi;
let events: string;

beforeAll(async () => {
  api = await startGitHubApi({
    [JOB_TOKEN]: BOT,
    [PERSONAL_TOKEN]: ALICE,
    [FORK_TOKEN]: { ...BOT, readOnly: true },
    [FAILING_TOKEN]: { ...BOT, failing: true },
  });
  events = await mkdtemp(join(tmpdir(), 'action-events-'));
});
afterAll(async () => {
  await api?.close();
  if (events) await rm(events, { recursive: true, force: true });
});

let eventFiles = 0;
/** The environment of a run on this event, against the stand-in API. */
async function eventEnv(event: string, payload: unknown): Promise<Record<string, string>> {
  const path = join(events, `event-${++eventFiles}.json`);
  await writeFile(path, JSON.stringify(payload));
  return { GITHUB_EVENT_NAME: event, GITHUB_EVENT_PATH: path, GITHUB_API_URL: api.apiUrl, GITHUB_REPOSITORY: 'acme/people' };
}

const usersFile = (count: number, prefix: string) =>
  JSON.stringify(
    Array.from({ length: count }, (_, i) => ({ name: `${prefix} ${i}`, email: `${prefix}.${i}@comment.example`, is_sso_user: false })),
  );

async function planWithComment(pullRequest: number, token: string, users: string, env: Record<string, string> = {}): Promise<ActionRun> {
  return runAction(
    { command: 'plan', 'users-file': 'users.json', 'comment-on-pr': 'true', 'github-token': token, ...orgInputs(local.org) },
    { files: { 'users.json': users }, env: { ...(await eventEnv('pull_request', { pull_request: { number: pullRequest } })), ...env } },
  );
}

const commentsOn = (pullRequest: number) => api.comments.get(pullRequest) ?? [];
const notices = (run: ActionRun) => [...run.stdout.matchAll(/^::notice::(.*)$/gm)].map((m) => m[1]!);

describe('comment-on-pr', () => {
  it('posts the plan on the first run and updates that same comment on the next, past other comments', async () => {
    // Others have commented, enough to page, and one pasted the marker into a comment of their own.
    for (let i = 0; i < 120; i++) api.addComment(11, `Looks good ${i}`, ALICE);
    const pasted = api.addComment(11, '<!-- anyscale-users plan: users.json -->\nnot a plan', MALLORY);

    const first = await planWithComment(11, JOB_TOKEN, usersFile(2, 'first'));
    expect(first.exitCode).toBe(0);
    const posted = commentsOn(11).filter((c) => c.user.login === BOT.login);
    expect(posted).toHaveLength(1);
    const out = parsedOutputs(first);
    expect(posted[0]!.body).toBe(`<!-- anyscale-users plan: users.json -->\n${out.planMarkdown}`);
    expect(posted[0]!.body).toContain('#### To create (2)');
    expect(first.stdout).toContain(`Commented the plan on pull request #11: ${posted[0]!.html_url}`);

    const before = api.requests.length;
    const second = await planWithComment(11, JOB_TOKEN, usersFile(3, 'second'));
    expect(second.exitCode).toBe(0);
    const secondRequests = api.requests.slice(before);
    expect(secondRequests.map((r) => `${r.method} ${r.path}`)).toEqual([
      'GET /user',
      'GET /repos/acme/people/issues/11/comments?per_page=100',
      'GET /repos/acme/people/issues/11/comments?per_page=100&page=2',
      `PATCH /repos/acme/people/issues/comments/${posted[0]!.id}`,
    ]);
    expect(commentsOn(11).filter((c) => c.user.login === BOT.login)).toHaveLength(1);
    expect(commentsOn(11).find((c) => c.id === posted[0]!.id)!.body).toContain('#### To create (3)');
    expect(pasted.body).toBe('<!-- anyscale-users plan: users.json -->\nnot a plan');
    expect(second.stdout).toContain(`Updated the plan comment on pull request #11: ${posted[0]!.html_url}`);

    for (const request of secondRequests) {
      expect(request.authorization).toBe(`token ${JOB_TOKEN}`);
      expect(request.userAgent).toMatch(/^anyscale-users-action\/\d+\.\d+\.\d+ /);
    }
    for (const run of [first, second]) {
      expect(run.stdout).toContain(`::add-mask::${JOB_TOKEN}`);
      await expectNoSecret(run, JOB_TOKEN);
      await expectNoSecret(run, local.org.ownerToken);
    }
  });

  it('replaces the plan with the failure when the next plan fails, so a stale plan never stands', async () => {
    const valid = await planWithComment(17, JOB_TOKEN, usersFile(1, 'valid'));
    expect(valid.exitCode).toBe(0);
    const invalid = await planWithComment(17, JOB_TOKEN, JSON.stringify([{ name: 'No Email', is_sso_user: false }]));
    expect(invalid.exitCode).toBe(1);
    const [comment] = commentsOn(17);
    expect(commentsOn(17)).toHaveLength(1);
    expect(comment!.body).toMatch(/^<!-- anyscale-users plan: users.json -->\n### Anyscale users plan: failed\n/);
    expect(comment!.body).toContain('```text\nVALIDATION: ');
    expect(comment!.body).not.toContain('#### To create');
    await expectNoSecret(invalid, JOB_TOKEN);
  });

  it('with a personal token, updates only the comment that token wrote', async () => {
    api.addComment(12, '<!-- anyscale-users plan: users.json -->\nold plan by a bot', BOT);
    const alices = api.addComment(12, '<!-- anyscale-users plan: users.json -->\nold plan', ALICE);
    const run = await planWithComment(12, PERSONAL_TOKEN, usersFile(1, 'personal'));
    expect(run.exitCode).toBe(0);
    expect(commentsOn(12)).toHaveLength(2);
    expect(alices.body).toContain('#### To create (1)');
    expect(commentsOn(12)[0]!.body).toContain('old plan by a bot');
    await expectNoSecret(run, PERSONAL_TOKEN);
  });

  it('keeps a 5,000-user plan within 65,536 characters in the comment and the plan-markdown output', async () => {
    const run = await planWithComment(13, JOB_TOKEN, usersFile(5000, 'big'));
    expect(run.exitCode).toBe(0);
    const [comment] = commentsOn(13);
    expect(comment!.body.length).toBeLessThanOrEqual(65_536);
    expect(comment!.body.length).toBeGreaterThan(60_000);
    expect(comment!.body).toMatch(/_…and \d+ more to create not shown, to keep this under GitHub's limit of 65536 characters/);
    const out = parsedOutputs(run);
    expect(out.planMarkdown.length).toBeLessThanOrEqual(65_536);
    expect(out).toMatchObject({ changes: 5000, count: 5000 });
    expect(out.fingerprint).toMatch(/^sha256:[0-9a-f]{64}$/);
    // The plan's lists are too big for outputs: the whole plan is in result-file, the counts stay.
    expect(out.result).toMatchObject({
      command: 'plan',
      ok: true,
      truncated: true,
      counts: { to_create: 5000 },
      fingerprint: out.fingerprint,
    });
    const whole = JSON.parse(await readFile(out.resultFile, 'utf8'));
    expect(whole.to_create).toHaveLength(5000);
  });

  it('skips the comment with a notice, and succeeds, when GitHub refuses a fork its write', async () => {
    const run = await planWithComment(14, FORK_TOKEN, usersFile(1, 'fork'));
    expect(run.exitCode).toBe(0);
    expect(commentsOn(14)).toEqual([]);
    expect(notices(run).join('\n')).toMatch(
      /Not commenting the plan: GitHub answered 403 .*A pull request from a fork gets a read-only token/,
    );
    expect(parsedOutputs(run)).toMatchObject({ changes: 1 });
    await expectNoSecret(run, FORK_TOKEN);
  });

  it('skips the comment with a notice on an event that is not a pull request, sending nothing', async () => {
    const before = api.requests.length;
    const run = await runAction(
      { command: 'plan', users: usersFile(1, 'push'), 'comment-on-pr': 'on', 'github-token': JOB_TOKEN, ...orgInputs(local.org) },
      { env: await eventEnv('push', { ref: 'refs/heads/main' }) },
    );
    expect(run.exitCode).toBe(0);
    expect(api.requests.length).toBe(before);
    expect(notices(run)).toContain(
      'Not commenting the plan: comment-on-pr works on pull_request and pull_request_target events, and this run is a push event.',
    );
  });

  it('skips the comment with a notice when there is no token, and reports a failing API as a warning only', async () => {
    const noToken = await runAction(
      { command: 'plan', users: usersFile(1, 'none'), 'comment-on-pr': 'true', ...orgInputs(local.org) },
      { env: await eventEnv('pull_request_target', { pull_request: { number: 15 } }) },
    );
    expect(noToken.exitCode).toBe(0);
    expect(notices(noToken).join('\n')).toContain('Not commenting the plan: input "github-token" is empty');

    const failing = await planWithComment(16, FAILING_TOKEN, usersFile(1, 'down'));
    expect(failing.exitCode).toBe(0);
    expect(failing.stdout).toMatch(
      /^::warning::Could not comment the plan on pull request #16: Server Error.*The plan is in the job summary\.$/m,
    );
    expect(commentsOn(16)).toEqual([]);
    await expectNoSecret(failing, FAILING_TOKEN);
  });
});
