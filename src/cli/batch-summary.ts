import { AnyscaleError, type ErrorCode } from '../core/errors.ts';
import { toDict } from '../core/models.ts';
import type { BatchCreateReport, UserResultStatus } from '../core/operations/batch-create.ts';
import { plural } from '../core/plural.ts';
import { paint, type Terminal } from './terminal.ts';

/** Emails named per line in the summary; --json has them all. */
const EMAILS_SHOWN = 10;

/** The --json form: counts, then every user's outcome in input order. Never holds a password. */
export function batchJson(report: BatchCreateReport): Record<string, unknown> {
  const error = (e: { code: string; message: string }) => ({ code: e.code, message: e.message });
  return {
    ok: report.ok,
    dryRun: report.dryRun,
    counts: report.counts,
    created: report.created.map(toDict),
    skipped: report.skipped,
    results: report.results.map((result) => ({
      index: result.index,
      email: result.email,
      status: result.status,
      ...(result.error ? { error: error(result.error) } : {}),
    })),
    requests: report.requests,
    ...(report.error ? { error: error(report.error) } : {}),
  };
}

function emailsOf(report: BatchCreateReport, status: UserResultStatus): string {
  const emails = report.results.filter((result) => result.status === status).map((result) => result.email);
  const more = emails.length - EMAILS_SHOWN;
  return emails.slice(0, EMAILS_SHOWN).join(', ') + (more > 0 ? ` and ${more} more (--json lists all)` : '');
}

const existing = (count: number) => `${plural(count, 'user')} that already ${count === 1 ? 'exists' : 'exist'}`;

/** The closing summary on stdout: what was created, skipped, and what failed. */
export function writeBatchSummary(terminal: Terminal, report: BatchCreateReport): void {
  const { counts } = report;
  const lines: string[] = [];
  const green = (text: string) => paint(terminal.outColor, 'green', text);
  if (report.results.length === 0) lines.push('The file holds no users; nothing to create.');
  if (report.dryRun) {
    lines.push('Dry run: nothing was created.');
    if (counts.would_create > 0) lines.push(`Would create ${plural(counts.would_create, 'user')}: ${emailsOf(report, 'would_create')}`);
    if (counts.skipped > 0) lines.push(`Would skip ${existing(counts.skipped)}: ${emailsOf(report, 'skipped')}`);
  } else {
    if (report.results.length > 0) lines.push(green(`${plural(counts.created, 'user')} created.`));
    if (counts.skipped > 0) lines.push(`Skipped ${existing(counts.skipped)}: ${emailsOf(report, 'skipped')}`);
  }
  if (counts.failed > 0) lines.push(`${report.dryRun ? 'Would fail' : 'Failed'}: ${plural(counts.failed, 'user')}: ${emailsOf(report, 'failed')}`);
  if (counts.unknown > 0) {
    lines.push(`Unknown: ${plural(counts.unknown, 'user')} may exist (the answer was lost): ${emailsOf(report, 'unknown')}; re-run to settle them.`);
  }
  if (counts.not_sent > 0) lines.push(`Not sent: ${plural(counts.not_sent, 'user')} (the batch stopped before them).`);
  terminal.out.write(lines.map((line) => `${line}\n`).join(''));
}

/** The error that makes a batch exit non-zero: what stopped it, else the first user's failure. */
export function batchFailure(report: BatchCreateReport): AnyscaleError | undefined {
  if (report.ok) return undefined;
  if (report.error) return report.error;
  const failed = report.results.filter((result) => result.error !== undefined);
  const first = failed[0]?.error;
  const code: ErrorCode = first?.code ?? 'SERVER';
  const verb = report.dryRun ? 'would fail' : 'failed';
  return new AnyscaleError(code, `${plural(failed.length, 'user')} ${verb}; first: ${first?.message ?? 'unknown error'}`);
}
