import * as core from '@actions/core';
import type { AdminCreateUser, User } from '../core/models.ts';
import type { BatchCreateReport, UserResult } from '../core/operations/batch-create.ts';
import { BATCH_STATUSES, batchCounts } from '../core/batch-summary.ts';
import type { BatchVerdict } from './batch-operations.ts';
import type { CommandOutcome } from './commands.ts';
import type { ActionFailure } from './failure.ts';
import { escapeHtml } from './html.ts';
import type { Command } from './inputs.ts';
import type { ActionOutputs } from './results.ts';

type SummaryRow = Parameters<typeof core.summary.addTable>[0][number];

/** Rows per table: enough to read, small enough to stay far below the 1 MiB summary limit. */
export const MAX_SUMMARY_ROWS = 200;
/** A problem list longer than this is cut too, for the same limit. */
export const MAX_SUMMARY_ISSUES = 1000;

const header = (...cells: string[]): SummaryRow => cells.map((data) => ({ data, header: true }));
/** Every cell passes through here: its text may come from anyone. */
const row = (...cells: (string | number | undefined)[]): SummaryRow => cells.map((cell) => escapeHtml(String(cell ?? '')));

const ALL_IN_OUTPUTS = "the step's outputs (or the file at result-file when they are too big for outputs)";

function addCutNote(shown: number, total: number, what: string): void {
  if (shown < total)
    core.summary.addRaw(`<p><em>Showing ${shown} of ${total} ${what}; all of them are in ${ALL_IN_OUTPUTS}.</em></p>`, true);
}

function addParagraph(text: string): void {
  core.summary.addRaw(`<p>${escapeHtml(text)}</p>`, true);
}

function addUsersTable(users: readonly User[]): void {
  const shown = users.slice(0, MAX_SUMMARY_ROWS);
  core.summary.addTable([
    header('Email', 'Name', 'Permission', 'Created', 'User ID'),
    ...shown.map((u) => row(u.email, u.name, u.permission_level, u.created_at, u.user_id)),
  ]);
  addCutNote(shown.length, users.length, 'users');
}

function resultDetail(result: UserResult): string {
  if (result.error) return `${result.error.code}: ${result.error.message}`;
  if (result.user) return result.user.user_id;
  if (result.status === 'skipped') return 'already exists';
  return '';
}

/** Problems first, so that a cut table never hides them; then the rest in input order. */
function resultsInReadingOrder(results: readonly UserResult[]): UserResult[] {
  const problem = (r: UserResult) => r.status !== 'created' && r.status !== 'skipped' && r.status !== 'would_create';
  return [...results.filter(problem), ...results.filter((r) => !problem(r))];
}

function addBatchTables(report: BatchCreateReport, users: readonly AdminCreateUser[]): void {
  const { results } = report;
  const counts = batchCounts(results);
  core.summary.addTable([
    header('Status', 'Users'),
    ...BATCH_STATUSES.filter((status) => counts[status] > 0).map((status) => row(status, counts[status])),
    row('total', results.length),
  ]);
  const shown = resultsInReadingOrder(results).slice(0, MAX_SUMMARY_ROWS);
  core.summary.addTable([
    header('#', 'Email', 'Name', 'Status', 'Detail'),
    ...shown.map((r) => row(r.index + 1, r.email, users[r.index]?.name, r.status, resultDetail(r))),
  ]);
  addCutNote(shown.length, results.length, 'users');
}

/**
 * The job summary of a command that ran: its users, a batch's counts and per-user results, or the
 * plan. Built in core.summary's buffer; ActionSink.summary() redacts and writes it.
 */
export function summarizeOutcome(outcome: CommandOutcome, verdict: BatchVerdict, outputs: Pick<ActionOutputs, 'planMarkdown'>): void {
  if (outcome.command === 'plan') {
    // The plan-markdown output as is, not rendered again; the comment renders its own, leaving room for its marker.
    core.summary.addRaw(outputs.planMarkdown, true);
    return;
  }
  const dryRun = outcome.command === 'batch-create' && outcome.report.dryRun;
  core.summary.addHeading(`Anyscale users: ${outcome.command}${dryRun ? ' (dry run)' : ''}`, 2);
  addParagraph(verdict.ok ? verdict.message : `Failed (${verdict.code}): ${verdict.message}`);
  if (outcome.command === 'list') addUsersTable(outcome.users);
  if (outcome.command === 'get') addUsersTable([outcome.user]);
  if (outcome.command === 'batch-create') addBatchTables(outcome.report, outcome.users);
}

/** The job summary of a run that stopped with an error: the error, and every problem found. */
export function summarizeFailure(command: Command | undefined, failure: ActionFailure): void {
  core.summary.addHeading(`Anyscale users: ${command ?? 'action'} failed`, 2);
  addParagraph(`${failure.code}: ${failure.issues.length > 1 ? `${failure.issues.length} problems; nothing was sent.` : failure.message}`);
  if (failure.issues.length > 1) {
    const shown = failure.issues.slice(0, MAX_SUMMARY_ISSUES);
    core.summary.addTable([header('Where', 'Problem'), ...shown.map((issue) => row(where(issue), issue.message))]);
    addCutNote(shown.length, failure.issues.length, 'problems');
  }
}

function where(issue: ActionFailure['issues'][number]): string {
  if (issue.file !== undefined) return issue.line !== undefined ? `${issue.file}:${issue.line}` : issue.file;
  if (issue.index !== undefined) return `users[${issue.index}]`;
  return `input ${issue.field}`;
}
