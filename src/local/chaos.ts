/**
 * Chaos mode: a seeded share of requests fails the way a real network and a loaded service fail,
 * so retry, backoff and "did my POST land?" logic can be tested against something that repeats.
 *
 *  - `429`      answered with 429 and `Retry-After`, before the request is handled;
 *  - `503`      answered with 503, before the request is handled;
 *  - `drop`     the request is handled, then the socket is destroyed without an answer;
 *  - `slow`     the request is handled and the answer held back for `slowMs`;
 *  - `truncate` the request is handled, then half the body is sent under the full content-length.
 *
 * `drop` and `truncate` happen after the work is done on purpose: that is the ambiguous failure
 * (a POST that landed but whose answer was lost) a client must not answer with a blind re-send.
 */
export type ChaosKind = '429' | '503' | 'drop' | 'slow' | 'truncate';

export const CHAOS_KINDS: readonly ChaosKind[] = ['429', '503', 'drop', 'slow', 'truncate'];

export interface ChaosOptions {
  /** Share of requests that get a fault, from 0 to 1. */
  rate: number;
  /** Seeds the generator: the same seed and the same request order give the same faults. */
  seed: number;
  kinds: ChaosKind[];
  /** How long `slow` holds an answer back; default 1000. */
  slowMs?: number;
  /** The `Retry-After` of a `429`; default 1. */
  retryAfterSeconds?: number;
}

export interface Chaos {
  /** The fault for the next request, or undefined to serve it normally. */
  next(): ChaosKind | undefined;
  readonly slowMs: number;
  readonly retryAfterSeconds: number;
}

export function createChaos(options: ChaosOptions): Chaos {
  checkOptions(options);
  const random = mulberry32(options.seed);
  const kinds = [...options.kinds];
  return {
    next() {
      if (random() >= options.rate) return undefined;
      return kinds[Math.floor(random() * kinds.length)];
    },
    slowMs: options.slowMs ?? 1_000,
    retryAfterSeconds: options.retryAfterSeconds ?? 1,
  };
}

const SPEC_KEYS = ['rate', 'seed', 'kinds', 'slowMs', 'retryAfterSeconds'] as const;

/**
 * Reads the compact form used on the command line and in `ANYSCALE_LOCAL_CHAOS`:
 * `rate=0.3,seed=42,kinds=429+503+drop+slow+truncate,slowMs=200,retryAfterSeconds=2`.
 * Only `rate` is required; `seed` defaults to 1 and `kinds` to all five.
 */
export function parseChaosSpec(spec: string): ChaosOptions {
  const values = new Map<string, string>();
  for (const part of spec
    .split(',')
    .map((p) => p.trim())
    .filter(Boolean)) {
    const eq = part.indexOf('=');
    if (eq === -1) throw new Error(`Invalid chaos spec: '${part}' is not key=value.`);
    const key = part.slice(0, eq).trim();
    if (!(SPEC_KEYS as readonly string[]).includes(key)) {
      throw new Error(`Invalid chaos spec: unknown key '${key}' (known keys: ${SPEC_KEYS.join(', ')}).`);
    }
    values.set(key, part.slice(eq + 1).trim());
  }
  const rate = values.get('rate');
  if (rate === undefined) throw new Error("Invalid chaos spec: 'rate' is required, e.g. rate=0.2.");

  const options: ChaosOptions = {
    rate: specNumber('rate', rate),
    seed: specNumber('seed', values.get('seed') ?? '1'),
    kinds: (values.get('kinds') ?? CHAOS_KINDS.join('+')).split('+').map((k) => k.trim()) as ChaosKind[],
  };
  const slowMs = values.get('slowMs');
  if (slowMs !== undefined) options.slowMs = specNumber('slowMs', slowMs);
  const retryAfterSeconds = values.get('retryAfterSeconds');
  if (retryAfterSeconds !== undefined) options.retryAfterSeconds = specNumber('retryAfterSeconds', retryAfterSeconds);
  checkOptions(options);
  return options;
}

function specNumber(key: string, value: string): number {
  const number = value === '' ? NaN : Number(value);
  if (Number.isNaN(number)) throw new Error(`Invalid chaos spec: '${key}' must be a number, got '${value}'.`);
  return number;
}

function checkOptions(options: ChaosOptions): void {
  const fail = (key: string, expected: string, got: unknown) => {
    throw new Error(`Invalid chaos option '${key}': expected ${expected}, got ${JSON.stringify(got)}.`);
  };
  if (!(options.rate >= 0 && options.rate <= 1)) fail('rate', 'a number from 0 to 1', options.rate);
  if (!Number.isSafeInteger(options.seed)) fail('seed', 'an integer', options.seed);
  if (options.kinds.length === 0) fail('kinds', `one or more of ${CHAOS_KINDS.join(', ')}`, options.kinds);
  for (const kind of options.kinds) {
    if (!CHAOS_KINDS.includes(kind)) fail('kinds', `one or more of ${CHAOS_KINDS.join(', ')}`, kind);
  }
  for (const key of ['slowMs', 'retryAfterSeconds'] as const) {
    const value = options[key];
    if (value !== undefined && !(Number.isSafeInteger(value) && value >= 0)) fail(key, 'a whole number >= 0', value);
  }
}

/** mulberry32: a tiny, fast 32-bit PRNG; good enough to pick faults, and fully determined by its seed. */
function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}
