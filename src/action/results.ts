import type { AdminCreatedUser, User } from '../core/models.ts';
import { plural } from '../core/plural.ts';
import { batchCounts } from '../core/batch-summary.ts';
import { batchVerdict, type BatchVerdict } from './batch-operations.ts';
import type { CommandOutcome } from './commands.ts';
import type { ActionFailure } from './failure.ts';
import type { Command } from './inputs.ts';
import { planMarkdown } from './plan-markdown.ts';

/**
 * The action's outputs, before serialisation. Every one is always set (on failure too, to an
 * empty value), because `fromJSON('')` fails the step that reads it. None holds a secret:
 * User and AdminCreatedUser have no password field.
 */
export interface ActionOutputs {
  result: Record<string, unknown>;
  users: (User | AdminCreatedUser)[];
  user: User | Record<string, never>;
  count: number;
  /** Emails. */
  created: string[];
  skipped: string[];
  /** plan: the change set's fingerprint, for a later batch-create's expect-plan. '' otherwise. */
  fingerprint: string;
  /** plan: the number of users to create. */
  changes: number;
  /** plan: the strays' emails. */
  strays: string[];
  /** plan: the plan as Markdown, at most MAX_PLAN_MARKDOWN characters. */
  planMarkdown: string;
}

/** The outputs of commands that are not a plan. */
const noPlan = (): Pick<ActionOutputs, 'fingerprint' | 'changes' | 'strays' | 'planMarkdown'> => ({
  fingerprint: '',
  changes: 0,
  strays: [],
  planMarkdown: '',
});

export function outputsOf(outcome: CommandOutcome): ActionOutputs {
  switch (outcome.command) {
    case 'list':
      return {
        result: { command: 'list', ok: true, count: outcome.users.length, users: outcome.users },
        users: outcome.users,
        user: {},
        count: outcome.users.length,
        created: [],
        skipped: [],
        ...noPlan(),
      };
    case 'get':
      return {
        result: { command: 'get', ok: true, count: 1, user: outcome.user },
        users: [outcome.user],
        user: outcome.user,
        count: 1,
        created: [],
        skipped: [],
        ...noPlan(),
      };
    case 'batch-create': {
      const { report } = outcome;
      const verdict = batchVerdict(report);
      const created = report.created.map((user) => user.email);
      return {
        result: {
          command: 'batch-create',
          ok: verdict.ok,
          dry_run: report.dryRun,
          message: verdict.message,
          total: report.results.length,
          counts: batchCounts(report.results),
          results: report.results.map((r) => ({
            index: r.index,
            email: r.email,
            status: r.status,
            ...(r.user ? { user: r.user } : {}),
            ...(r.error ? { error: r.error } : {}),
          })),
          created,
          skipped: report.skipped,
          requests: report.requests,
          ...(verdict.code ? { error: { code: verdict.code, message: verdict.message } } : {}),
        },
        users: report.created,
        user: {},
        count: report.created.length,
        created,
        skipped: report.skipped,
        ...noPlan(),
      };
    }
    case 'plan': {
      const { plan } = outcome;
      return {
        result: { command: 'plan', ok: true, ...plan },
        users: [],
        user: {},
        count: plan.counts.to_create,
        created: [],
        skipped: [],
        fingerprint: plan.fingerprint,
        changes: plan.counts.to_create,
        strays: plan.strays.map((stray) => stray.email),
        planMarkdown: planMarkdown(plan),
      };
    }
    case 'export': {
      const { file, format, count } = outcome.exported;
      return {
        result: { command: 'export', ok: true, count, users_file: file, format },
        users: [],
        user: {},
        count,
        created: [],
        skipped: [],
        ...noPlan(),
      };
    }
  }
}

/** Whether the step succeeds; only a batch can fail without throwing. */
export function verdictOf(outcome: CommandOutcome): BatchVerdict {
  if (outcome.command === 'batch-create') return batchVerdict(outcome.report);
  if (outcome.command === 'get') return { ok: true, message: `Found ${outcome.user.email}.` };
  if (outcome.command === 'plan') {
    const { counts, fingerprint } = outcome.plan;
    return {
      ok: true,
      message: `Plan: ${counts.to_create} to create, ${counts.present} present, ${plural(counts.strays, 'stray')}. Fingerprint: ${fingerprint}.`,
    };
  }
  if (outcome.command === 'export') {
    const { count, file } = outcome.exported;
    return { ok: true, message: `Exported ${plural(count, 'user')} to ${file}.` };
  }
  return { ok: true, message: `Listed ${plural(outcome.users.length, 'user')}.` };
}

export function failureOutputs(command: Command | undefined, failure: ActionFailure): ActionOutputs {
  return {
    result: {
      ...(command ? { command } : {}),
      ok: false,
      error: { code: failure.code, message: failure.message },
      ...(failure.issues.length > 0 ? { issues: failure.issues } : {}),
    },
    users: [],
    user: {},
    count: 0,
    created: [],
    skipped: [],
    ...noPlan(),
  };
}

export function emptyOutputs(): ActionOutputs {
  return { result: {}, users: [], user: {}, count: 0, created: [], skipped: [], ...noPlan() };
}
