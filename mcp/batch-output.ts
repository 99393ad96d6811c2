import type { ResourceLink } from '@modelcontextprotocol/server';
import * as z from 'zod';
import { emailsByStatus } from '../src/core/batch-summary.ts';
import { prefixWithin } from '../src/core/prefix-within.ts';
import { resultLink, type BatchResultStore } from './batch-results.ts';
import type { BatchPlan } from './plan.ts';
import { safeEmail } from './results.ts';

/*
 * The structured result of batch_create_users, sized for a model's context: counts, the first
 * emails of each status, the per-user results a model must act on, and a link to all of them. A
 * confirmed create of the most users one call takes stays well under 20,000 tokens.
 */

export const STATUSES = ['would_create', 'exists', 'invalid', 'created', 'skipped', 'failed', 'not_sent', 'unknown'] as const;
export type Status = (typeof STATUSES)[number];

/** Emails listed per status in the structured result, at most EMAILS_BUDGET characters of them. */
export const EMAILS_SHOWN = 100;
const EMAILS_BUDGET = 3_000;
const TEXT_EMAILS = 10;
/**
 * A call with more users lists only the results that need acting on, this many at most; and
 * never more than RESULTS_BUDGET characters of results, however long the values a model sent.
 * With the emails' budgets, a result stays under about 15,000 tokens in the worst case.
 */
export const RESULTS_SHOWN = 100;
const RESULTS_BUDGET = 24_000;
const NEEDS_ACTION: readonly Status[] = ['invalid', 'failed', 'unknown'];

export const UserResultOutput = z.object({
  index: z.number().int().describe('Position of the user in the users argument.'),
  email: z.string().optional(),
  status: z.enum(STATUSES),
  user_id: z.string().optional().describe('Id of the created user.'),
  error: z.object({ code: z.string(), message: z.string() }).optional().describe('Why this user failed.'),
  issues: z
    .array(z.object({ field: z.string(), message: z.string() }))
    .optional()
    .describe('What is wrong with an invalid user.'),
});
export type UserResultOutput = z.infer<typeof UserResultOutput>;

export const outputSchema = z.object({
  dry_run: z.boolean(),
  plan_id: z.string().describe('Names this exact plan; confirm it with confirm_plan_id.'),
  skip_existing: z.boolean(),
  fingerprint: z.string().describe("The change set's fingerprint, the same one `anyscale-users plan` gives."),
  total: z.number().int().describe('Users in the call.'),
  counts: z.object(Object.fromEntries(STATUSES.map((status) => [status, z.number().int()])) as Record<Status, z.ZodNumber>),
  emails: z
    .object(Object.fromEntries(STATUSES.map((status) => [status, z.array(z.string())])) as Record<Status, z.ZodArray<z.ZodString>>)
    .describe(`The emails of each status, in input order, the first ${EMAILS_SHOWN} of each (fewer if they are very long).`),
  results: z
    .array(UserResultOutput)
    .describe(
      `Each user's result, in input order: every user when the call has at most ${RESULTS_SHOWN}; otherwise only the invalid, failed and unknown ones, the first ${RESULTS_SHOWN}.`,
    ),
  complete: z.boolean().describe('True when emails and results list every user; otherwise results_uri has them all.'),
  results_uri: z.string().optional().describe("A resource (resources/read) with every user's result; set when complete is false."),
});

export interface BatchOutput {
  structured: Record<string, unknown>;
  /** The text part's account of who ended where, emails first. */
  emailsText: string;
  /** To every user's result, when the structured result does not list them all. */
  link?: ResourceLink;
}

function countsOf(results: readonly UserResultOutput[]): Record<Status, number> {
  const counts = Object.fromEntries(STATUSES.map((status) => [status, 0])) as Record<Status, number>;
  for (const result of results) counts[result.status]++;
  return counts;
}

/** `created: a@x, b@x and 490 more; skipped: c@x.` Invalid users are named by position, as their emails are unchecked. */
function textOf(results: readonly UserResultOutput[]): string {
  const named = emailsByStatus(
    results,
    STATUSES.filter((status) => status !== 'invalid'),
    TEXT_EMAILS,
  )
    .filter(({ emails }) => emails.length > 0)
    .map(({ status, emails, more }) => `${status}: ${emails.map(safeEmail).join(', ')}${more > 0 ? ` and ${more} more` : ''}`);
  const invalid = results.filter((result) => result.status === 'invalid');
  if (invalid.length > 0) {
    const shown = invalid.slice(0, TEXT_EMAILS).map((result) => `users[${result.index}]`);
    named.push(`invalid: ${shown.join(', ')}${invalid.length > shown.length ? ` and ${invalid.length - shown.length} more` : ''}`);
  }
  return named.length > 0 ? `${named.join('; ')}.` : '';
}

/** The longest prefix of `items` whose JSON fits in `budget` characters. */
function fitting<T>(items: readonly T[], budget: number): T[] {
  return prefixWithin(items, budget, (item) => JSON.stringify(item).length + 1);
}

export function batchOutput(plan: BatchPlan, dryRun: boolean, results: UserResultOutput[], store: BatchResultStore): BatchOutput {
  const counts = countsOf(results);
  const byStatus = emailsByStatus(results, STATUSES, EMAILS_SHOWN).map(({ status, emails, more }) => {
    const kept = fitting(emails, EMAILS_BUDGET);
    return { status, emails: kept, more: more + emails.length - kept.length };
  });
  const emails = Object.fromEntries(byStatus.map(({ status, emails }) => [status, emails]));
  const candidates =
    results.length <= RESULTS_SHOWN ? results : results.filter((result) => NEEDS_ACTION.includes(result.status)).slice(0, RESULTS_SHOWN);
  const listed = fitting(candidates, RESULTS_BUDGET);
  const complete = listed.length === results.length && byStatus.every(({ more }) => more === 0);
  const head = {
    dry_run: dryRun,
    plan_id: plan.planId,
    skip_existing: plan.skipExisting,
    fingerprint: plan.fingerprint,
    total: results.length,
    counts,
  };
  const structured = { ...head, emails, results: listed, complete };
  if (complete) return { structured, emailsText: textOf(results) };
  const uri = store.keep({ ...head, results });
  return {
    structured: { ...structured, results_uri: uri },
    emailsText: `${textOf(results)} Every result: ${uri}`,
    link: resultLink(uri, results.length),
  };
}
