import { MAX_CHUNK_SIZE, MAX_CONCURRENCY } from '../core/operations/batch-create.ts';
import { summarizeBatch } from '../core/batch-summary.ts';
import { Redactor } from '../core/redact.ts';
import { integerOption, stringOption, switchOption } from './args.ts';
import { batchJson, writeBatchReport } from './batch-report.ts';
import { connect } from './connection.ts';
import type { CommandContext } from './context.ts';
import { writeJson } from './json.ts';
import { batchProgress } from './progress.ts';
import { UsageError } from './usage-error.ts';
import { loadUsersFile } from './users-file.ts';

/**
 * `anyscale-users batch-create -f FILE`. Every user is checked before anything is sent (problems
 * come back as `FILE:LINE: …`); then core creates them in chunks, skipping those that exist.
 * skip-existing is on by default, as in the action: running the same file twice is then safe, and
 * the second run says who was skipped instead of failing on the first existing user.
 */
export async function runBatchCreate(context: CommandContext): Promise<number> {
  const { values, terminal, command } = context;
  const file = stringOption(values, 'users-file');
  const json = switchOption(values, 'json', command, false);
  context.jsonFailure = json;
  if (file === undefined) throw new UsageError("Missing option '-f' / '--users-file'.", command);
  const skipExisting = switchOption(values, 'skip-existing', command, true);
  const dryRun = values['dry-run'] === true;
  const chunkSize = integerOption(values, 'chunk-size', command, { min: 1, max: MAX_CHUNK_SIZE });
  const concurrency = integerOption(values, 'concurrency', command, { min: 1, max: MAX_CONCURRENCY });

  const users = await loadUsersFile(file, context);
  const passwords = users.map((user) => user.password);
  context.redactor = new Redactor(passwords);

  const connection = await connect(context.global, context.logger);
  context.redactor = connection.redactor.with(passwords);
  try {
    if (!json) terminal.err.write(dryRun ? 'Planning users (dry run)...\n' : 'Creating users...\n');
    const progress = batchProgress(terminal, context.logger, { json });
    let report;
    try {
      report = await connection.anyscale.user.adminBatchCreate(users, {
        chunkSize,
        concurrency,
        skipExisting,
        dryRun,
        signal: context.signal,
        onChunk: (chunk) => progress.update(chunk),
        expect_plan: stringOption(values, 'expect-plan'),
        record: stringOption(values, 'record'),
      });
    } finally {
      progress.finish();
    }
    const summary = summarizeBatch(report);
    if (json) {
      writeJson(terminal.out, batchJson(report, summary));
      context.jsonFailure = false;
    } else {
      writeBatchReport(terminal, summary);
    }
    if (summary.failure) throw summary.failure;
    return 0;
  } finally {
    await connection.close();
  }
}
