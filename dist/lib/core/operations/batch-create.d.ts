import type { AnyscaleClient, RequestOptions } from '../client.js';
import { AnyscaleError, type ErrorCode } from '../errors.js';
import { type AdminCreateUserInput, type AdminCreatedUser } from '../models.js';
export declare const ADMIN_BATCH_CREATE_PATH = "/api/v2/users/admin_batch_create";
export declare const DEFAULT_CHUNK_SIZE = 100;
export declare const MAX_CHUNK_SIZE = 1000;
export declare const DEFAULT_CONCURRENCY = 8;
export declare const MAX_CONCURRENCY = 32;
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
export declare const USER_RESULT_STATUSES: readonly ['created', 'skipped', 'would_create', 'failed', 'not_sent', 'unknown'];
export type UserResultStatus = (typeof USER_RESULT_STATUSES)[number];
export interface UserResult {
    /** Position in the input batch. */
    index: number;
    email: string;
    status: UserResultStatus;
    user?: AdminCreatedUser;
    error?: {
        code: ErrorCode;
        message: string;
    };
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
export declare function countStatuses(results: readonly UserResult[]): Record<UserResultStatus, number>;
/**
 * `anyscale.user.admin_batch_create`, for a batch of any size: validates every user first (and
 * sends nothing if any is invalid), optionally skips users that exist, then creates the rest in
 * chunks, several in flight (fewer when the service pushes back). Returns one result per input
 * user, in input order. A chunk that fails stops new chunks from starting; chunks already in
 * flight are finished and reported as they ended, never half-hidden.
 */
export declare function adminBatchCreate(client: AnyscaleClient, input: readonly AdminCreateUserInput[], options?: BatchCreateOptions): Promise<BatchCreateReport>;
