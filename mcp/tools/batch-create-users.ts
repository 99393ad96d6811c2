import type { CallToolResult, McpServer, ServerContext } from '@modelcontextprotocol/server';
import * as z from 'zod';
import type { UserApi } from '../../src/core/anyscale.ts';
import { AdminCreateUserSchema } from '../../src/core/models.ts';
import { batchCounts, batchFailure, batchSentence, summarizeBatch } from '../../src/core/batch-summary.ts';
import type { BatchCreateReport } from '../../src/core/operations/batch-create.ts';
import { planBatchCreate, type BatchPlan } from '../plan.ts';
import { askToConfirm, clientSupportsForms, confirmationAnswer } from '../confirmation.ts';
import { failure, failureFor, issueLocation, type ToolFailure } from '../failures.ts';
import { failed, guarded, safeId, success } from '../results.ts';
import type { ConfirmationState, ToolDeps } from '../tool-deps.ts';

export const MAX_USERS_PER_CALL = 500;

const description = `Create user accounts in the Anyscale organization this server is connected to (Anyscale is a platform for AI and Python workloads; an organization is a company's account). Creating a user grants that person access to the organization, so this tool is built to be checked before it acts:

1. Call with dry_run: true. Nothing is created; the result is the plan: every user marked would_create, exists (already a member) or invalid (with its issues), and a plan_id.
2. Show the plan to the user and ask whether to go ahead.
3. Call again with the same users and dry_run: false. If the client can show a confirmation form, the user confirms there. Otherwise include confirm_plan_id set to the plan_id from step 1; the call is refused, creating nothing, if the plan has changed since.

Each user needs name (first name), email and is_sso_user (true if they sign in through the organization's single sign-on); password (initial password), lastname and title are optional. Unknown fields are refused. With skip_existing (default true), users who already exist are reported as skipped instead of failing, so repeating a call creates nobody twice. At most ${MAX_USERS_PER_CALL} users per call; large batches send progress notifications. The result lists every user with its status: would_create, exists, invalid (plans); created, skipped, failed, not_sent, unknown (runs; unknown: sent but not settled, the user may exist, and calling again with skip_existing settles it). Passwords are never shown.`;

const FIELD_DESCRIPTIONS: Record<string, string> = {
  name: 'First name.',
  email: 'Email address; becomes the login.',
  password: 'Initial password (optional; not needed for single sign-on users).',
  is_sso_user: "true if the user signs in through the organization's single sign-on.",
  lastname: 'Last name (optional).',
  title: 'Job title (optional).',
};

/**
 * One user, as documented to the model: core's AdminCreateUser model rendered as JSON Schema.
 * The SDK does not enforce it item by item; core's own validation does, so that one bad user
 * becomes an `invalid` entry with its issues in the plan instead of a refusal of the whole call.
 */
function documentedUser(): z.ZodUnknown {
  const { $schema: _, ...schema } = z.toJSONSchema(AdminCreateUserSchema, { io: 'input' }) as Record<string, unknown> & {
    properties: Record<string, Record<string, unknown>>;
  };
  for (const [field, description] of Object.entries(FIELD_DESCRIPTIONS)) {
    if (schema.properties[field]) schema.properties[field] = { ...schema.properties[field], description };
  }
  return z.unknown().meta(schema);
}

const inputSchema = z
  .object({
    users: z
      .array(documentedUser())
      .min(1)
      .max(MAX_USERS_PER_CALL)
      .describe('The users to create: {name, email, is_sso_user, password?, lastname?, title?} each.'),
    dry_run: z.boolean().default(false).describe('true: only work out and return the plan; create nothing.'),
    skip_existing: z.boolean().default(true).describe('true (default): report users who already exist as skipped.'),
    confirm_plan_id: z
      .string()
      .min(1)
      .optional()
      .describe('The plan_id of the dry run the user approved; needed when the client cannot show a confirmation form.'),
  })
  .strict();
type Args = z.infer<typeof inputSchema>;

const STATUSES = ['would_create', 'exists', 'invalid', 'created', 'skipped', 'failed', 'not_sent', 'unknown'] as const;
type Status = (typeof STATUSES)[number];

const UserResultOutput = z.object({
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
type UserResultOutput = z.infer<typeof UserResultOutput>;

const outputSchema = z.object({
  dry_run: z.boolean(),
  plan_id: z.string().describe('Names this exact plan; confirm it with confirm_plan_id.'),
  skip_existing: z.boolean(),
  fingerprint: z.string().describe('The change set\'s fingerprint, the same one `anyscale-users plan` gives.'),
  present: z.array(z.string()).describe('Emails of the users already in the organization.'),
  counts: z.object(Object.fromEntries(STATUSES.map((status) => [status, z.number().int()])) as Record<Status, z.ZodNumber>),
  results: z.array(UserResultOutput),
});

function output(plan: BatchPlan, dryRun: boolean, results: UserResultOutput[]): Record<string, unknown> {
  const counts = Object.fromEntries(STATUSES.map((status) => [status, 0])) as Record<Status, number>;
  for (const result of results) counts[result.status]++;
  return { dry_run: dryRun, plan_id: plan.planId, skip_existing: plan.skipExisting, fingerprint: plan.fingerprint, present: plan.present, counts, results };
}

function planResults(plan: BatchPlan): UserResultOutput[] {
  return plan.entries.map((entry) => ({
    index: entry.index,
    ...(entry.email === undefined ? {} : { email: entry.email }),
    status: entry.status,
    ...(entry.issues ? { issues: entry.issues.map(({ field, message }) => ({ field, message })) } : {}),
  }));
}

/** Per-user outcomes of a run. A failure's text is ours, never what the API said. */
function runResults(report: BatchCreateReport): UserResultOutput[] {
  return report.results.map((result) => ({
    index: result.index,
    email: result.email,
    status: result.status as Status,
    ...(result.user?.user_id ? { user_id: result.user.user_id } : {}),
    ...(result.error ? { error: { code: result.error.code, message: failure(result.error.code).message } } : {}),
  }));
}

/** Nothing to create: the plan already says what would happen to each user, so nothing is sent. */
function existingOnlyResults(plan: BatchPlan): UserResultOutput[] {
  return plan.entries.map((entry) => ({
    index: entry.index,
    ...(entry.email === undefined ? {} : { email: entry.email }),
    status: plan.skipExisting ? 'skipped' : 'failed',
    ...(plan.skipExisting ? {} : { error: { code: 'CONFLICT', message: failure('CONFLICT').message } }),
  }));
}

function planText(plan: BatchPlan): string {
  const { would_create, exists, invalid } = plan.counts;
  return `Plan ${plan.planId}: ${would_create} would be created, ${exists} already exist, ${invalid} invalid. Nothing was created (dry run).`;
}

/** Core's sentence (counts only: safe for the log as well as the text), then the ids created. */
function runText(sentence: string, results: UserResultOutput[]): string {
  const ids = results.flatMap((result) => (result.user_id ? [safeId(result.user_id)] : []));
  return ids.length === 0 ? sentence : `${sentence} User ids created: ${ids.join(', ')}.`;
}

async function run(api: UserApi, args: Args, plan: BatchPlan, ctx: ServerContext, deps: ToolDeps): Promise<CallToolResult> {
  if (plan.counts.would_create === 0) {
    const results = existingOnlyResults(plan);
    const structured = output(plan, false, results);
    const sentence = batchSentence(batchCounts(results), results.length, false);
    return plan.skipExisting ? success(structured, runText(sentence, results)) : failed(failure('CONFLICT'), structured);
  }
  const progressToken = ctx.mcpReq._meta?.progressToken;
  const notifications: Promise<void>[] = [];
  // Every item passed core validation in the plan (and core checks them again before sending).
  const report = await api.adminBatchCreate(args.users as Record<string, unknown>[], {
    skipExisting: args.skip_existing,
    // The plan checked existence moments ago in this same call: one check per user per call.
    existingEmails: plan.existingEmails,
    signal: ctx.mcpReq.signal,
    onChunk: ({ chunk, chunks, done, total }) => {
      if (progressToken === undefined) return;
      const params = { progressToken, progress: done, total, message: `Sent chunk ${chunk} of ${chunks}.` };
      notifications.push(ctx.mcpReq.notify({ method: 'notifications/progress', params }).catch(() => {}));
    },
  });
  // A client stops listening for progress once it has the result, so the last chunk's
  // notification must be on its way first.
  await Promise.all(notifications);
  const results = runResults(report);
  const structured = output(plan, false, results);
  const { sentence } = summarizeBatch(report);
  deps.logger.info(`batch_create_users: ${sentence}`);
  const stoppedBy = batchFailure(report);
  if (!stoppedBy) return success(structured, runText(sentence, results));
  const stopped: ToolFailure = failureFor(stoppedBy);
  return failed({ ...stopped, message: `${sentence} ${stopped.message}` }, structured);
}

/** A call that carries the person's answer to the confirmation form. */
async function resume(api: UserApi, args: Args, plan: BatchPlan, shown: ConfirmationState, ctx: ServerContext, deps: ToolDeps) {
  const answer = confirmationAnswer(ctx);
  if (answer !== 'confirmed') {
    deps.logger.info(`batch_create_users: confirmation ${answer === 'declined' ? 'declined' : 'not answered'}`);
    return failed(failure('DECLINED'), output(plan, false, planResults(plan)));
  }
  // The person confirmed the plan they were shown; if the users or the org changed meanwhile, that is not this plan.
  if (shown.planId !== plan.planId) return failed(failure('PLAN_MISMATCH'), output(plan, false, planResults(plan)));
  return run(api, args, plan, ctx, deps);
}

export function registerBatchCreateUsers(server: McpServer, deps: ToolDeps): void {
  server.registerTool(
    'batch_create_users',
    {
      title: 'Create organization users (plan, confirm, create)',
      description,
      inputSchema,
      outputSchema,
      annotations: { readOnlyHint: false, destructiveHint: false, idempotentHint: true, openWorldHint: true },
    },
    guarded(
      'batch_create_users',
      deps,
      async (args, ctx) => {
      const api = deps.users();
      const plan = await planBatchCreate(api, args.users, { skipExisting: args.skip_existing, key: deps.planKey, signal: ctx.mcpReq.signal });
      const planned = output(plan, args.dry_run, planResults(plan));
      if (args.dry_run) return success(planned, planText(plan));
      const shown = ctx.mcpReq.requestState<ConfirmationState>();
      if (shown !== undefined) return resume(api, args, plan, shown, ctx, deps);

      deps.logger.info(`batch_create_users: planned ${plan.entries.length} user(s), ${plan.counts.would_create} to create`);
      if (plan.counts.invalid > 0) {
        const where = plan.entries.flatMap((entry) => entry.issues ?? []).map(issueLocation);
        return failed(failure('INVALID_USERS', { message: `Some users are invalid, so nothing was created: ${where.join(', ')}.` }), planned);
      }
      if (plan.counts.would_create === 0) return run(api, args, plan, ctx, deps);
      if (args.confirm_plan_id !== undefined && args.confirm_plan_id !== plan.planId) return failed(failure('PLAN_MISMATCH'), planned);
      // A form shown to the person is the stronger confirmation: when the client has one, a plan id alone is not enough.
      if (deps.elicitation && clientSupportsForms(ctx, server)) {
        return askToConfirm(plan, await deps.confirmationState.mint({ planId: plan.planId }));
      }
      if (args.confirm_plan_id === plan.planId) return run(api, args, plan, ctx, deps);
      return failed(failure('CONFIRMATION_REQUIRED'), planned);
      },
      passwordsOf,
    ),
  );
}

/** The passwords a call carries, whatever shape its users have: a server may echo them back. */
function passwordsOf(args: Args): string[] {
  return args.users.flatMap((user) => {
    const password = (user as { password?: unknown } | null)?.password;
    return typeof password === 'string' ? [password] : [];
  });
}
