import { summarizeBatch } from '../core/batch-summary.ts';
import type { BatchCreateReport } from '../core/operations/batch-create.ts';

/** Whether the step succeeds, and the sentence that says what happened. */
export interface BatchVerdict {
  ok: boolean;
  /** The error code that failed the step (failures only). */
  code?: string;
  message: string;
}

/**
 * The step fails when any user failed, was not sent or is unsettled; users that already existed
 * (skipped) do not fail it. The words are core's; only the hint names the action's input.
 */
export function batchVerdict(report: BatchCreateReport): BatchVerdict {
  const summary = summarizeBatch(report);
  if (!summary.failure) return { ok: true, message: summary.sentence };
  const { code, message } = summary.failure;
  const hint = code === 'CONFLICT' ? ' Set skip-existing to true to skip users that already exist.' : '';
  return { ok: false, code, message: `${message}${hint}` };
}
