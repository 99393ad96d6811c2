import { resolveConfig, type ConfigOptions } from './config.ts';
import { environmentFetch } from './environment-fetch.ts';
import { AnyscaleApiError, AnyscaleError, AnyscaleNetworkError } from './errors.ts';
import { AnyscaleResponseTooLargeError, DEFAULT_MAX_RESPONSE_BYTES, readCappedText } from './capped-body.ts';
import { errorFromResponse, redirectError } from './http-errors.ts';
import { warningLogger, type Logger } from './logger.ts';
import { Redactor } from './redact.ts';
import { resolveRetryPolicy, RETRYABLE_STATUSES, backoffDelay, parseRetryAfter, sleep as realSleep, type RetryPolicy } from './retry.ts';
import { TIMEOUT_ENV, createTimeoutMs, resolveTimeouts, type TimeoutPolicy } from './timeouts.ts';
import { PACKAGE_NAME, VERSION } from './version.ts';

export interface AnyscaleClientOptions extends ConfigOptions {
  logger?: Logger;
  /**
   * Per-request timeouts by kind, each covering the answer's body too: reads 30 s, a create
   * 60 s + 1 s a user of its chunk. What is left out comes from ANYSCALE_USERS_READ_TIMEOUT_MS,
   * ANYSCALE_USERS_CREATE_TIMEOUT_MS and ANYSCALE_USERS_CREATE_TIMEOUT_PER_USER_MS in `env`.
   */
  timeouts?: Partial<TimeoutPolicy>;
  /** Largest answer body accepted, counted after decompression; default 32 MiB. */
  maxResponseBytes?: number;
  retry?: Partial<RetryPolicy>;
  /**
   * Injected so that tests run against loopback servers, exactly and without real waits. The
   * default honours HTTPS_PROXY, HTTP_PROXY and NO_PROXY from `env` (see environmentFetch).
   */
  fetch?: typeof globalThis.fetch;
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
  now?: () => number;
  random?: () => number;
}

export type QueryValue = string | number | boolean | null | undefined;

export interface RequestOptions {
  signal?: AbortSignal | undefined;
  /** Added to a 403's message: which role the operation needs. */
  forbiddenHint?: string;
  /** False for a read that must answer at once or not at all (a start-up check): no retry. */
  retry?: boolean;
}

export interface CreateRequestOptions extends RequestOptions {
  /** How many users the create holds: its timeout grows with them (see TimeoutPolicy). */
  users: number;
}

/** Counts of what went on the wire, for callers that report or benchmark request use. */
export interface ClientStats {
  requests: number;
  retries: number;
}

// Connection errors that mean the request never reached the server, so nothing was processed.
const NOT_SENT_CODES = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH']);

// The TLS handshake refused the server's certificate: no request was sent, and trying again
// will not change the answer, so these are neither retried nor ambiguous.
const CERTIFICATE_CODES = new Set([
  'DEPTH_ZERO_SELF_SIGNED_CERT',
  'SELF_SIGNED_CERT_IN_CHAIN',
  'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
  'UNABLE_TO_GET_ISSUER_CERT',
  'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
  'CERT_HAS_EXPIRED',
  'CERT_NOT_YET_VALID',
  'ERR_TLS_CERT_ALTNAME_INVALID',
]);

function checkMaxResponseBytes(value: number): number {
  if (!Number.isInteger(value) || value < 1) {
    throw new AnyscaleError('CONFIG', `maxResponseBytes must be a whole number of bytes, 1 or more; it is ${value}.`);
  }
  return value;
}

function causeCode(error: unknown): string | undefined {
  const cause = (error as { cause?: { code?: unknown } } | null)?.cause;
  return typeof cause?.code === 'string' ? cause.code : undefined;
}

/**
 * Speaks the Anyscale REST protocol: bearer auth, JSON, typed errors, and retries for reads.
 * Writes are sent once; deciding whether a failed write may be sent again belongs to the
 * operation that knows how to check what the server did (see adminBatchCreate).
 */
export class AnyscaleClient {
  readonly host: string;
  readonly logger: Logger;
  readonly redactor: Redactor;
  readonly retryPolicy: RetryPolicy;
  readonly timeouts: TimeoutPolicy;
  readonly maxResponseBytes: number;
  readonly stats: ClientStats = { requests: 0, retries: 0 };
  readonly sleep: (ms: number, signal?: AbortSignal) => Promise<void>;
  readonly now: () => number;
  readonly random: () => number;
  readonly #token: string;
  readonly #fetch: typeof globalThis.fetch;
  readonly #userAgent = `${PACKAGE_NAME}/${VERSION} node/${process.versions.node}`;

  constructor(options: AnyscaleClientOptions = {}) {
    this.logger = options.logger ?? warningLogger;
    // The environment the options name (tests pass their own), defaulted once for every setting read from it.
    const env = options.env ?? process.env;
    const config = resolveConfig({ ...options, env }, this.logger);
    this.host = config.host;
    this.#token = config.token;
    this.redactor = new Redactor([config.token]);
    this.retryPolicy = resolveRetryPolicy(options.retry);
    this.timeouts = resolveTimeouts(options.timeouts, env);
    this.maxResponseBytes = checkMaxResponseBytes(options.maxResponseBytes ?? DEFAULT_MAX_RESPONSE_BYTES);
    this.#fetch = options.fetch ?? environmentFetch(env);
    this.sleep = options.sleep ?? realSleep;
    this.now = options.now ?? Date.now;
    this.random = options.random ?? Math.random;
  }

  /** A GET, retried on 429, 502, 503, 504, connection errors and timeouts. */
  async get<T>(path: string, query: Record<string, QueryValue> = {}, options: RequestOptions = {}): Promise<T> {
    const url = this.url(path, query);
    const started = this.now();
    for (let retry = 0; ; retry++) {
      try {
        return await this.send<T>('GET', url, undefined, options, this.timeouts.readMs);
      } catch (error) {
        const delay = options.retry === false ? undefined : this.retryDelay(error, retry, started);
        if (delay === undefined) throw error;
        this.stats.retries++;
        this.logger.info(
          `GET ${path} failed (${(error as AnyscaleError).code}); retry ${retry + 1} of ${this.retryPolicy.maxRetries} in ${(delay / 1000).toFixed(1)} s`,
        );
        await this.sleep(delay, options.signal).catch((error: unknown) => {
          throw options.signal?.aborted ? new AnyscaleError('ABORTED', `GET ${url.pathname} was cancelled.`, { cause: error }) : error;
        });
      }
    }
  }

  /**
   * A create, sent once; its timeout grows with `options.users`. Failures say whether the
   * server may have processed it.
   */
  async post<T>(path: string, body: unknown, options: CreateRequestOptions): Promise<T> {
    const timeoutMs = createTimeoutMs(this.timeouts, options.users);
    return this.send<T>('POST', this.url(path, {}), JSON.stringify(body), options, timeoutMs);
  }

  /**
   * How long to wait before retrying a read, or undefined to give up. Also used by operations
   * that reconcile writes, so that every wait in the package follows one policy.
   */
  retryDelay(error: unknown, retry: number, started: number): number | undefined {
    if (retry >= this.retryPolicy.maxRetries) return undefined;
    const retryable = error instanceof AnyscaleNetworkError || (error instanceof AnyscaleApiError && RETRYABLE_STATUSES.has(error.status));
    if (!retryable) return undefined;
    const retryAfterMs = error instanceof AnyscaleApiError ? error.retryAfterMs : undefined;
    const delay = backoffDelay(this.retryPolicy, retry, this.random, retryAfterMs);
    if (this.now() + delay - started > this.retryPolicy.deadlineMs) return undefined;
    return delay;
  }

  private url(path: string, query: Record<string, QueryValue>): URL {
    const url = new URL(path, this.host);
    for (const [key, value] of Object.entries(query)) {
      if (value !== undefined && value !== null) url.searchParams.set(key, String(value));
    }
    return url;
  }

  private async send<T>(
    method: 'GET' | 'POST',
    url: URL,
    body: string | undefined,
    options: RequestOptions,
    timeoutMs: number,
  ): Promise<T> {
    const timeout = new AbortController();
    const timer = setTimeout(() => timeout.abort(), timeoutMs);
    const signal = options.signal ? AbortSignal.any([options.signal, timeout.signal]) : timeout.signal;
    const headers: Record<string, string> = {
      Authorization: `Bearer ${this.#token}`,
      Accept: 'application/json',
      'User-Agent': this.#userAgent,
    };
    if (body !== undefined) headers['Content-Type'] = 'application/json';
    const started = this.now();
    this.stats.requests++;
    try {
      // 'manual': a followed 307 or 308 would re-send the body (passwords) and the token elsewhere.
      const response = await this.#fetch(url, { method, headers, body, signal, redirect: 'manual' });
      if (response.status >= 300 && response.status < 400) {
        await response.body?.cancel();
        this.logger.debug(`${method} ${url.pathname} -> ${response.status} (not followed) in ${this.now() - started} ms`);
        throw redirectError(
          response.status,
          response.headers.get('location'),
          response.headers.get('x-trace-id') ?? undefined,
          { host: this.host, method, path: url.pathname, url },
          this.redactor,
        );
      }
      const text = await readCappedText(response, this.maxResponseBytes, () => this.tooLarge(method, url, body !== undefined));
      this.logger.debug(`${method} ${url.pathname} -> ${response.status} in ${this.now() - started} ms`);
      if (!response.ok) {
        const traceId = response.headers.get('x-trace-id') ?? undefined;
        const retryAfterMs = parseRetryAfter(response.headers.get('retry-after'), this.now());
        throw errorFromResponse(
          response.status,
          text,
          traceId,
          { host: this.host, method, path: url.pathname, forbiddenHint: options.forbiddenHint, retryAfterMs },
          this.redactor,
        );
      }
      return this.parseJson<T>(text, method, url);
    } catch (error) {
      throw this.toNetworkError(error, method, url, options.signal, { signal: timeout.signal, ms: timeoutMs }, body !== undefined);
    } finally {
      clearTimeout(timer);
    }
  }

  private tooLarge(method: string, url: URL, hadBody: boolean): AnyscaleResponseTooLargeError {
    const limit = `${Math.round(this.maxResponseBytes / 1024 / 1024)} MiB`;
    const created = hadBody ? ' The request reached the server, which may have acted on it.' : '';
    return new AnyscaleResponseTooLargeError(
      `Anyscale answered ${method} ${url.pathname} with a body larger than ${limit} (after decompression), so it was not read.${created} Check that ${this.host} is an Anyscale host; for a larger page, lower the page size or raise maxResponseBytes.`,
      hadBody,
    );
  }

  private parseJson<T>(text: string, method: string, url: URL): T {
    try {
      return JSON.parse(text) as T;
    } catch {
      throw new AnyscaleError(
        'BAD_RESPONSE',
        `Anyscale answered ${method} ${url.pathname} with a body that is not JSON. Check that ${this.host} is an Anyscale host.`,
      );
    }
  }

  private toNetworkError(
    error: unknown,
    method: string,
    url: URL,
    callerSignal: AbortSignal | undefined,
    timeout: { signal: AbortSignal; ms: number },
    hadBody: boolean,
  ): unknown {
    if (error instanceof AnyscaleError) return error;
    if (callerSignal?.aborted) {
      return new AnyscaleError('ABORTED', `${method} ${url.pathname} was cancelled.`, { cause: error });
    }
    if (timeout.signal.aborted) {
      const setting = method === 'GET' ? TIMEOUT_ENV.readMs : TIMEOUT_ENV.createBaseMs;
      return new AnyscaleNetworkError(
        'TIMEOUT',
        `Anyscale did not answer ${method} ${url.pathname} within ${timeout.ms / 1000} s. Try again, or raise the timeout (${setting}).`,
        hadBody,
      );
    }
    const code = causeCode(error);
    if (code !== undefined && CERTIFICATE_CODES.has(code)) {
      return new AnyscaleError(
        'NETWORK',
        `The TLS certificate of ${url.host} is not trusted (${code}); nothing was sent. Behind a TLS-inspecting proxy, set NODE_EXTRA_CA_CERTS to the file of its CA certificate.`,
        { cause: error },
      );
    }
    const notSent = code !== undefined && NOT_SENT_CODES.has(code);
    return new AnyscaleNetworkError(
      'NETWORK',
      this.redactor.redact(
        `Could not complete ${method} ${url.pathname} on ${this.host} (${code ?? (error as Error)?.message ?? 'connection error'}). Check the host and your network, then try again.`,
      ),
      hadBody && !notSent,
    );
  }
}

/** The client that the operations (`listUsers`, `adminBatchCreate`, ...) take; options are defaulted once, here. */
export function createClient(options: AnyscaleClientOptions = {}): AnyscaleClient {
  return new AnyscaleClient(options);
}
