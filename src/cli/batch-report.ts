import { BATCH_STATUSES, emailsByStatus, type BatchSummary } from '../core/batch-summary.ts';
import { toDict } from '../core/models.ts';
import type { BatchCreateReport } from '../core/operations/batch-create.ts';
import { paint, type Terminal } from './terminal.ts';

/*
 * The CLI's two renderings of a batch. What happened, counted and said in one sentence, is core's
 * (src/core/batch-summary.ts), as in the action and the MCP server; the CLI only lays it out.
 */

/** Emails named per status in the text form; --json has them all. */
const EMAILS_SHOWN = 10;

/**
 * The --json form: the sentence and the counts, every user's outcome in input order, and the created
 * users as the SDK's to_dict() gives them. Never holds a password.
 */
export function batchJson(report: BatchCreateReport, summary: BatchSummary): Record<string, unknown> {
  const error = (e: { code: string; message: string }) => ({ code: e.code, message: e.message });
  return {
    ok: summary.ok,
    dry_run: summary.dryRun,
    message: summary.sentence,
    total: summary.total,
    counts: summary.counts,
    created: report.created.map(toDict),
    skipped: report.skipped,
    results: summary.results.map((result) => ({
      index: result.index,
      email: result.email,
      status: result.status,
      ...(result.error ? { error: error(result.error) } : {}),
    })),
    requests: report.requests,
    ...(report.error ? { error: error(report.error) } : {}),
  };
}

function emailLines(summary: BatchSummary): string[] {
  return emailsByStatus(summary.results, BATCH_STATUSES, EMAILS_SHOWN)
    .filter(({ emails }) => emails.length > 0)
    .map(({ status, emails, more }) => `  ${status}: ${emails.join(', ')}${more > 0 ? ` and ${more} more (--json lists all)` : ''}`);
}

/** The text form on stdout: core's sentence, then the emails of each status, the first ten of each. */
export function writeBatchReport(terminal: Terminal, summary: BatchSummary): void {
  const sentence = summary.ok && !summary.dryRun ? paint(terminal.outColor, 'green', summary.sentence) : summary.sentence;
  terminal.out.write([sentence, ...emailLines(summary)].map((line) => `${line}\n`).join(''));
}
