import { AimdLimiter } from '../aimd-limiter.ts';
import { AnyscaleResponseTooLargeError } from '../capped-body.ts';
import type { AnyscaleClient, RequestOptions } from '../client.ts';
import { AnyscaleApiError, AnyscaleError, AnyscaleNetworkError, AnyscaleValidationError, type ErrorCode } from '../errors.ts';
import {
  AdminCreatedUserSchema,
  parseAdminCreateUsers,
  toDict,
  type AdminCreateUser,
  type AdminCreateUserInput,
  type AdminCreatedUser,
  type User,
} from '../models.ts';
import { plural } from '../plural.ts';
import type { Redactor } from '../redact.ts';
import { findExistingUsers } from './existing-users.ts';
import { ChangeRecord, checkExpectedPlan, recordResults } from './guarded-apply.ts';

export const ADMIN_BATCH_CREATE_PATH = '/api/v2/users/admin_batch_create';
export const DEFAULT_CHUNK_SIZE = 100;
export const MAX_CHUNK_SIZE = 1000;
export const DEFAULT_CONCURRENCY = 8;
export const MAX_CONCURRENCY = 32;

const FORBIDDEN_HINT =
  "Admin batch create needs an organization owner's token: ask an owner of the organization to run it, or to make you an owner.";

/**
 * What happened to one input user:
 * - created: the service created it (or, after a lost answer, it was found to exist);
 * - skipped: it already existed: found by skip_existing's check, or by the lookup that settles
 *   a conflict (in a dry run: it would be skipped);
 * - would_create: dry run only;
 * - failed: the service refused it, or the chunk it was in failed, and nothing was created;
 * - not_sent: an earlier chunk failed or the call was cancelled, so it was never sent;
 * - unknown: its create was sent, the answer was lost, and the lookups that would settle it
 *   failed: it may exist. A re-run settles it.
 */
export const USER_RESULT_STATUSES = ['created', 'skipped', 'would_create', 'failed', 'not_sent', 'unknown'] as const;
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
  /** Called once a chunk's results are final, before the next progress report. */
}

export interface BatchCreateOptions extends RequestOptions {
  /** Users per request (1 to 1000, default 100). */
  chunkSize?: number;
  /** Create requests in flight at once (1 to 32, default 8); also the existence lookups in flight. */
  concurrency?: number;
  /** Report users that already exist as skipped instead of failing their chunk. */
  skipExisting?: boolean;
  /** Work out the plan, send no create request. */
  dryRun?: boolean;
  /**
   * Emails known to exist from a check made moments ago in the same call (an MCP confirmation's
   * plan): used instead of checking again, and reported as skipped.
   */
  existingEmails?: Iterable<string>;
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
  /** True when every user was created, skipped or (dry run) would be created. */
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

function checkConcurrency(concurrency: number): void {
  if (!Number.isInteger(concurrency) || concurrency < 1 || concurrency > MAX_CONCURRENCY) {
    const message = `'concurrency' must be between 1 and ${MAX_CONCURRENCY}, inclusive.`;
    throw new AnyscaleValidationError([{ field: 'concurrency', message }]);
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
  if (error instanceof AnyscaleNetworkError || error instanceof AnyscaleResponseTooLargeError) return error.maybeProcessed;
  return error instanceof AnyscaleApiError && error.status >= 500;
}

/** The service saying it is overloaded: fewer requests in flight will help. */
function isCongestion(error: unknown): error is AnyscaleApiError {
  return error instanceof AnyscaleApiError && (error.status === 429 || error.status === 503);
}

interface ChunkOutcome {
  created: Map<number, AdminCreatedUser>;
  /** Users a conflict showed to exist already (not created by this call). */
  existing: Map<number, User>;
  error?: unknown;
  /** A create holding the users left was sent and no lookup has settled it since. */
  unsettled: boolean;
}

/**
 * Sends one chunk, to the end: cancellation is honoured between chunks, never by cutting a
 * create in flight, which may still land and would then be reported as not created.
 * The create is not idempotent, so it is never blindly sent again: after an ambiguous failure
 * the chunk's emails are looked up, users found are counted as created, and only the rest are
 * sent again. A conflict (which refuses the whole request) is settled the same way: users found
 * are ours when an earlier answer was lost, else they existed before and are reported as such,
 * and the rest are sent again; the conflict is the chunk's error once a lookup finds nothing
 * more. Users a successful answer does not account for are looked up too. No user is ever
 * created twice, and every round either settles users or counts against the retry budget.
 */
async function sendChunk(client: AnyscaleClient, chunk: Pending[], limiter: AimdLimiter, concurrency: number): Promise<ChunkOutcome> {
  const outcome: ChunkOutcome = { created: new Map(), existing: new Map(), unsettled: false };
  const { created, existing } = outcome;
  let pending = chunk;
  let hadAmbiguousFailure = false;
  const started = client.now();
  /** Looks up the pending users; returns how many turned out to exist. */
  const reconcile = async (ours: boolean): Promise<number> => {
    const found = await findExistingUsers(
      client,
      pending.map((p) => p.user.email),
      { concurrency },
    );
    outcome.unsettled = false;
    for (const p of pending) {
      const user = found.get(p.user.email.toLowerCase());
      if (user && ours) created.set(p.index, recoveredUser(p.user, user));
      else if (user) existing.set(p.index, user);
    }
    const before = pending.length;
    pending = pending.filter((p) => !created.has(p.index) && !existing.has(p.index));
    return before - pending.length;
  };
  // A lookup during reconciling can fail too; what was settled by then is still reported.
  try {
    for (let retry = 0; ; retry++) {
      const ticket = limiter.attempt();
      try {
        const body = await client.post<{ results?: unknown }>(
          ADMIN_BATCH_CREATE_PATH,
          pending.map((p) => toDict(p.user)),
          {
            forbiddenHint: FORBIDDEN_HINT,
            users: pending.length,
          },
        );
        limiter.succeeded();
        for (const [index, user] of matchResults(pending, body)) created.set(index, user);
        pending = pending.filter((p) => !created.has(p.index));
        if (pending.length > 0) {
          outcome.unsettled = true;
          await reconcile(true);
        }
        if (pending.length === 0) return outcome;
        return { ...outcome, error: unaccounted(pending.length) };
      } catch (error) {
        if (isCongestion(error)) limiter.congested(ticket, error.retryAfterMs);
        const ambiguous = isAmbiguous(error);
        hadAmbiguousFailure ||= ambiguous;
        if (ambiguous) outcome.unsettled = true;
        if (error instanceof AnyscaleApiError && error.code === 'CONFLICT') {
          if ((await reconcile(hadAmbiguousFailure)) === 0) return { ...outcome, error };
          if (pending.length === 0) return outcome;
          continue;
        }
        const delay = client.retryDelay(error, retry, started);
        if (delay === undefined) {
          if (ambiguous) await reconcile(true);
          return pending.length === 0 ? outcome : { ...outcome, error };
        }
        client.logger.info(`batch create of ${pending.length} users failed (${(error as AnyscaleError).code}); checking and retrying`);
        await client.sleep(delay);
        if (ambiguous) await reconcile(true);
        if (pending.length === 0) return outcome;
      }
    }
  } catch (error) {
    return { ...outcome, error };
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

/** Why users whose create may have landed are `unknown`, and what settles them. */
function unsettledFailure(failure: { code: ErrorCode; message: string }, count: number) {
  return {
    code: failure.code,
    message:
      `The create of ${plural(count, 'user')} was sent but its answer was lost, and the lookups that would settle it failed ` +
      `(${failure.message}). They may exist: re-run the batch to settle them; users it finds are reported as existing.`,
  };
}

const OK_STATUSES: ReadonlySet<UserResultStatus> = new Set(['created', 'skipped', 'would_create']);

/**
 * The batch's emails that the org already has, lower-cased: the ones a caller checked moments ago
 * (an MCP confirmation), else a check when skip existing or a dry run needs it, else none.
 */
async function emailsAlreadyInOrg(
  client: AnyscaleClient,
  users: readonly AdminCreateUser[],
  options: BatchCreateOptions,
  concurrency: number,
): Promise<Set<string>> {
  if (options.existingEmails) return new Set([...options.existingEmails].map((email) => email.toLowerCase()));
  if (!options.skipExisting && !options.dryRun) return new Set();
  const found = await findExistingUsers(
    client,
    users.map((user) => user.email),
    { signal: options.signal, concurrency },
  );
  return new Set(found.keys());
}

/**
 * `anyscale.user.admin_batch_create`, for a batch of any size: validates every user first (and
 * sends nothing if any is invalid), optionally skips users that exist, then creates the rest in
 * chunks, several in flight (fewer when the service pushes back). Returns one result per input
 * user, in input order. A chunk that fails stops new chunks from starting; chunks already in
 * flight are finished and reported as they ended, never half-hidden.
 */
export async function adminBatchCreate(
  client: AnyscaleClient,
  input: readonly AdminCreateUserInput[],
  options: BatchCreateOptions = {},
): Promise<BatchCreateReport> {
  const chunkSize = options.chunkSize ?? DEFAULT_CHUNK_SIZE;
  checkChunkSize(chunkSize);
  const concurrency = options.concurrency ?? DEFAULT_CONCURRENCY;
  checkConcurrency(concurrency);
  const users = parseAdminCreateUsers(input);
  const redactor = client.redactor.with(users.map((user) => user.password));
  const requestsBefore = client.stats.requests;
  const dryRun = options.dryRun ?? false;
  const requestOptions: RequestOptions = { signal: options.signal };
  const results: UserResult[] = users.map((user, index) => ({ index, email: user.email, status: 'not_sent' }));
  let stoppedBy: AnyscaleError | undefined;
  // Users-as-code hooks (guarded-apply.ts): the reviewed plan before anything is sent, and the change record.
  if (options.expect_plan !== undefined && !dryRun) await checkExpectedPlan(client, users, options.expect_plan, requestOptions);
  const record =
    options.record !== undefined && !dryRun
      ? await ChangeRecord.open(client, options.record, options.expect_plan, requestOptions, redactor)
      : undefined;
  const recorded = new Set<number>();
  const now = () => new Date(client.now());
  try {
    const existing = await emailsAlreadyInOrg(client, users, options, concurrency);
    const toCreate: Pending[] = [];
    users.forEach((user, index) => {
      if (!existing.has(user.email.toLowerCase())) toCreate.push({ index, user });
      else results[index]!.status = 'skipped';
    });

    if (dryRun) {
      for (const { index } of toCreate) results[index]!.status = 'would_create';
    } else {
      stoppedBy = await sendChunks(client, chunksOf(toCreate, chunkSize), results, {
        concurrency,
        redactor,
        signal: options.signal,
        onChunk: options.onChunk,
        total: toCreate.length,
        onSettled: (chunk) =>
          recordResults(
            record,
            chunk.map(({ index }) => results[index]!),
            recorded,
            now,
          ),
      });
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
    ok: results.every((r) => OK_STATUSES.has(r.status)),
    ...(stoppedBy ? { error: stoppedBy } : {}),
  };
}

interface SendOptions {
  concurrency: number;
  redactor: Redactor;
  signal: AbortSignal | undefined;
  onChunk: ((progress: ChunkProgress) => void) | undefined;
  total: number;
  /** Called once a chunk's results are final, before its progress report. */
  onSettled: (chunk: Pending[]) => Promise<void>;
}

/** Writes one finished chunk into the results; returns the error it ended with, if any. */
function settleChunk(results: UserResult[], chunk: Pending[], outcome: ChunkOutcome, redactor: Redactor): AnyscaleError | undefined {
  for (const [index, user] of outcome.created) Object.assign(results[index]!, { status: 'created', user });
  for (const index of outcome.existing.keys()) results[index]!.status = 'skipped';
  if (outcome.error === undefined) return undefined;
  const left = chunk.filter(({ index }) => !outcome.created.has(index) && !outcome.existing.has(index));
  const failure = outcome.unsettled ? unsettledFailure(describe(outcome.error, redactor), left.length) : describe(outcome.error, redactor);
  const status: UserResultStatus = outcome.unsettled ? 'unknown' : 'failed';
  for (const { index } of left) Object.assign(results[index]!, { status, error: failure });
  // No `cause`: the raw error may hold what the service echoed back, passwords included.
  return new AnyscaleError(failure.code, failure.message);
}

/**
 * Runs the chunks with the AIMD limiter deciding how many are in flight. The first error, in
 * chunk order, is the batch's; a cancellation only stops chunks that have not started.
 */
async function sendChunks(client: AnyscaleClient, chunks: Pending[][], results: UserResult[], options: SendOptions) {
  const limiter = new AimdLimiter({ max: options.concurrency, now: client.now });
  const running = new Set<Promise<void>>();
  const errors = new Map<number, AnyscaleError>();
  let finished = 0;
  let done = 0;
  let next = 0;
  let cancelled = false;
  const launch = (number: number) => {
    const chunk = chunks[number]!;
    limiter.start();
    const task = sendChunk(client, chunk, limiter, options.concurrency).then(async (outcome) => {
      limiter.finish();
      const error = settleChunk(results, chunk, outcome, options.redactor);
      if (error) errors.set(number, error);
      await options.onSettled(chunk);
      running.delete(task);
      finished++;
      done += chunk.length;
      options.onChunk?.({ chunk: finished, chunks: chunks.length, done, total: options.total });
    });
    running.add(task);
  };
  while (next < chunks.length && errors.size === 0) {
    if (options.signal?.aborted) {
      cancelled = true;
      break;
    }
    if (limiter.canStart()) {
      launch(next++);
      continue;
    }
    const pauseMs = limiter.pauseMs();
    if (running.size > 0 && pauseMs === 0) await Promise.race(running);
    else {
      await client.sleep(pauseMs, options.signal).catch(() => undefined);
      limiter.endPause();
    }
  }
  await Promise.all(running);
  const first = [...errors.keys()].sort((a, b) => a - b)[0];
  if (first !== undefined) return errors.get(first);
  if (cancelled) {
    return new AnyscaleError(
      'ABORTED',
      'The batch create was cancelled: chunks already sent were finished and are reported; users not yet sent were not created.',
    );
  }
  return undefined;
}
