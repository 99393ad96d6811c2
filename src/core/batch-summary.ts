import { AnyscaleError, type ErrorCode } from './errors.ts';
import type { BatchCreateReport, UserResult } from './operations/batch-create.ts';
import { plural } from './plural.ts';

/**
 * Every status a user of a batch can end in, in the order a summary names them. `unknown` means
 * the user was sent but the outcome was not settled: the user may exist, and a re-run with skip
 * existing settles it.
 */
export const BATCH_STATUSES = ['created', 'skipped', 'would_create', 'failed', 'not_sent', 'unknown'] as const;
export type BatchStatus = (typeof BATCH_STATUSES)[number];
export type BatchCounts = Record<BatchStatus, number>;

/** What every adapter renders for one batch; adapters choose only the format. */
export interface BatchSummary {
  dryRun: boolean;
  /** True when no user failed, was left unsent or is unsettled. */
  ok: boolean;
  total: number;
  counts: BatchCounts;
  /** One result per input user, in input order. */
  results: readonly UserResult[];
  /** One sentence saying what happened to the batch, the same in every adapter. */
  sentence: string;
  /** The error that fails the batch, when it fails. */
  failure?: AnyscaleError;
}

/** Counts per status; takes any results with a status, so a plan's entries count the same way. */
export function batchCounts(results: readonly { status: string }[]): BatchCounts {
  const counts = Object.fromEntries(BATCH_STATUSES.map((status) => [status, 0])) as BatchCounts;
  for (const result of results) if (result.status in counts) counts[result.status as BatchStatus]++;
  return counts;
}

/** How each status is said, after its count; dry run says what would happen. */
function phrase(status: BatchStatus, count: number, dryRun: boolean): string {
  const verb = (done: string, would: string) => `${count} ${dryRun ? would : done}`;
  switch (status) {
    case 'created':
      return verb('created', 'would be created');
    case 'would_create':
      return `${count} would be created`;
    case 'skipped':
      return verb('skipped as existing', 'would be skipped as existing');
    case 'failed':
      return verb('failed', 'would fail');
    case 'not_sent':
      return `${count} not sent`;
    case 'unknown':
      return `${count} with an unsettled outcome (${count === 1 ? 'it' : 'they'} may exist; re-run with skip existing to settle)`;
  }
}

/** `Batch of 3 users: 2 created, 1 skipped as existing.`; a dry run says it created nothing. */
export function batchSentence(counts: BatchCounts, total: number, dryRun: boolean): string {
  const parts = BATCH_STATUSES.filter((status) => counts[status] > 0).map((status) => phrase(status, counts[status], dryRun));
  const what = parts.length > 0 ? parts.join(', ') : 'nothing to create';
  return `${dryRun ? 'Dry run of' : 'Batch of'} ${plural(total, 'user')}: ${what}${dryRun ? '; nothing was created' : ''}.`;
}

function isOk(counts: BatchCounts): boolean {
  return counts.failed === 0 && counts.not_sent === 0 && counts.unknown === 0;
}

/**
 * The error that fails a batch: what stopped it, else the first user's failure, with the batch's
 * sentence in front so that it stands on its own. Undefined for a batch that succeeded.
 */
function batchFailure(report: BatchCreateReport, counts: BatchCounts, sentence: string): AnyscaleError | undefined {
  if (isOk(counts)) return undefined;
  const cause = report.error ?? report.results.find((result) => result.error !== undefined)?.error;
  const code: ErrorCode = cause?.code ?? (counts.unknown > 0 ? 'BAD_RESPONSE' : 'SERVER');
  const detail = cause?.message ?? 'See the result of each user.';
  return new AnyscaleError(code, `${sentence} ${detail}`);
}

export function summarizeBatch(report: BatchCreateReport): BatchSummary {
  const counts = batchCounts(report.results);
  const sentence = batchSentence(counts, report.results.length, report.dryRun);
  const failure = batchFailure(report, counts, sentence);
  return {
    dryRun: report.dryRun,
    ok: failure === undefined,
    total: report.results.length,
    counts,
    results: report.results,
    sentence,
    ...(failure ? { failure } : {}),
  };
}

/** The emails of one status, the first `limit` of them, and how many more there are. */
export interface StatusEmails<S extends string> {
  status: S;
  emails: string[];
  more: number;
}

/**
 * The emails of each status, in the order of `statuses` and then input order, the first `limit`
 * of each: how every adapter names who ended where without listing a big batch whole.
 */
export function emailsByStatus<S extends string>(
  results: readonly { status: string; email?: string | undefined }[],
  statuses: readonly S[],
  limit: number,
): StatusEmails<S>[] {
  return statuses.map((status) => {
    const all = results.flatMap((result) => (result.status === status && result.email !== undefined ? [result.email] : []));
    return { status, emails: all.slice(0, limit), more: Math.max(0, all.length - limit) };
  });
}
