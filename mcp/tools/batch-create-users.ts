import type { CallToolResult, McpServer, ServerContext } from '@modelcontextprotocol/server';
import * as z from 'zod';
import type { UserApi } from '../../src/core/anyscale.ts';
import { AdminCreateUserSchema, type AdminCreateUserInput } from '../../src/core/models.ts';
import { batchCounts, batchSentence, summarizeBatch } from '../../src/core/batch-summary.ts';
import type { BatchCreateReport } from '../../src/core/operations/batch-create.ts';
import { planBatchCreate, type BatchPlan } from '../plan.ts';
import {
  EMAILS_SHOWN,
  RESULTS_SHOWN,
  batchOutput,
  outputSchema,
  type BatchOutput,
  type Status,
  type UserResultOutput,
} from '../batch-output.ts';
import { registerBatchResults } from '../batch-results.ts';
import { askToConfirm, clientSupportsForms, confirmationAnswer } from '../confirmation.ts';
import { failure, failureFor, issueLocation, type ToolFailure } from '../failures.ts';
import { failed, guarded, success } from '../results.ts';
import type { ConfirmationState, ToolDeps } from '../tool-deps.ts';

export const MAX_USERS_PER_CALL = 500;

const description = `Create user accounts in the Anyscale organization this server is connected to (Anyscale is a platform for AI and Python workloads; an organization is a company's account). Creating a user grants that person access to the organization, so this tool is built to be checked before it acts:

1. Call with dry_run: true. Nothing is created; the result is the plan: every user marked would_create, exists (already a member) or invalid (with its issues), and a plan_id.
2. Show the plan to the user and ask whether to go ahead.
3. Call again with the same users and dry_run: false. If the client can show a confirmation form, the user confirms there. Otherwise include confirm_plan_id set to the plan_id from step 1; the call is refused, creating nothing, if the plan has changed since.

Each user needs name (first name), email and is_sso_user (true if they sign in through the organization's single sign-on); password (initial password), lastname and title are optional. Unknown fields are refused. With skip_existing (default true), users who already exist are reported as skipped instead of failing, so repeating a call creates nobody twice. At most ${MAX_USERS_PER_CALL} users per call; large batches send progress notifications. Statuses: would_create, exists, invalid (plans); created, skipped, failed, not_sent, unknown (runs; unknown: sent but not settled, the user may exist, and calling again with skip_existing settles it). The result gives the counts, the emails of each status (the first ${EMAILS_SHOWN} of each) and each user's result; a call of more than ${RESULTS_SHOWN} users lists only the invalid, failed and unknown ones, and links to every user's result (results_uri, a resource to read). Passwords are never shown.`;

const FIELD_DESCRIPTIONS: Record<string, string> = {
  name: 'First name.',
  email: 'Email address; becomes the login.',
  password: 'Initial password (optional; not needed for single sign-on users).',
  is_sso_user: "true if the user signs in through the organization's single sign-on.",
  lastname: 'Last name (optional).',
  title: 'Job title (optional).',
};

/**
 * Core takes null for an optional field, as the Python SDK does, but `type: ["string", "null"]`
 * makes some clients warn or refuse the tool: the schema documents the field as optional only.
 */
function notNull(property: Record<string, unknown>): Record<string, unknown> {
  if (!Array.isArray(property.type)) return property;
  const types = (property.type as string[]).filter((type) => type !== 'null');
  return { ...property, type: types.length === 1 ? types[0] : types };
}

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
    if (schema.properties[field]) schema.properties[field] = { ...notNull(schema.properties[field]), description };
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

/** The longest an email can be (RFC 5321), and so the most of an unchecked value a result echoes. */
const ECHOED_CHARS = 254;

/** An invalid item's email or field name, as given but cut short: a huge one cannot swell the result. */
function echoed(text: string): string {
  return text.length <= ECHOED_CHARS ? text : `${text.slice(0, ECHOED_CHARS)}…`;
}

function planResults(plan: BatchPlan): UserResultOutput[] {
  return plan.entries.map((entry) => ({
    index: entry.index,
    ...(entry.email === undefined ? {} : { email: entry.status === 'invalid' ? echoed(entry.email) : entry.email }),
    status: entry.status,
    ...(entry.issues ? { issues: entry.issues.map(({ field, message }) => ({ field: echoed(field), message: echoed(message) })) } : {}),
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

/** The sentence, then who ended where: what a client that shows only text needs. */
function withEmails(sentence: string, emailsText: string): string {
  return emailsText === '' ? sentence : `${sentence} ${emailsText}`;
}

/** Invalid users named in a refusal, by position; the structured result has their issues. */
const INVALID_NAMED = 20;

async function run(api: UserApi, args: Args, plan: BatchPlan, ctx: ServerContext, deps: ToolDeps): Promise<CallToolResult> {
  if (plan.counts.would_create === 0) {
    const results = existingOnlyResults(plan);
    const out = batchOutput(plan, false, results, deps.batchResults);
    const sentence = batchSentence(batchCounts(results), results.length, false);
    const more = out.link ? [out.link] : [];
    return plan.skipExisting
      ? success(out.structured, withEmails(sentence, out.emailsText), more)
      : failed(failure('CONFLICT'), out.structured, more);
  }
  const progressToken = ctx.mcpReq._meta?.progressToken;
  const notifications: Promise<void>[] = [];
  // Every item passed core validation in the plan (and core checks them again before sending).
  const report = await api.adminBatchCreate(args.users as AdminCreateUserInput[], {
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
  const out = batchOutput(plan, false, runResults(report), deps.batchResults);
  const more = out.link ? [out.link] : [];
  const { sentence, failure: stoppedBy } = summarizeBatch(report);
  deps.logger.info(`batch_create_users: ${sentence}`);
  if (!stoppedBy) return success(out.structured, withEmails(sentence, out.emailsText), more);
  const stopped: ToolFailure = failureFor(stoppedBy);
  // An error's text names no email (see failures.ts); the structured result and the link have them.
  return failed({ ...stopped, message: `${sentence} ${stopped.message}` }, out.structured, more);
}

/** A call that carries the person's answer to the confirmation form. */
async function resume(api: UserApi, args: Args, plan: BatchPlan, shown: ConfirmationState, ctx: ServerContext, deps: ToolDeps) {
  const answer = confirmationAnswer(ctx);
  if (answer !== 'confirmed') {
    deps.logger.info(`batch_create_users: confirmation ${answer === 'declined' ? 'declined' : 'not answered'}`);
    return refused(failure('DECLINED'), batchOutput(plan, false, planResults(plan), deps.batchResults));
  }
  // The person confirmed the plan they were shown; if the users or the org changed meanwhile, that is not this plan.
  if (shown.planId !== plan.planId)
    return refused(failure('PLAN_MISMATCH'), batchOutput(plan, false, planResults(plan), deps.batchResults));
  return run(api, args, plan, ctx, deps);
}

/** A call refused before anything was sent, with the plan riding along. */
function refused(f: ToolFailure, planned: BatchOutput) {
  return failed(f, planned.structured, planned.link ? [planned.link] : []);
}

export function registerBatchCreateUsers(server: McpServer, deps: ToolDeps): void {
  registerBatchResults(server, deps.batchResults);
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
        const plan = await planBatchCreate(api, args.users, {
          skipExisting: args.skip_existing,
          key: deps.planKey,
          signal: ctx.mcpReq.signal,
        });
        const planned = batchOutput(plan, args.dry_run, planResults(plan), deps.batchResults);
        if (args.dry_run)
          return success(planned.structured, withEmails(planText(plan), planned.emailsText), planned.link ? [planned.link] : []);
        const shown = ctx.mcpReq.requestState<ConfirmationState>();
        if (shown !== undefined) return resume(api, args, plan, shown, ctx, deps);

        deps.logger.info(`batch_create_users: planned ${plan.entries.length} user(s), ${plan.counts.would_create} to create`);
        if (plan.counts.invalid > 0) {
          const where = plan.entries.flatMap((entry) => entry.issues ?? []).map(issueLocation);
          const named =
            where.slice(0, INVALID_NAMED).join(', ') + (where.length > INVALID_NAMED ? ` and ${where.length - INVALID_NAMED} more` : '');
          return refused(failure('INVALID_USERS', { message: `Some users are invalid, so nothing was created: ${named}.` }), planned);
        }
        if (plan.counts.would_create === 0) return run(api, args, plan, ctx, deps);
        if (args.confirm_plan_id !== undefined && args.confirm_plan_id !== plan.planId) return refused(failure('PLAN_MISMATCH'), planned);
        // A form shown to the person is the stronger confirmation: when the client has one, a plan id alone is not enough.
        if (deps.elicitation && clientSupportsForms(ctx, server)) {
          return askToConfirm(plan, await deps.confirmationState.mint({ planId: plan.planId }));
        }
        if (args.confirm_plan_id === plan.planId) return run(api, args, plan, ctx, deps);
        return refused(failure('CONFIRMATION_REQUIRED'), planned);
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
