import type { BatchCreateReport, UserResultStatus } from '../core/operations/batch-create.ts';
import { plural } from '../core/plural.ts';

/** What happened to one user of a batch, in the action's vocabulary (kebab-case, like its inputs). */
export const OPERATIONS = ['created', 'skipped', 'would-create', 'failed', 'not-sent', 'unknown'] as const;
export type Operation = (typeof OPERATIONS)[number];

const OPERATION_OF: Record<UserResultStatus, Operation> = {
  created: 'created',
  skipped: 'skipped',
  would_create: 'would-create',
  failed: 'failed',
  not_sent: 'not-sent',
  unknown: 'unknown',
};

export function operationOf(status: UserResultStatus): Operation {
  return OPERATION_OF[status];
}

export type OperationCounts = Record<Operation, number>;

/** Core's counts per status, under the action's names. */
export function operationCounts(counts: Record<UserResultStatus, number>): OperationCounts {
  return Object.fromEntries(Object.entries(counts).map(([status, n]) => [operationOf(status as UserResultStatus), n])) as OperationCounts;
}

/** Whether the step succeeds, and the sentence that says what happened. */
export interface BatchVerdict {
  ok: boolean;
  /** The error code that failed the step (failures only). */
  code?: string;
  message: string;
}

/**
 * The step's outcome follows from the per-user results: it fails when any user failed or was
 * not sent; users that already existed (skipped) do not fail it, but are said.
 */
export function batchVerdict(report: BatchCreateReport): BatchVerdict {
  const counts = operationCounts(report.counts);
  const total = report.results.length;
  if (report.ok) {
    if (report.dryRun) {
      const skipped = counts.skipped > 0 ? `, ${plural(counts.skipped, 'already exists and would be skipped', 'already exist and would be skipped')}` : '';
      return { ok: true, message: `Dry run: ${plural(counts['would-create'], 'user', 'users')} would be created${skipped}; nothing was created.` };
    }
    if (counts.skipped === 0) return { ok: true, message: `Created ${plural(counts.created, 'user', 'users')}.` };
    if (counts.created === 0) {
      return { ok: true, message: `Nothing to create: ${counts.skipped === 1 ? 'the user already exists and was' : `all ${counts.skipped} users already exist and were`} skipped.` };
    }
    return {
      ok: true,
      message: `Created ${plural(counts.created, 'user', 'users')}; ${plural(counts.skipped, 'user already existed and was', 'users already existed and were')} skipped.`,
    };
  }
  const firstFailure = report.results.find((r) => r.error !== undefined)?.error;
  const cause = report.error ?? firstFailure;
  const code = cause?.code ?? 'SERVER';
  const parts = [`${counts.failed} of ${total} users failed`];
  if (counts['not-sent'] > 0) parts.push(`${counts['not-sent']} were not sent`);
  if (counts.unknown > 0) parts.push(`${counts.unknown} may exist (unknown: re-run to settle them)`);
  if (counts.created > 0) parts.push(`${counts.created} were created`);
  if (counts.skipped > 0) parts.push(`${counts.skipped} already existed and were skipped`);
  const hint = code === 'CONFLICT' ? ' Set skip-existing to true to skip users that already exist.' : '';
  return { ok: false, code, message: `${parts.join(', ')}: ${cause?.message ?? 'see the result output for each user.'}${hint}` };
}
