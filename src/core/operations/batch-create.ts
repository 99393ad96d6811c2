import type { AnyscaleClient, RequestOptions } from '../client.ts';
import { AnyscaleApiError, AnyscaleError, AnyscaleNetworkError, AnyscaleValidationError, type ErrorCode } from '../errors.ts';
import { AdminCreatedUserSchema, parseAdminCreateUsers, toDict, type AdminCreateUser, type AdminCreatedUser, type User } from '../models.ts';
import { plural } from '../plural.ts';
import type { Redactor } from '../redact.ts';
import { findExistingUsers } from './existing-users.ts';
import { ChangeRecord, checkExpectedPlan, recordResults } from './guarded-apply.ts';

export const ADMIN_BATCH_CREATE_PATH = '/api/v2/users/admin_batch_create';
export const DEFAULT_CHUNK_SIZE = 100;
export const MAX_CHUNK_SIZE = 1000;

const FORBIDDEN_HINT =
  "Admin batch create needs an organization owner's token: ask an owner of the organization to run it, or to make you an owner.";

/**
 * What happened to one input user:
 * - created: the service created it (or, after a lost answer, it was found to exist);
 * - skipped: it already existed and skip_existing was set (in a dry run: it would be skipped);
 * - would_create: dry run only;
 * - failed: the service refused it, or the chunk it was in failed;
 * - not_sent: an earlier chunk failed or the call was cancelled, so it was never sent.
 */
export const USER_RESULT_STATUSES = ['created', 'skipped', 'would_create', 'failed', 'not_sent'] as const;
export type UserResultStatus = (typeof USER_RESULT_STATUSES)[number];

export interface UserResult {
  /** Position in the input batch. */
  index: number;
  email: string;
  status: UserResultStatus;
  user?: AdminCreatedUser;
  error?: { code: ErrorCode; message: string };
}

export interface ChunkProgress {
  /** 1-based number of the chunk just finished, and how many there are. */
  chunk: number;
  chunks: number;
  /** Users settled so far (all chunks up to this one), and users to send in all. */
  done: number;
  total: number;
}

export interface BatchCreateOptions extends RequestOptions {
  /** Users per request (1 to 1000, default 100). */
  chunkSize?: number;
  /** Report users that already exist as skipped instead of failing their chunk. */
  skipExisting?: boolean;
  /** Work out the plan, send no create request. */
  dryRun?: boolean;
  onChunk?: (progress: ChunkProgress) => void;
  /** Users as code: re-plan first, and send nothing unless the plan has this fingerprint. */
  expect_plan?: string | undefined;
  /** Users as code: a path to append one JSON line per user to. */
  record?: string | undefined;
}

export interface BatchCreateReport {
  dryRun: boolean;
  /** One result per input user, in input order. */
  results: UserResult[];
  /** How many users ended in each status. */
  counts: Record<UserResultStatus, number>;
  created: AdminCreatedUser[];
  /** Emails skipped because they already exist. */
  skipped: string[];
  /** Requests this call put on the wire (reads and creates, retries included). */
  requests: number;
  /** True when no user failed or was left unsent. */
  ok: boolean;
  /** The error that stopped the batch, if one did. */
  error?: AnyscaleError;
}

function checkChunkSize(chunkSize: number): void {
  if (!Number.isInteger(chunkSize) || chunkSize < 1 || chunkSize > MAX_CHUNK_SIZE) {
    const message = `'chunk_size' must be between 1 and ${MAX_CHUNK_SIZE}, inclusive.`;
    throw new AnyscaleValidationError([{ field: 'chunk_size', message }]);
  }
}

export function countStatuses(results: readonly UserResult[]): Record<UserResultStatus, number> {
  const counts = Object.fromEntries(USER_RESULT_STATUSES.map((status) => [status, 0])) as Record<UserResultStatus, number>;
  for (const result of results) counts[result.status]++;
  return counts;
}

function chunksOf<T>(items: readonly T[], size: number): T[][] {
  const chunks: T[][] = [];
  for (let i = 0; i < items.length; i += size) chunks.push(items.slice(i, i + size));
  return chunks;
}

/** A user found in the org after a lost answer: the create went through. */
function recoveredUser(input: AdminCreateUser, found: User): AdminCreatedUser {
  return {
    user_id: found.user_id ?? '',
    name: found.name,
    email: found.email,
    created_at: found.created_at,
    is_sso_user: input.is_sso_user,
    lastname: input.lastname ?? undefined,
    title: input.title ?? undefined,
  };
}

interface Pending {
  index: number;
  user: AdminCreateUser;
}

/**
 * Pairs the service's answer with the users sent: by email, else by position. Each result is read
 * on its own, so one unreadable entry does not disown the others; users left unmatched are for the
 * caller to look up, since a 2xx means the service took the request.
 */
function matchResults(sent: Pending[], body: { results?: unknown } | null): Map<number, AdminCreatedUser> {
  const raw: unknown[] = Array.isArray(body?.results) ? body.results : [];
  const parsed = raw.map((item) => AdminCreatedUserSchema.safeParse(item));
  const readable = parsed.flatMap((result) => (result.success ? [result.data] : []));
  const byEmail = new Map(readable.map((user) => [user.email.toLowerCase(), user]));
  const positional = parsed.length === sent.length && readable.length === parsed.length;
  const matched = new Map<number, AdminCreatedUser>();
  sent.forEach((pending, position) => {
    const user = byEmail.get(pending.user.email.toLowerCase()) ?? (positional ? readable[position] : undefined);
    if (user) matched.set(pending.index, user);
  });
  return matched;
}

/** An answer that may have been lost after the service acted on the request. */
function isAmbiguous(error: unknown): boolean {
  if (error instanceof AnyscaleNetworkError) return error.maybeProcessed;
  return error instanceof AnyscaleApiError && error.status >= 500;
}

/**
 * Sends one chunk, to the end: cancellation is honoured between chunks, never by cutting a
 * create in flight, which may still land and would then be reported as not created.
 * The create is not idempotent, so it is never blindly sent again: after an ambiguous failure
 * the chunk's emails are looked up, users found are counted as created, and only the rest are
 * sent again. A conflict after such a failure may mean our own earlier attempt landed late: it is
 * reconciled the same way, and is the chunk's error once a lookup finds nothing more. Users a
 * successful answer does not account for are looked up too. No user is ever created twice, and
 * every round either settles users or counts against the retry budget, so it always ends.
 */
async function sendChunk(
  client: AnyscaleClient,
  chunk: Pending[],
): Promise<{ created: Map<number, AdminCreatedUser>; error?: unknown }> {
  const created = new Map<number, AdminCreatedUser>();
  let pending = chunk;
  let hadAmbiguousFailure = false;
  const started = client.now();
  /** Looks up the pending users; returns how many turned out to exist. */
  const reconcile = async (): Promise<number> => {
    const existing = await findExistingUsers(client, pending.map((p) => p.user.email));
    for (const p of pending) {
      const found = existing.get(p.user.email.toLowerCase());
      if (found) created.set(p.index, recoveredUser(p.user, found));
    }
    const before = pending.length;
    pending = pending.filter((p) => !created.has(p.index));
    return before - pending.length;
  };
  // A lookup during reconciling can fail too; what was created by then is still reported.
  try {
    for (let retry = 0; ; retry++) {
      try {
        const body = await client.post<{ results?: unknown }>(ADMIN_BATCH_CREATE_PATH, pending.map((p) => toDict(p.user)), {
          forbiddenHint: FORBIDDEN_HINT,
        });
        for (const [index, user] of matchResults(pending, body)) created.set(index, user);
        pending = pending.filter((p) => !created.has(p.index));
        if (pending.length > 0) await reconcile();
        if (pending.length === 0) return { created };
        return { created, error: unaccounted(pending.length) };
      } catch (error) {
        const ambiguous = isAmbiguous(error);
        const lateConflict = hadAmbiguousFailure && error instanceof AnyscaleApiError && error.code === 'CONFLICT';
        hadAmbiguousFailure ||= ambiguous;
        if (lateConflict) {
          // Found users were ours; if none was, the conflict is real and ends the chunk.
          if ((await reconcile()) === 0) return { created, error };
          if (pending.length === 0) return { created };
          continue;
        }
        const delay = client.retryDelay(error, retry, started);
        if (delay === undefined) {
          if (ambiguous) await reconcile();
          return pending.length === 0 ? { created } : { created, error };
        }
        client.logger.info(`batch create of ${pending.length} users failed (${(error as AnyscaleError).code}); checking and retrying`);
        await client.sleep(delay);
        if (ambiguous) await reconcile();
        if (pending.length === 0) return { created };
      }
    }
  } catch (error) {
    return { created, error };
  }
}

function unaccounted(count: number): AnyscaleError {
  return new AnyscaleError(
    'BAD_RESPONSE',
    `Anyscale accepted the batch create but its answer did not account for ${plural(count, 'user')}, ` +
      'and a lookup did not find them in the organization. Check the organization before sending them again.',
  );
}

function describe(error: unknown, redactor: Redactor): { code: ErrorCode; message: string } {
  if (error instanceof AnyscaleError) return { code: error.code, message: redactor.redact(error.message) };
  return { code: 'SERVER', message: redactor.redact(String((error as Error)?.message ?? error)) };
}

/**
 * `anyscale.user.admin_batch_create`, for a batch of any size: validates every user first (and
 * sends nothing if any is invalid), optionally skips users that exist, then creates the rest in
 * chunks. Returns one result per input user, in input order; a chunk that fails stops the batch
 * and is reported in the results, never half-hidden.
 */
export async function adminBatchCreate(
  client: AnyscaleClient,
  input: readonly unknown[],
  options: BatchCreateOptions = {},
): Promise<BatchCreateReport> {
  const chunkSize = options.chunkSize ?? DEFAULT_CHUNK_SIZE;
  checkChunkSize(chunkSize);
  const users = parseAdminCreateUsers(input);
  const redactor = client.redactor.with(users.map((user) => user.password));
  const requestsBefore = client.stats.requests;
  const dryRun = options.dryRun ?? false;
  const requestOptions: RequestOptions = { signal: options.signal };
  const results: UserResult[] = users.map((user, index) => ({ index, email: user.email, status: 'not_sent' }));
  let stoppedBy: AnyscaleError | undefined;
  // Users-as-code hooks (guarded-apply.ts): the reviewed plan before anything is sent, and the change record.
  if (options.expect_plan !== undefined && !dryRun) await checkExpectedPlan(client, users, options.expect_plan, requestOptions);
  const record = options.record !== undefined && !dryRun ? await ChangeRecord.open(client, options.record, options.expect_plan, requestOptions) : undefined;
  const recorded = new Set<number>();
  const now = () => new Date(client.now());
  try {

  const existing =
    options.skipExisting || dryRun
      ? await findExistingUsers(client, users.map((user) => user.email), requestOptions)
      : new Map<string, User>();
  const toCreate: Pending[] = [];
  users.forEach((user, index) => {
    if (!existing.has(user.email.toLowerCase())) toCreate.push({ index, user });
    else if (options.skipExisting) results[index]!.status = 'skipped';
    else {
      results[index]!.status = 'failed';
      results[index]!.error = { code: 'CONFLICT', message: `User with email '${user.email}' already exists.` };
    }
  });

  if (dryRun) {
    for (const { index } of toCreate) results[index]!.status = 'would_create';
  } else {
    const chunks = chunksOf(toCreate, chunkSize);
    let done = 0;
    for (const [number, chunk] of chunks.entries()) {
      if (options.signal?.aborted) {
        stoppedBy = new AnyscaleError('ABORTED', 'The batch create was cancelled; users not yet sent were not created.');
        break;
      }
      const { created, error } = await sendChunk(client, chunk);
      for (const [index, user] of created) Object.assign(results[index]!, { status: 'created', user });
      if (error !== undefined) {
        const failure = describe(error, redactor);
        for (const { index } of chunk) {
          if (!created.has(index)) Object.assign(results[index]!, { status: 'failed', error: failure });
        }
        // No `cause`: the raw error may hold what the service echoed back, passwords included.
        stoppedBy = new AnyscaleError(failure.code, failure.message);
        break;
      }
      await recordResults(record, chunk.map(({ index }) => results[index]!), recorded, now);
      done += chunk.length;
      options.onChunk?.({ chunk: number + 1, chunks: chunks.length, done, total: toCreate.length });
    }
  }

  await recordResults(record, results, recorded, now);
  } finally {
    await record?.close();
  }

  return {
    dryRun,
    results,
    counts: countStatuses(results),
    created: results.flatMap((r) => (r.user ? [r.user] : [])),
    skipped: results.filter((r) => r.status === 'skipped').map((r) => r.email),
    requests: client.stats.requests - requestsBefore,
    ok: results.every((r) => r.status !== 'failed' && r.status !== 'not_sent'),
    ...(stoppedBy ? { error: stoppedBy } : {}),
  };
}
