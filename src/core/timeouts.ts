import { AnyscaleError } from './errors.ts';

/**
 * How long one request may take, by kind. A read is one page and should be quick; a create
 * makes every user of its chunk on the server, so its time grows with the chunk, and a create
 * that times out is the ambiguous case (it may still land) that costs lookups to settle.
 *
 * A create of n users may take `createBaseMs + n × createPerUserMs`: 60 s + 1 s a user by
 * default, so 160 s for a chunk of 100.
 */
export interface TimeoutPolicy {
  /** Each GET: a page of a listing, a lookup, the user info. */
  readMs: number;
  /** The part of a create's timeout that does not depend on its size. */
  createBaseMs: number;
  /** Added to a create's timeout for each user in its chunk. */
  createPerUserMs: number;
}

export const DEFAULT_TIMEOUTS: TimeoutPolicy = { readMs: 30_000, createBaseMs: 60_000, createPerUserMs: 1_000 };

/** Where each timeout is read from the environment, when the options leave it out. */
export const TIMEOUT_ENV: Readonly<Record<keyof TimeoutPolicy, string>> = {
  readMs: 'ANYSCALE_USERS_READ_TIMEOUT_MS',
  createBaseMs: 'ANYSCALE_USERS_CREATE_TIMEOUT_MS',
  createPerUserMs: 'ANYSCALE_USERS_CREATE_TIMEOUT_PER_USER_MS',
};

// Past this a timer fires at once (Node clamps it to 1 ms), so a larger value would mean "no time".
const MAX_TIMER_MS = 2 ** 31 - 1;

function checked(value: number, where: string, min: number): number {
  if (!Number.isInteger(value) || value < min || value > MAX_TIMER_MS) {
    throw new AnyscaleError('CONFIG', `${where} must be a whole number of milliseconds from ${min} to ${MAX_TIMER_MS}; it is ${value}.`);
  }
  return value;
}

function fromEnv(env: Record<string, string | undefined>, key: keyof TimeoutPolicy, min: number): number | undefined {
  const name = TIMEOUT_ENV[key];
  const raw = env[name]?.trim();
  if (raw === undefined || raw === '') return undefined;
  if (!/^\d+$/.test(raw)) throw new AnyscaleError('CONFIG', `${name} must be a whole number of milliseconds; it is '${raw}'.`);
  return checked(Number(raw), name, min);
}

/** Each timeout from the options, else the environment, else the default. */
export function resolveTimeouts(options: Partial<TimeoutPolicy> = {}, env: Record<string, string | undefined> = {}): TimeoutPolicy {
  const pick = (key: keyof TimeoutPolicy, min: number): number => {
    const given = options[key];
    if (given !== undefined) return checked(given, `The timeout option ${key}`, min);
    return fromEnv(env, key, min) ?? DEFAULT_TIMEOUTS[key];
  };
  // A per-user share of zero is a fixed create timeout; the other two must leave some time.
  return { readMs: pick('readMs', 1), createBaseMs: pick('createBaseMs', 1), createPerUserMs: pick('createPerUserMs', 0) };
}

/** The timeout of a create of `users` users. */
export function createTimeoutMs(policy: TimeoutPolicy, users: number): number {
  return Math.min(MAX_TIMER_MS, policy.createBaseMs + policy.createPerUserMs * users);
}
