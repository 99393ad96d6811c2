import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BATCH_STATUSES } from '../../src/core/batch-summary.ts';
import { startLocalOrg, type LocalOrg } from '../../src/local/index.ts';
import { orgInputs } from '../action/org.ts';
import { parsedOutputs, runAction, useActionBundle } from '../action/run-action.ts';
import { runCli, useCliBundle } from '../cli/helpers.ts';
import { connectInMemory, startHarness, type Harness } from '../mcp/helpers.ts';

/*
 * One batch, the same org state, through the three adapters: each must say the same sentence
 * (core's, src/core/batch-summary.ts) and give the same counts. Each adapter gets its own fresh
 * local org, seeded alike, as the batch creates users.
 */
useCliBundle();
useActionBundle();

const USERS = [
  { name: 'New One', email: 'new-one@sentence.example', is_sso_user: false },
  { name: 'Ada', email: 'ada@example.com', is_sso_user: false },
  { name: 'New Two', email: 'new-two@sentence.example', is_sso_user: true },
];
const SENTENCE = 'Batch of 3 users: 2 created, 1 skipped as existing.';
const coreCounts = (counts: Record<string, number>) => Object.fromEntries(BATCH_STATUSES.map((status) => [status, counts[status]]));

describe('one batch through the CLI, the action and the MCP server', () => {
  const orgs: LocalOrg[] = [];
  let harness: Harness;
  let work: string;
  beforeAll(async () => {
    work = await mkdtemp(join(tmpdir(), 'batch-sentence-'));
    await writeFile(join(work, 'users.json'), JSON.stringify(USERS));
    harness = await startHarness({ elicitation: false });
  });
  afterAll(async () => {
    await Promise.all(orgs.map((org) => org.close()));
    await harness.close();
    await rm(work, { recursive: true, force: true });
  });
  const freshOrg = async () => {
    const org = await startLocalOrg();
    orgs.push(org);
    return org;
  };

  it('says the same sentence with the same counts in each', async () => {
    const cliOrg = await freshOrg();
    const tokenFile = join(work, 'token');
    await writeFile(tokenFile, cliOrg.ownerToken, { mode: 0o600 });
    const cliFlags = ['--host', cliOrg.url, '--token-file', tokenFile];
    const cliJson = JSON.parse((await runCli(['batch-create', '-f', 'users.json', '--json', ...cliFlags], { cwd: work })).stdout);
    const cliText = (await runCli(['batch-create', '-f', 'users.json', '--dry-run', ...cliFlags], { cwd: work })).stdout;

    const action = parsedOutputs(
      await runAction({ command: 'batch-create', users: JSON.stringify(USERS), ...orgInputs(await freshOrg()) }),
    ).result;

    const client = await connectInMemory('v2', harness);
    const plan = await client.call('batch_create_users', { users: USERS, dry_run: true });
    const mcp = await client.call('batch_create_users', {
      users: USERS,
      confirm_plan_id: (plan.structuredContent as { plan_id: string }).plan_id,
    });
    await client.close();
    const mcpText = (mcp.content as { text?: string }[])[0]!.text!;

    expect(cliJson.message).toBe(SENTENCE);
    expect(action.message).toBe(SENTENCE);
    expect(mcpText.startsWith(`${SENTENCE} `)).toBe(true);
    expect(harness.logger.lines).toContain(`info: batch_create_users: ${SENTENCE}`);
    const counts = { created: 2, skipped: 1, would_create: 0, failed: 0, not_sent: 0, unknown: 0 };
    expect(coreCounts(cliJson.counts)).toEqual(counts);
    expect(coreCounts(action.counts)).toEqual(counts);
    expect(coreCounts((mcp.structuredContent as { counts: Record<string, number> }).counts)).toEqual(counts);
    // Run again as a dry run, the CLI says core's dry-run sentence.
    expect(cliText.split('\n')[0]).toBe('Dry run of 3 users: 3 would be skipped as existing; nothing was created.');
  });
});
