import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
import {
  resolveConfig
} from "./chunk-PKRBYOVS.js";
import {
  AdminCreatedUserSchema,
  DEFAULT_PAGE_SIZE,
  checkCollaboratorType,
  checkListParams,
  fetchUserPage,
  listUsers,
  parseAdminCreateUsers,
  plural,
  toDict
} from "./chunk-VWWSWHZM.js";
import {
  AnyscaleApiError,
  AnyscaleError,
  AnyscaleNetworkError,
  AnyscaleValidationError,
  isAnyscaleError
} from "./chunk-N6XRHOVF.js";
import "./chunk-E75OM72Z.js";
import {
  warningLogger
} from "./chunk-232OJVNK.js";
import {
  PACKAGE_NAME,
  VERSION
} from "./chunk-PBLT54OD.js";
import "./chunk-UI3DWVXT.js";

// src/core/http-errors.ts
function formatDetail(detail) {
  if (typeof detail === "string") return detail;
  if (Array.isArray(detail)) {
    return detail.map((item) => {
      const loc = Array.isArray(item?.loc) ? item.loc.map(String).join(".") : "";
      const msg = typeof item?.msg === "string" ? item.msg : JSON.stringify(item);
      return loc ? `${loc}: ${msg}` : msg;
    }).join("\n");
  }
  return void 0;
}
function codeForStatus(status) {
  if (status === 401) return "AUTH";
  if (status === 403) return "FORBIDDEN";
  if (status === 404) return "NOT_FOUND";
  if (status === 409) return "CONFLICT";
  if (status === 429) return "RATE_LIMITED";
  if (status === 400 || status === 413 || status === 422) return "VALIDATION";
  if (status >= 400 && status < 500) return "UNSUPPORTED";
  return "SERVER";
}
function extractDetail(bodyText) {
  try {
    const body = JSON.parse(bodyText);
    return body?.error?.detail ?? body?.detail;
  } catch {
    return void 0;
  }
}
function seconds(ms) {
  return `${Math.ceil(ms / 1e3)} s`;
}
function errorFromResponse(status, bodyText, rawTraceId, context, redactor) {
  const traceId = rawTraceId === void 0 ? void 0 : redactor.redact(rawTraceId);
  const detail = redactor.redactValue(extractDetail(bodyText));
  const said = formatDetail(detail);
  const code = codeForStatus(status);
  const keysUrl = new URL("/v2/api-keys", context.host).toString();
  const trace = traceId ? ` (trace id ${traceId})` : "";
  let message;
  switch (code) {
    case "AUTH":
      message = `Your user credentials for ${context.host} are invalid or have expired. Please run \`anyscale login\` or follow the instructions at ${keysUrl} to properly set your credentials.`;
      break;
    case "FORBIDDEN":
      message = `${said ?? "Permission denied"}.${context.forbiddenHint ? ` ${context.forbiddenHint}` : ""}`.replace("..", ".");
      break;
    case "RATE_LIMITED":
      message = `Anyscale is rate limiting requests${context.retryAfterMs !== void 0 ? `; it asked to wait ${seconds(context.retryAfterMs)}` : ""}. Try again later, or send smaller batches.`;
      break;
    case "SERVER":
      message = `Anyscale answered ${status} to ${context.method} ${context.path}${trace}${said ? `: ${said}` : ""}. Try again later; if it persists, contact Anyscale support with the trace id.`;
      break;
    case "UNSUPPORTED":
      message = `Anyscale refused ${context.method} ${context.path} with ${status}${trace}${said ? `: ${said}` : ""}. Check that ${context.host} is an Anyscale host, or upgrade anyscale-users.`;
      break;
    default:
      message = said ?? `Anyscale answered ${status} to ${context.method} ${context.path}${trace}.`;
  }
  return new AnyscaleApiError(code, redactor.redact(message), {
    status,
    traceId,
    detail,
    retryAfterMs: context.retryAfterMs
  });
}

// src/core/redact.ts
var Redactor = class _Redactor {
  secrets = /* @__PURE__ */ new Set();
  constructor(secrets = []) {
    for (const secret of secrets) this.add(secret);
  }
  add(secret) {
    if (secret && secret.length >= 4) this.secrets.add(secret);
  }
  /** A redactor that knows this one's secrets plus more, without changing this one. */
  with(secrets) {
    return new _Redactor([...this.secrets, ...secrets]);
  }
  redact(text) {
    let out = text;
    for (const secret of this.secrets) out = out.split(secret).join("***");
    return out;
  }
  /** Redacts every string inside a JSON-like value. */
  redactValue(value) {
    if (typeof value === "string") return this.redact(value);
    if (Array.isArray(value)) return value.map((item) => this.redactValue(item));
    if (value && typeof value === "object") {
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, this.redactValue(v)]));
    }
    return value;
  }
};

// src/core/retry.ts
var DEFAULT_RETRY_POLICY = {
  maxRetries: 4,
  baseDelayMs: 500,
  maxDelayMs: 2e4,
  deadlineMs: 12e4
};
var RETRYABLE_STATUSES = /* @__PURE__ */ new Set([429, 502, 503, 504]);
function backoffDelay(policy, retry, random, retryAfterMs) {
  if (retryAfterMs !== void 0) return retryAfterMs;
  const cap = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** retry);
  return Math.floor(random() * cap);
}
function parseRetryAfter(value, now) {
  if (value === null || value.trim() === "") return void 0;
  const seconds2 = Number(value);
  if (Number.isFinite(seconds2)) return Math.max(0, seconds2 * 1e3);
  const date = Date.parse(value);
  return Number.isNaN(date) ? void 0 : Math.max(0, date - now);
}
function sleep(ms, signal) {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const timer = setTimeout(() => {
      signal?.removeEventListener("abort", onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    signal?.addEventListener("abort", onAbort, { once: true });
  });
}

// src/core/client.ts
var DEFAULT_TIMEOUT_MS = 3e4;
var NOT_SENT_CODES = /* @__PURE__ */ new Set(["ECONNREFUSED", "ENOTFOUND", "EAI_AGAIN", "EHOSTUNREACH", "ENETUNREACH"]);
function causeCode(error) {
  const cause = error?.cause;
  return typeof cause?.code === "string" ? cause.code : void 0;
}
var AnyscaleClient = class {
  host;
  logger;
  redactor;
  retryPolicy;
  timeoutMs;
  stats = { requests: 0, retries: 0 };
  sleep;
  now;
  random;
  #token;
  #fetch;
  #userAgent = `${PACKAGE_NAME}/${VERSION} node/${process.versions.node}`;
  constructor(options = {}) {
    this.logger = options.logger ?? warningLogger;
    const config = resolveConfig(options, this.logger);
    this.host = config.host;
    this.#token = config.token;
    this.redactor = new Redactor([config.token]);
    this.retryPolicy = { ...DEFAULT_RETRY_POLICY, ...options.retry };
    this.timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    this.#fetch = options.fetch ?? globalThis.fetch;
    this.sleep = options.sleep ?? sleep;
    this.now = options.now ?? Date.now;
    this.random = options.random ?? Math.random;
  }
  /** A GET, retried on 429, 502, 503, 504, connection errors and timeouts. */
  async get(path, query = {}, options = {}) {
    const url = this.url(path, query);
    const started = this.now();
    for (let retry = 0; ; retry++) {
      try {
        return await this.send("GET", url, void 0, options);
      } catch (error) {
        const delay = this.retryDelay(error, retry, started);
        if (delay === void 0) throw error;
        this.stats.retries++;
        this.logger.info(
          `GET ${path} failed (${error.code}); retry ${retry + 1} of ${this.retryPolicy.maxRetries} in ${(delay / 1e3).toFixed(1)} s`
        );
        await this.sleep(delay, options.signal).catch((error2) => {
          throw options.signal?.aborted ? new AnyscaleError("ABORTED", `GET ${url.pathname} was cancelled.`, { cause: error2 }) : error2;
        });
      }
    }
  }
  /** A POST, sent once. Failures say whether the server may have processed it. */
  async post(path, body, options = {}) {
    return this.send("POST", this.url(path, {}), JSON.stringify(body), options);
  }
  /**
   * How long to wait before retrying a read, or undefined to give up. Also used by operations
   * that reconcile writes, so that every wait in the package follows one policy.
   */
  retryDelay(error, retry, started) {
    if (retry >= this.retryPolicy.maxRetries) return void 0;
    const retryable = error instanceof AnyscaleNetworkError || error instanceof AnyscaleApiError && RETRYABLE_STATUSES.has(error.status);
    if (!retryable) return void 0;
    const retryAfterMs = error instanceof AnyscaleApiError ? error.retryAfterMs : void 0;
    const delay = backoffDelay(this.retryPolicy, retry, this.random, retryAfterMs);
    if (this.now() + delay - started > this.retryPolicy.deadlineMs) return void 0;
    return delay;
  }
  url(path, query) {
    const url = new URL(path, this.host);
    for (const [key, value] of Object.entries(query)) {
      if (value !== void 0 && value !== null) url.searchParams.set(key, String(value));
    }
    return url;
  }
  async send(method, url, body, options) {
    const timeout = new AbortController();
    const timer = setTimeout(() => timeout.abort(), this.timeoutMs);
    const signal = options.signal ? AbortSignal.any([options.signal, timeout.signal]) : timeout.signal;
    const headers = {
      Authorization: `Bearer ${this.#token}`,
      Accept: "application/json",
      "User-Agent": this.#userAgent
    };
    if (body !== void 0) headers["Content-Type"] = "application/json";
    const started = this.now();
    this.stats.requests++;
    try {
      const response = await this.#fetch(url, { method, headers, body, signal });
      const text = await response.text();
      this.logger.debug(`${method} ${url.pathname} -> ${response.status} in ${this.now() - started} ms`);
      if (!response.ok) {
        const traceId = response.headers.get("x-trace-id") ?? void 0;
        const retryAfterMs = parseRetryAfter(response.headers.get("retry-after"), this.now());
        throw errorFromResponse(
          response.status,
          text,
          traceId,
          { host: this.host, method, path: url.pathname, forbiddenHint: options.forbiddenHint, retryAfterMs },
          this.redactor
        );
      }
      return this.parseJson(text, method, url);
    } catch (error) {
      throw this.toNetworkError(error, method, url, options.signal, timeout.signal, body !== void 0);
    } finally {
      clearTimeout(timer);
    }
  }
  parseJson(text, method, url) {
    try {
      return JSON.parse(text);
    } catch {
      throw new AnyscaleError(
        "BAD_RESPONSE",
        `Anyscale answered ${method} ${url.pathname} with a body that is not JSON. Check that ${this.host} is an Anyscale host.`
      );
    }
  }
  toNetworkError(error, method, url, callerSignal, timeoutSignal, hadBody) {
    if (error instanceof AnyscaleError) return error;
    if (callerSignal?.aborted) {
      return new AnyscaleError("ABORTED", `${method} ${url.pathname} was cancelled.`, { cause: error });
    }
    if (timeoutSignal.aborted) {
      return new AnyscaleNetworkError(
        "TIMEOUT",
        `Anyscale did not answer ${method} ${url.pathname} within ${this.timeoutMs / 1e3} s. Try again, or raise the timeout.`,
        hadBody
      );
    }
    const code = causeCode(error);
    const notSent = code !== void 0 && NOT_SENT_CODES.has(code);
    return new AnyscaleNetworkError(
      "NETWORK",
      this.redactor.redact(
        `Could not complete ${method} ${url.pathname} on ${this.host} (${code ?? error?.message ?? "connection error"}). Check the host and your network, then try again.`
      ),
      hadBody && !notSent
    );
  }
};

// src/core/concurrency.ts
async function mapConcurrent(items, limit, task) {
  const results = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await task(items[index]);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

// src/core/operations/get-user.ts
function isExactMatch(user, params) {
  if (params.email != null && user.email.toLowerCase() !== params.email.toLowerCase()) return false;
  if (params.name != null && user.name !== params.name) return false;
  return true;
}
async function getUser(client, params, options = {}) {
  if (params.email == null && params.name == null) {
    throw new AnyscaleValidationError([{ field: "email", message: "Must provide 'email' or 'name'." }]);
  }
  const filters = { ...params, collaborator_type: checkCollaboratorType(params.collaborator_type) };
  let page = await fetchUserPage(client, filters, { count: 1 }, options);
  for (; ; ) {
    const match = page.items.find((user) => isExactMatch(user, params));
    if (match) return match;
    if (page.items.length === 0 || !page.nextPagingToken) break;
    page = await fetchUserPage(client, filters, { count: DEFAULT_PAGE_SIZE, pagingToken: page.nextPagingToken }, options);
  }
  const target = params.email ?? params.name;
  throw new AnyscaleError("NOT_FOUND", `No user found matching '${target}'.`);
}

// src/core/operations/existing-users.ts
var LOOKUP_CONCURRENCY = 8;
async function lookupEmail(client, email, options) {
  const filters = { email, collaborator_type: "all_accounts" };
  let pagingToken;
  for (; ; ) {
    const page = await fetchUserPage(client, filters, { count: DEFAULT_PAGE_SIZE, pagingToken }, options);
    const match = page.items.find((user) => isExactMatch(user, { email }));
    if (match || page.items.length === 0 || !page.nextPagingToken) return match;
    pagingToken = page.nextPagingToken;
  }
}
async function findExistingUsers(client, emails, options = {}) {
  const missing = new Set(emails.map((email) => email.toLowerCase()));
  const found = /* @__PURE__ */ new Map();
  if (missing.size === 0) return found;
  const collect = (users) => {
    for (const user of users) {
      const key = user.email.toLowerCase();
      if (missing.delete(key)) found.set(key, user);
    }
  };
  const lookUpAll = async () => {
    const lookedUp = await mapConcurrent([...missing], LOOKUP_CONCURRENCY, (email) => lookupEmail(client, email, options));
    collect(lookedUp.filter((user) => user !== void 0));
    return found;
  };
  if (missing.size === 1) return lookUpAll();
  const walk = listUsers(client, { collaborator_type: "all_accounts", page_size: DEFAULT_PAGE_SIZE }, options).pages();
  const first = await walk.next();
  if (first.done) return found;
  collect(first.value.items);
  if (!first.value.nextPagingToken || missing.size === 0) {
    await walk.return(void 0);
    return found;
  }
  const total = first.value.total;
  const pagesLeft = total === void 0 ? Number.POSITIVE_INFINITY : Math.ceil(total / DEFAULT_PAGE_SIZE) - 1;
  if (pagesLeft <= missing.size) {
    for await (const page of walk) {
      collect(page.items);
      if (missing.size === 0) break;
    }
    return found;
  }
  await walk.return(void 0);
  return lookUpAll();
}

// src/core/operations/batch-create.ts
var ADMIN_BATCH_CREATE_PATH = "/api/v2/users/admin_batch_create";
var DEFAULT_CHUNK_SIZE = 100;
var MAX_CHUNK_SIZE = 1e3;
var FORBIDDEN_HINT = "Admin batch create needs an organization owner's token: ask an owner of the organization to run it, or to make you an owner.";
var USER_RESULT_STATUSES = ["created", "skipped", "would_create", "failed", "not_sent"];
function checkChunkSize(chunkSize) {
  if (!Number.isInteger(chunkSize) || chunkSize < 1 || chunkSize > MAX_CHUNK_SIZE) {
    const message = `'chunk_size' must be between 1 and ${MAX_CHUNK_SIZE}, inclusive.`;
    throw new AnyscaleValidationError([{ field: "chunk_size", message }]);
  }
}
function countStatuses(results) {
  const counts = Object.fromEntries(USER_RESULT_STATUSES.map((status) => [status, 0]));
  for (const result of results) counts[result.status]++;
  return counts;
}
function chunksOf(items, size) {
  const chunks = [];
  for (let i = 0; i < items.length; i += size) chunks.push(items.slice(i, i + size));
  return chunks;
}
function recoveredUser(input, found) {
  return {
    user_id: found.user_id ?? "",
    name: found.name,
    email: found.email,
    created_at: found.created_at,
    is_sso_user: input.is_sso_user,
    lastname: input.lastname ?? void 0,
    title: input.title ?? void 0
  };
}
function matchResults(sent, body) {
  const raw = Array.isArray(body?.results) ? body.results : [];
  const parsed = raw.map((item) => AdminCreatedUserSchema.safeParse(item));
  const readable = parsed.flatMap((result) => result.success ? [result.data] : []);
  const byEmail = new Map(readable.map((user) => [user.email.toLowerCase(), user]));
  const positional = parsed.length === sent.length && readable.length === parsed.length;
  const matched = /* @__PURE__ */ new Map();
  sent.forEach((pending, position) => {
    const user = byEmail.get(pending.user.email.toLowerCase()) ?? (positional ? readable[position] : void 0);
    if (user) matched.set(pending.index, user);
  });
  return matched;
}
function isAmbiguous(error) {
  if (error instanceof AnyscaleNetworkError) return error.maybeProcessed;
  return error instanceof AnyscaleApiError && error.status >= 500;
}
async function sendChunk(client, chunk) {
  const created = /* @__PURE__ */ new Map();
  let pending = chunk;
  let hadAmbiguousFailure = false;
  const started = client.now();
  const reconcile = async () => {
    const existing = await findExistingUsers(client, pending.map((p) => p.user.email));
    for (const p of pending) {
      const found = existing.get(p.user.email.toLowerCase());
      if (found) created.set(p.index, recoveredUser(p.user, found));
    }
    const before = pending.length;
    pending = pending.filter((p) => !created.has(p.index));
    return before - pending.length;
  };
  try {
    for (let retry = 0; ; retry++) {
      try {
        const body = await client.post(ADMIN_BATCH_CREATE_PATH, pending.map((p) => toDict(p.user)), {
          forbiddenHint: FORBIDDEN_HINT
        });
        for (const [index, user] of matchResults(pending, body)) created.set(index, user);
        pending = pending.filter((p) => !created.has(p.index));
        if (pending.length > 0) await reconcile();
        if (pending.length === 0) return { created };
        return { created, error: unaccounted(pending.length) };
      } catch (error) {
        const ambiguous = isAmbiguous(error);
        const lateConflict = hadAmbiguousFailure && error instanceof AnyscaleApiError && error.code === "CONFLICT";
        hadAmbiguousFailure ||= ambiguous;
        if (lateConflict) {
          if (await reconcile() === 0) return { created, error };
          if (pending.length === 0) return { created };
          continue;
        }
        const delay = client.retryDelay(error, retry, started);
        if (delay === void 0) {
          if (ambiguous) await reconcile();
          return pending.length === 0 ? { created } : { created, error };
        }
        client.logger.info(`batch create of ${pending.length} users failed (${error.code}); checking and retrying`);
        await client.sleep(delay);
        if (ambiguous) await reconcile();
        if (pending.length === 0) return { created };
      }
    }
  } catch (error) {
    return { created, error };
  }
}
function unaccounted(count) {
  return new AnyscaleError(
    "BAD_RESPONSE",
    `Anyscale accepted the batch create but its answer did not account for ${plural(count, "user")}, and a lookup did not find them in the organization. Check the organization before sending them again.`
  );
}
function describe(error, redactor) {
  if (error instanceof AnyscaleError) return { code: error.code, message: redactor.redact(error.message) };
  return { code: "SERVER", message: redactor.redact(String(error?.message ?? error)) };
}
async function adminBatchCreate(client, input, options = {}) {
  const chunkSize = options.chunkSize ?? DEFAULT_CHUNK_SIZE;
  checkChunkSize(chunkSize);
  const users = parseAdminCreateUsers(input);
  const redactor = client.redactor.with(users.map((user) => user.password));
  const requestsBefore = client.stats.requests;
  const dryRun = options.dryRun ?? false;
  const requestOptions = { signal: options.signal };
  const results = users.map((user, index) => ({ index, email: user.email, status: "not_sent" }));
  let stoppedBy;
  const existing = options.skipExisting || dryRun ? await findExistingUsers(client, users.map((user) => user.email), requestOptions) : /* @__PURE__ */ new Map();
  const toCreate = [];
  users.forEach((user, index) => {
    if (!existing.has(user.email.toLowerCase())) toCreate.push({ index, user });
    else if (options.skipExisting) results[index].status = "skipped";
    else {
      results[index].status = "failed";
      results[index].error = { code: "CONFLICT", message: `User with email '${user.email}' already exists.` };
    }
  });
  if (dryRun) {
    for (const { index } of toCreate) results[index].status = "would_create";
  } else {
    const chunks = chunksOf(toCreate, chunkSize);
    let done = 0;
    for (const [number, chunk] of chunks.entries()) {
      if (options.signal?.aborted) {
        stoppedBy = new AnyscaleError("ABORTED", "The batch create was cancelled; users not yet sent were not created.");
        break;
      }
      const { created, error } = await sendChunk(client, chunk);
      for (const [index, user] of created) Object.assign(results[index], { status: "created", user });
      if (error !== void 0) {
        const failure = describe(error, redactor);
        for (const { index } of chunk) {
          if (!created.has(index)) Object.assign(results[index], { status: "failed", error: failure });
        }
        stoppedBy = new AnyscaleError(failure.code, failure.message);
        break;
      }
      done += chunk.length;
      options.onChunk?.({ chunk: number + 1, chunks: chunks.length, done, total: toCreate.length });
    }
  }
  return {
    dryRun,
    results,
    counts: countStatuses(results),
    created: results.flatMap((r) => r.user ? [r.user] : []),
    skipped: results.filter((r) => r.status === "skipped").map((r) => r.email),
    requests: client.stats.requests - requestsBefore,
    ok: results.every((r) => r.status !== "failed" && r.status !== "not_sent"),
    ...stoppedBy ? { error: stoppedBy } : {}
  };
}

// src/core/anyscale.ts
var UserApi = class {
  #client;
  constructor(client) {
    this.#client = client;
  }
  /** `anyscale.user.admin_batch_create`, with chunking, skip_existing and dry_run. */
  adminBatchCreate(users, options) {
    return adminBatchCreate(this.#client, users, options);
  }
  /** `anyscale.user.list`: a lazy async iterator of users. */
  list(params, options) {
    return listUsers(this.#client, params, options);
  }
  /** `anyscale.user.get`: one user by exact email or name. */
  get(params, options) {
    return getUser(this.#client, params, options);
  }
  listPage(params = {}, options) {
    checkListParams({ page_size: params.page_size, collaborator_type: params.collaborator_type });
    const { page_size, paging_token, ...filters } = params;
    return fetchUserPage(this.#client, filters, { count: page_size ?? DEFAULT_PAGE_SIZE, pagingToken: paging_token }, options);
  }
};
var Anyscale = class {
  client;
  user;
  constructor(options = {}) {
    this.client = new AnyscaleClient(options);
    this.user = new UserApi(this.client);
  }
};

// src/local/connect.ts
var LOCAL_ORG_NODE_VERSION = "24";
async function sqliteIsUsable() {
  try {
    const { StatementSync } = await import("node:sqlite");
    return typeof StatementSync.prototype.setReturnArrays === "function";
  } catch {
    return false;
  }
}
async function loadLocalOrg(check = sqliteIsUsable) {
  if (!await check()) {
    throw new AnyscaleError(
      "CONFIG",
      `The local org needs Node ${LOCAL_ORG_NODE_VERSION} or later, for its node:sqlite; this is Node ${process.versions.node}. Upgrade Node, or connect to Anyscale with a host and a token instead.`
    );
  }
  return import("./local-TYN62I5V.js");
}
async function startLocalOrgFor(options) {
  const { startLocalOrg } = await loadLocalOrg();
  try {
    return await startLocalOrg(options);
  } catch (error) {
    const where = options.dataDir === void 0 ? "" : ` in ${options.dataDir}`;
    throw new AnyscaleError("CONFIG", `Could not start the local org${where}: ${error.message}`, { cause: error });
  }
}
async function connectLocalOrg(dataDir, logger) {
  const org = await startLocalOrgFor({ dataDir, logger: { ...logger, info: logger.debug } });
  const anyscale = new Anyscale({ host: org.url, token: org.ownerToken, logger, env: {} });
  return { anyscale, org };
}

// mcp/anyscale-source.ts
function openRealApi(logger) {
  try {
    const anyscale = new Anyscale({ logger });
    return { users: () => anyscale.user, description: `Anyscale at ${anyscale.client.host}`, close: async () => {
    } };
  } catch (error) {
    if (!isAnyscaleError(error)) throw error;
    logger.warn(`Anyscale is not configured (${error.code}): ${error.message}`);
    return {
      users: () => {
        throw error;
      },
      description: `no Anyscale connection (${error.code})`,
      close: async () => {
      }
    };
  }
}
async function openLocalOrg(dataDir, logger) {
  const { anyscale, org } = await connectLocalOrg(dataDir, logger);
  return {
    users: () => anyscale.user,
    description: `the local org at ${org.url} (${dataDir === void 0 ? "in memory" : `kept in ${dataDir}`})`,
    close: () => org.close()
  };
}
function openAnyscale(local, logger) {
  return local ? openLocalOrg(local.dataDir, logger) : Promise.resolve(openRealApi(logger));
}
export {
  openAnyscale
};
