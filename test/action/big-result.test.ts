import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, expect, it } from 'vitest';
import { OUTPUT_BUDGET_BYTES } from '../../src/action/outputs.ts';
import { MAX_SUMMARY_ROWS } from '../../src/action/summary.ts';
import { emailsIn, orgInputs, useLocalOrg } from './org.ts';
import { parsedOutputs, runAction, summaryTables, useActionBundle } from './run-action.ts';

useActionBundle();
const local = useLocalOrg();
// Long names make a result far over the output budget from few users (few pages to list).
const EXTRA_USERS = 1200;
const LONG_NAME = 'Bulk User '.padEnd(300, 'x');

beforeAll(async () => {
  await local.org.store.batchCreate(
    Array.from({ length: EXTRA_USERS }, (_, i) => ({ name: `${LONG_NAME} ${i}`, email: `bulk-${i}@big.example`, isSsoUser: false })),
  );
});

it('writes a result too big for outputs to result-file, and cuts the outputs and the summary with a note', async () => {
  const run = await runAction({ command: 'list', ...orgInputs(local.org) });
  expect(run.exitCode).toBe(0);
  const out = parsedOutputs(run);
  const all = emailsIn(local.org);

  // The whole result, in a file under RUNNER_TEMP.
  expect(dirname(out.resultFile)).toBe(join(run.workspace, '.runner-temp'));
  const full = JSON.parse(await readFile(out.resultFile, 'utf8'));
  expect(full).toMatchObject({ command: 'list', ok: true, count: all.length });
  expect(full.users.map((u: { email: string }) => u.email)).toEqual(all);

  // The outputs: a marker instead of the result, and a users list cut to what fits.
  const kept = out.users.length;
  expect(kept).toBeGreaterThan(0);
  expect(kept).toBeLessThan(all.length);
  expect(out.users).toEqual(full.users.slice(0, kept));
  expect(out.result).toMatchObject({
    truncated: true,
    result_file: out.resultFile,
    command: 'list',
    ok: true,
    count: all.length,
    cut: { users: { kept, total: all.length } },
  });
  expect(out.count).toBe(all.length);
  const size = Object.values(run.outputs).reduce((sum, value) => sum + value.length * 2, 0);
  expect(size).toBeLessThanOrEqual(OUTPUT_BUDGET_BYTES);
  expect(run.stdout).toContain('::warning::The result is too big for step outputs');

  const [table] = summaryTables(run.summary);
  expect(table).toHaveLength(MAX_SUMMARY_ROWS + 1);
  expect(run.summary).toContain(`Showing ${MAX_SUMMARY_ROWS} of ${all.length} users;`);
});

it('keeps every summary field of a cut batch-create result, including those the examples read', async () => {
  const rows = Array.from({ length: 8000 }, (_, i) => `Planned ${i},planned-${i}@big-batch.example,yes`);
  const csv = ['Name,Email,Is SSO User', ...rows, ''].join('\n');
  const run = await runAction(
    { command: 'batch-create', 'users-file': 'people.csv', 'dry-run': 'true', ...orgInputs(local.org) },
    { files: { 'people.csv': csv } },
  );
  expect(run.exitCode).toBe(0);
  const out = parsedOutputs(run);
  expect(out.resultFile).not.toBe('');
  const full = JSON.parse(await readFile(out.resultFile, 'utf8'));
  expect(out.result).toEqual({
    command: 'batch-create',
    ok: true,
    dry_run: true,
    message: full.message,
    total: 8000,
    counts: { created: 0, skipped: 0, would_create: 8000, failed: 0, not_sent: 0, unknown: 0 },
    requests: full.requests,
    count: 0,
    truncated: true,
    result_file: out.resultFile,
    truncation: expect.stringMatching(
      /^The result is \d+ KB, over GitHub's limit for outputs; the whole result is in the file at result-file\.$/,
    ),
    cut: {},
  });
  expect(full.message).toMatch(/8000 users/);

  // A step that branches on the result must find the same field whether or not it was cut.
  const example = await readFile(join(dirname(fileURLToPath(import.meta.url)), '../../examples/onboard-anyscale-users/action.yml'), 'utf8');
  const read = [...example.matchAll(/fromJSON\(steps\.onboard\.outputs\.result\)\.(\w+)/g)].map((match) => match[1]!);
  expect(read).toContain('total');
  for (const field of read) expect(out.result[field]).toEqual(full[field]);
}, 60_000);
