import { createHmac, randomBytes } from 'node:crypto';
import type { UserApi } from '../src/core/anyscale.ts';
import type { RequestOptions } from '../src/core/client.ts';
import type { ValidationIssue } from '../src/core/errors.ts';
import { validateAdminCreateUsers, type AdminCreateUser } from '../src/core/models.ts';
import { planFingerprint, plannedUser } from '../src/core/operations/plan-users.ts';

/**
 * A batch create, worked out before anything is sent, so that a person (or a host's approval
 * prompt) can confirm exactly what will happen. The plan id names the plan's content: the same
 * users against the same org give the same id, and any change (another user, a changed field or
 * password, a user created by someone else meanwhile) gives another, so a confirmation given for
 * one plan cannot be spent on a different one.
 */
export type PlanStatus = 'would_create' | 'exists' | 'invalid';

export interface PlanEntry {
  /** Position in the input batch. */
  index: number;
  /** The email as given, when the item has a string one. */
  email?: string;
  status: PlanStatus;
  /** What is wrong with the item (status `invalid` only). */
  issues?: ValidationIssue[];
}

export interface BatchPlan {
  /** One entry per input item, in input order. */
  entries: PlanEntry[];
  skipExisting: boolean;
  counts: Record<PlanStatus, number>;
  planId: string;
  /** The emails the plan's check found in the org (the users it marks `exists`): the create uses them instead of checking again. */
  existingEmails: string[];
  /** The same fingerprint `plan` gives for these users and this org (over the would_create users). */
  fingerprint: string;
}

export interface PlanOptions extends RequestOptions {
  skipExisting: boolean;
  /**
   * The secret the plan id is keyed with (HMAC-SHA256). Passwords take part in the id, so a
   * plain hash would let anyone who sees the id test guesses of a password offline; a key the
   * holder never shows prevents that. Re-plan with the same key to compare ids.
   */
  key: Uint8Array;
}

export const PLAN_KEY_BYTES = 32;

/** A fresh random plan key, for a process that issues and checks its own plan ids. */
export function newPlanKey(): Uint8Array {
  return randomBytes(PLAN_KEY_BYTES);
}

function emailOf(item: unknown): string | undefined {
  const email = (item as { email?: unknown } | null)?.email;
  return typeof email === 'string' ? email : undefined;
}

/** Everything that decides what a confirmed plan would do, in a fixed order. */
function normalizedEntry(entry: PlanEntry, user: AdminCreateUser | undefined): unknown[] {
  if (!user) return [entry.status, entry.index, (entry.issues ?? []).map((issue) => issue.field)];
  return [
    entry.status,
    user.email.toLowerCase(),
    user.name,
    user.is_sso_user,
    user.password ?? null,
    user.lastname ?? null,
    user.title ?? null,
  ];
}

export function hashPlan(entries: readonly unknown[][], skipExisting: boolean, key: Uint8Array): string {
  const canonical = JSON.stringify({ version: 1, skipExisting, entries });
  return `plan_${createHmac('sha256', key).update(canonical).digest('base64url').slice(0, 24)}`;
}

/**
 * Validates every item, looks up which users already exist, and names the result with a plan id.
 * Sends no create request. Invalid items are reported in the plan rather than thrown, so one call
 * shows everything that needs fixing.
 */
export async function planBatchCreate(user: UserApi, items: readonly unknown[], options: PlanOptions): Promise<BatchPlan> {
  const { users, issues } = validateAdminCreateUsers(items);
  const issuesByIndex = new Map<number, ValidationIssue[]>();
  for (const issue of issues) {
    if (issue.index !== undefined) issuesByIndex.set(issue.index, [...(issuesByIndex.get(issue.index) ?? []), issue]);
  }
  // validateAdminCreateUsers keeps the valid items in input order: the k-th valid user is the k-th item without issues.
  const validIndexes = items.map((_, index) => index).filter((index) => !issuesByIndex.has(index));
  const dryRun =
    users.length > 0 ? await user.adminBatchCreate(users, { dryRun: true, skipExisting: true, signal: options.signal }) : undefined;

  const userAt = new Map<number, AdminCreateUser>();
  const entries = items.map((item, index): PlanEntry => {
    const email = emailOf(item);
    const itemIssues = issuesByIndex.get(index);
    return { index, ...(email === undefined ? {} : { email }), status: 'invalid', ...(itemIssues ? { issues: itemIssues } : {}) };
  });
  validIndexes.forEach((index, k) => {
    userAt.set(index, users[k]!);
    entries[index]!.status = dryRun?.results[k]?.status === 'skipped' ? 'exists' : 'would_create';
  });

  const counts: Record<PlanStatus, number> = { would_create: 0, exists: 0, invalid: 0 };
  for (const entry of entries) counts[entry.status]++;
  const normalized = entries.map((entry) => normalizedEntry(entry, userAt.get(entry.index)));
  const existingEmails = dryRun?.results.filter((r) => r.status === 'skipped').map((r) => r.email) ?? [];
  const toCreate = [...userAt].filter(([index]) => entries[index]!.status === 'would_create').map(([, user]) => plannedUser(user));
  // The plan id covers the fingerprint's content too, so confirming a plan id re-checks the fingerprint.
  return {
    entries,
    skipExisting: options.skipExisting,
    counts,
    planId: hashPlan(normalized, options.skipExisting, options.key),
    existingEmails,
    fingerprint: planFingerprint(toCreate),
  };
}
