import { open, type FileHandle } from 'node:fs/promises';
import { hostname } from 'node:os';
import type { AnyscaleClient, RequestOptions } from '../client.ts';
import { AnyscaleError } from '../errors.ts';
import type { Redactor } from '../redact.ts';
import type { AdminCreateUser } from '../models.ts';
import { getUserInfo } from './get-user-info.ts';
import { planUsers } from './plan-users.ts';

const FINGERPRINT = /^sha256:[0-9a-f]{64}$/;

/** Whether a value has the form of a plan's fingerprint, so that adapters can check it before any request. */
export function isPlanFingerprint(value: string): boolean {
  return FINGERPRINT.test(value);
}

/**
 * Re-plans before anything is sent and refuses when the change set is not the one reviewed.
 * The reviewed plan itself is not at hand, only its fingerprint, so the users named are the
 * file's users that are in the org now: the usual cause is someone created them in between.
 */
export async function checkExpectedPlan(
  client: AnyscaleClient,
  users: readonly AdminCreateUser[],
  expected: string,
  options: RequestOptions,
): Promise<void> {
  if (!isPlanFingerprint(expected)) {
    throw new AnyscaleError('VALIDATION', `'expect_plan' must be "sha256:" and 64 hex digits, as plan prints it; got "${expected}".`);
  }
  const plan = await planUsers(client, users, options);
  if (plan.fingerprint === expected) return;
  const present = plan.present.map((u) => u.email);
  const named = present.length > 0 ? ` Users of the file now in the organization: ${present.join(', ')}.` : '';
  throw new AnyscaleError(
    'PLAN_CHANGED',
    `The plan changed since it was reviewed (expected ${expected}, now ${plan.fingerprint}); nothing was sent.${named} ` +
      'Run plan again, review it, and apply the new fingerprint.',
  );
}

export interface RecordLine {
  email: string;
  status: string;
  user_id?: string | undefined;
}

/**
 * Appends one JSON line per user to a change record. Each line goes out in one write to a file
 * opened for appending, so a crash leaves only whole lines. Lines hold no password or token: the
 * actor and user ids come from the server, which may echo one, so each line passes the redactor.
 */
export class ChangeRecord {
  readonly #file: FileHandle;
  readonly #fixed: { host: string; actor: string | null; plan?: string };
  readonly #redactor: Redactor;

  private constructor(file: FileHandle, fixed: { host: string; actor: string | null; plan?: string }, redactor: Redactor) {
    this.#file = file;
    this.#fixed = fixed;
    this.#redactor = redactor;
  }

  static async open(
    client: AnyscaleClient,
    path: string,
    plan: string | undefined,
    options: RequestOptions,
    redactor: Redactor = client.redactor,
  ): Promise<ChangeRecord> {
    const info = await getUserInfo(client, options);
    const file = await open(path, 'a');
    return new ChangeRecord(file, { host: hostname(), actor: info.email ?? info.id ?? null, ...(plan ? { plan } : {}) }, redactor);
  }

  async write(line: RecordLine, now: Date): Promise<void> {
    const { host, actor, plan } = this.#fixed;
    const entry = {
      time: now.toISOString(),
      host,
      actor,
      email: line.email,
      status: line.status,
      ...(line.user_id ? { user_id: line.user_id } : {}),
      ...(plan ? { plan } : {}),
    };
    await this.#file.write(`${this.#redactor.redact(JSON.stringify(entry))}\n`);
  }

  close(): Promise<void> {
    return this.#file.close();
  }
}

/** Writes the lines of these results not yet written; `written` keeps track across calls. */
export async function recordResults(
  record: ChangeRecord | undefined,
  results: readonly { index: number; email: string; status: string; user?: { user_id: string } }[],
  written: Set<number>,
  now: () => Date,
): Promise<void> {
  if (!record) return;
  for (const result of results) {
    if (written.has(result.index)) continue;
    written.add(result.index);
    await record.write({ email: result.email, status: result.status, user_id: result.user?.user_id }, now());
  }
}
