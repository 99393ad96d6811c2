import type { AnyscaleClient, RequestOptions } from '../client.js';
import { AnyscaleError, type ErrorCode } from '../errors.js';
import { type AdminCreatedUser } from '../models.js';
export declare const ADMIN_BATCH_CREATE_PATH = "/api/v2/users/admin_batch_create";
export declare const DEFAULT_CHUNK_SIZE = 100;
export declare const MAX_CHUNK_SIZE = 1000;
/**
 * What happened to one input user:
 * - created: the service created it (or, after a lost answer, it was found to exist);
 * - skipped: it already existed and skip_existing was set (in a dry run: it would be skipped);
 * - would_create: dry run only;
 * - failed: the service refused it, or the chunk it was in failed;
 * - not_sent: an earlier chunk failed or the call was cancelled, so it was never sent.
 */
export declare const USER_RESULT_STATUSES: readonly ['created', 'skipped', 'would_create', 'failed', 'not_sent'];
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
export declare function countStatuses(results: readonly UserResult[]): Record<UserResultStatus, number>;
/**
 * `anyscale.user.admin_batch_create`, for a batch of any size: validates every user first (and
 * sends nothing if any is invalid), optionally skips users that exist, then creates the rest in
 * chunks. Returns one result per input user, in input order; a chunk that fails stops the batch
 * and is reported in the results, never half-hidden.
 */
export declare function adminBatchCreate(client: AnyscaleClient, input: readonly unknown[], options?: BatchCreateOptions): Promise<BatchCreateReport>;
