import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
import {
  AdminCreatedUserSchema,
  DEFAULT_PAGE_SIZE,
  USERS_FORMATS,
  checkCollaboratorType,
  checkListParams,
  fetchUserPage,
  followPages,
  listUsers,
  parseAdminCreateUsers,
  toDict
} from "./chunk-YSNKACUK.js";
import {
  plural,
  printable
} from "./chunk-MI73OCWU.js";
import {
  AnyscaleApiError,
  AnyscaleError,
  AnyscaleNetworkError,
  AnyscaleRedirectError,
  AnyscaleValidationError
} from "./chunk-VMZQJ7BV.js";
import {
  PACKAGE_NAME,
  VERSION
} from "./chunk-PBLT54OD.js";
import {
  warningLogger
} from "./chunk-7UPZNW4Y.js";

// src/core/redact.ts
var MIN_SECRET_LENGTH = 4;
var HTML_ENTITIES = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };
function renderedForms(secret) {
  const json = JSON.stringify(secret).slice(1, -1);
  const html = secret.replace(/[&<>"']/g, (char) => HTML_ENTITIES[char]);
  const terminal = printable(secret);
  const cell = printable(secret.replace(/[\t\r\n]+/g, " "));
  return [.../* @__PURE__ */ new Set([secret, json, html, terminal, cell])].filter((form) => form.length >= MIN_SECRET_LENGTH);
}
var Redactor = class _Redactor {
  secrets = /* @__PURE__ */ new Set();
  forms = /* @__PURE__ */ new Set();
  /** The forms longest first, so that a secret containing another is replaced whole; built when needed. */
  ordered;
  constructor(secrets = []) {
    for (const secret of secrets) this.add(secret);
  }
  add(secret) {
    if (!secret || secret.length < MIN_SECRET_LENGTH || this.secrets.has(secret)) return;
    this.secrets.add(secret);
    for (const form of renderedForms(secret)) this.forms.add(form);
    this.ordered = void 0;
  }
  /** A redactor that knows this one's secrets plus more, without changing this one. */
  with(secrets) {
    return new _Redactor([...this.secrets, ...secrets]);
  }
  /** Every occurrence of every secret, in each of its rendered forms, becomes `***`. */
  redact(text) {
    this.ordered ??= [...this.forms].sort((a, b) => b.length - a.length);
    let out = text;
    let before;
    do {
      before = out;
      for (const form of this.ordered) out = out.split(form).join("***");
    } while (out !== before);
    return out;
  }
  /** Redacts every string inside a JSON-like value, keys included. */
  redactValue(value) {
    if (typeof value === "string") return this.redact(value);
    if (Array.isArray(value)) return value.map((item) => this.redactValue(item));
    if (value && typeof value === "object") {
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [this.redact(k), this.redactValue(v)]));
    }
    return value;
  }
};

// src/core/operations/get-user-info.ts
var USERINFO_PATH = "/api/v2/userinfo/";
var STRING_FIELDS = ["id", "email", "name", "organization_permission_level"];
async function getUserInfo(client, options = {}) {
  const body = await client.get(USERINFO_PATH, {}, options);
  const result = body?.result ?? {};
  const info = {};
  for (const key of STRING_FIELDS) if (typeof result[key] === "string") info[key] = result[key];
  const orgs = result.organization_ids;
  if (Array.isArray(orgs) && orgs.every((id) => typeof id === "string")) info.organization_ids = orgs;
  return info;
}
function canCreateUsers(info) {
  if (info.organization_permission_level === void 0) return void 0;
  return info.organization_permission_level.toLowerCase() === "owner";
}

// src/core/aimd-limiter.ts
var AimdLimiter = class {
  max;
  #limit;
  #inFlight = 0;
  #pausedUntil = 0;
  #sequence = 0;
  /** Attempts numbered below this were in flight when the limit last fell. */
  #decreasedAt = 0;
  #now;
  constructor(options) {
    if (!Number.isInteger(options.max) || options.max < 1) throw new RangeError("max must be a whole number of 1 or more");
    this.max = options.max;
    this.#limit = options.max;
    this.#now = options.now;
  }
  get limit() {
    return this.#limit;
  }
  get inFlight() {
    return this.#inFlight;
  }
  /** Milliseconds until a Retry-After pause ends (0 when there is none). */
  pauseMs() {
    return Math.max(0, this.#pausedUntil - this.#now());
  }
  /** Whether another task may start now. */
  canStart() {
    return this.#inFlight < this.#limit && this.pauseMs() === 0;
  }
  /**
   * Ends a pause the caller has waited out. The caller's sleep is the authority, so an injected
   * sleep that returns at once (as in tests) does not leave the limiter waiting on the clock.
   */
  endPause() {
    this.#pausedUntil = 0;
  }
  start() {
    this.#inFlight++;
  }
  finish() {
    this.#inFlight = Math.max(0, this.#inFlight - 1);
  }
  /** Marks the start of one request on the wire, for `congested` to tell old news from new. */
  attempt() {
    return { sequence: this.#sequence++ };
  }
  succeeded() {
    this.#limit = Math.min(this.max, this.#limit + 1);
  }
  /**
   * The service pushed back on `ticket`'s request. Requests already in flight when the limit last
   * fell were sent under the old limit, so their pushback does not halve it again.
   */
  congested(ticket, retryAfterMs) {
    if (retryAfterMs !== void 0) this.#pausedUntil = Math.max(this.#pausedUntil, this.#now() + retryAfterMs);
    if (ticket.sequence < this.#decreasedAt) return;
    this.#limit = Math.max(1, Math.floor(this.#limit / 2));
    this.#decreasedAt = this.#sequence;
  }
};

// src/core/capped-body.ts
var DEFAULT_MAX_RESPONSE_BYTES = 32 * 1024 * 1024;
var AnyscaleResponseTooLargeError = class extends AnyscaleError {
  maybeProcessed;
  constructor(message, maybeProcessed) {
    super("TOO_LARGE", message);
    this.name = "AnyscaleResponseTooLargeError";
    this.maybeProcessed = maybeProcessed;
  }
};
async function readCappedText(response, maxBytes, tooLarge) {
  const declared = Number(response.headers.get("content-length") ?? Number.NaN);
  if (Number.isFinite(declared) && declared > maxBytes) {
    await response.body?.cancel().catch(() => {
    });
    throw tooLarge();
  }
  if (response.body === null) return "";
  const reader = response.body.getReader();
  const chunks = [];
  let total = 0;
  for (; ; ) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel().catch(() => {
      });
      throw tooLarge();
    }
    chunks.push(value);
  }
  return new TextDecoder().decode(Buffer.concat(chunks, total));
}

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

// src/core/existence-strategy.ts
function chooseExistenceStrategy(input) {
  const pagesLeft = input.orgTotal === void 0 ? Number.POSITIVE_INFINITY : Math.max(0, Math.ceil(input.orgTotal / input.pageSize) - input.pagesRead);
  const pageMs = Math.max(1, input.roundTripMs);
  const walkMs = pagesLeft === 0 ? 0 : pagesLeft * pageMs;
  const lookupsMs = Math.ceil(input.emails / Math.max(1, input.inFlight)) * Math.max(1, input.lookupRoundTripMs ?? pageMs);
  const strategy = walkMs < lookupsMs || walkMs === lookupsMs && pagesLeft <= input.emails ? "walk" : "lookups";
  return { strategy, walkMs, lookupsMs };
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
  const target = params.email ?? params.name;
  const pages = followPages(
    (pagingToken) => fetchUserPage(client, filters, { count: pagingToken === void 0 ? 1 : DEFAULT_PAGE_SIZE, pagingToken }, options),
    `lookup of '${target}'`
  );
  for await (const page of pages) {
    const match = page.items.find((user) => isExactMatch(user, params));
    if (match) return match;
  }
  throw new AnyscaleError("NOT_FOUND", `No user found matching '${target}'.`);
}

// src/core/operations/existing-users.ts
var DEFAULT_LOOKUP_CONCURRENCY = 8;
async function lookupEmail(client, email, options) {
  const filters = { email, collaborator_type: "all_accounts" };
  const pages = followPages(
    (pagingToken) => fetchUserPage(client, filters, { count: DEFAULT_PAGE_SIZE, pagingToken }, options),
    `lookup of ${email}`
  );
  for await (const page of pages) {
    const match = page.items.find((user) => isExactMatch(user, { email }));
    if (match) return match;
  }
  return void 0;
}
async function findExistingUsers(client, emails, options = {}) {
  const concurrency = options.concurrency ?? DEFAULT_LOOKUP_CONCURRENCY;
  const missing = new Set(emails.map((email) => email.toLowerCase()));
  const found = /* @__PURE__ */ new Map();
  if (missing.size === 0) return found;
  const collect2 = (users) => {
    for (const user of users) {
      const key = user.email.toLowerCase();
      if (missing.delete(key)) found.set(key, user);
    }
  };
  const lookUpAll = async () => {
    const lookedUp = await mapConcurrent([...missing], concurrency, (email) => lookupEmail(client, email, options));
    collect2(lookedUp.filter((user) => user !== void 0));
    return found;
  };
  if (missing.size === 1) return lookUpAll();
  const walk = listUsers(client, { collaborator_type: "all_accounts", page_size: DEFAULT_PAGE_SIZE }, options).pages();
  const firstStarted = client.now();
  const first = await walk.next();
  const roundTripMs = client.now() - firstStarted;
  if (first.done) return found;
  collect2(first.value.items);
  if (!first.value.nextPagingToken || missing.size === 0) {
    await walk.return(void 0);
    return found;
  }
  const choice = chooseExistenceStrategy({
    emails: missing.size,
    orgTotal: first.value.total,
    pageSize: DEFAULT_PAGE_SIZE,
    pagesRead: 1,
    inFlight: concurrency,
    roundTripMs
  });
  client.logger.debug(
    `existence check of ${missing.size} emails: ${choice.strategy} (walk ~${choice.walkMs} ms, lookups ~${choice.lookupsMs} ms)`
  );
  if (choice.strategy === "walk") {
    for await (const page of walk) {
      collect2(page.items);
      if (missing.size === 0) break;
    }
    return found;
  }
  await walk.return(void 0);
  return lookUpAll();
}

// src/core/operations/guarded-apply.ts
import { open } from "node:fs/promises";
import { hostname } from "node:os";

// src/core/operations/plan-users.ts
import { createHash } from "node:crypto";
function plannedUser(user) {
  const planned = { email: user.email, name: user.name, is_sso_user: user.is_sso_user, password_set: false };
  if (user.lastname != null) planned.lastname = user.lastname;
  if (user.title != null) planned.title = user.title;
  planned.password_set = user.password != null && user.password !== "";
  return planned;
}
function orgAccount(user) {
  const account = { email: user.email, name: user.name, permission_level: user.permission_level };
  if (user.user_id !== void 0) account.user_id = user.user_id;
  return account;
}
var byEmail = (a, b) => {
  const x = a.email.toLowerCase();
  const y = b.email.toLowerCase();
  return x < y ? -1 : x > y ? 1 : 0;
};
function planFingerprint(toCreate) {
  const canonical = [...toCreate].sort(byEmail).map((u) => [u.email.toLowerCase(), u.name, u.is_sso_user, u.lastname ?? null, u.title ?? null, u.password_set]);
  const hash = createHash("sha256").update(JSON.stringify(["anyscale-users/plan/v1", canonical])).digest("hex");
  return `sha256:${hash}`;
}
function comparePlan(users, accounts, includeServiceAccounts) {
  const inFile = new Set(users.map((u) => u.email.toLowerCase()));
  const inOrg = /* @__PURE__ */ new Map();
  const strays = [];
  const take = (user, strayable) => {
    const key = user.email.toLowerCase();
    inOrg.set(key, user);
    if (strayable && !inFile.has(key)) strays.push(orgAccount(user));
  };
  for (const user of accounts.users) take(user, true);
  for (const user of accounts.services) take(user, includeServiceAccounts);
  const to_create = [];
  const present = [];
  for (const user of users) {
    const found = inOrg.get(user.email.toLowerCase());
    if (found) present.push(orgAccount(found));
    else to_create.push(plannedUser(user));
  }
  to_create.sort(byEmail);
  present.sort(byEmail);
  strays.sort(byEmail);
  return {
    to_create,
    present,
    strays,
    counts: { to_create: to_create.length, present: present.length, strays: strays.length },
    fingerprint: planFingerprint(to_create)
  };
}
async function collect(client, type, options) {
  const users = [];
  for await (const page of listUsers(client, { collaborator_type: type }, options).pages()) for (const user of page.items) users.push(user);
  return users;
}
async function planUsers(client, input, options = {}) {
  const users = parseAdminCreateUsers(input);
  const requestOptions = { signal: options.signal };
  const accounts = {
    users: await collect(client, "only_user_accounts", requestOptions),
    services: await collect(client, "only_service_accounts", requestOptions)
  };
  return comparePlan(users, accounts, options.include_service_accounts ?? false);
}

// src/core/operations/guarded-apply.ts
var FINGERPRINT = /^sha256:[0-9a-f]{64}$/;
function isPlanFingerprint(value) {
  return FINGERPRINT.test(value);
}
async function checkExpectedPlan(client, users, expected, options) {
  if (!isPlanFingerprint(expected)) {
    throw new AnyscaleError("VALIDATION", `'expect_plan' must be "sha256:" and 64 hex digits, as plan prints it; got "${expected}".`);
  }
  const plan = await planUsers(client, users, options);
  if (plan.fingerprint === expected) return;
  const present = plan.present.map((u) => u.email);
  const named = present.length > 0 ? ` Users of the file now in the organization: ${present.join(", ")}.` : "";
  throw new AnyscaleError(
    "PLAN_CHANGED",
    `The plan changed since it was reviewed (expected ${expected}, now ${plan.fingerprint}); nothing was sent.${named} Run plan again, review it, and apply the new fingerprint.`
  );
}
var ChangeRecord = class _ChangeRecord {
  #file;
  #fixed;
  #redactor;
  constructor(file, fixed, redactor) {
    this.#file = file;
    this.#fixed = fixed;
    this.#redactor = redactor;
  }
  static async open(client, path, plan, options, redactor = client.redactor) {
    const info = await getUserInfo(client, options);
    const file = await open(path, "a");
    return new _ChangeRecord(file, { host: hostname(), actor: info.email ?? info.id ?? null, ...plan ? { plan } : {} }, redactor);
  }
  async write(line, now) {
    const { host, actor, plan } = this.#fixed;
    const entry = {
      time: now.toISOString(),
      host,
      actor,
      email: line.email,
      status: line.status,
      ...line.user_id ? { user_id: line.user_id } : {},
      ...plan ? { plan } : {}
    };
    await this.#file.write(`${this.#redactor.redact(JSON.stringify(entry))}
`);
  }
  close() {
    return this.#file.close();
  }
};
async function recordResults(record, results, written, now) {
  if (!record) return;
  for (const result of results) {
    if (written.has(result.index)) continue;
    written.add(result.index);
    await record.write({ email: result.email, status: result.status, user_id: result.user?.user_id }, now());
  }
}

// src/core/operations/batch-create.ts
var ADMIN_BATCH_CREATE_PATH = "/api/v2/users/admin_batch_create";
var DEFAULT_CHUNK_SIZE = 100;
var MAX_CHUNK_SIZE = 1e3;
var DEFAULT_CONCURRENCY = 8;
var MAX_CONCURRENCY = 32;
var FORBIDDEN_HINT = "Admin batch create needs an organization owner's token: ask an owner of the organization to run it, or to make you an owner.";
var USER_RESULT_STATUSES = ["created", "skipped", "would_create", "failed", "not_sent", "unknown"];
function checkChunkSize(chunkSize) {
  if (!Number.isInteger(chunkSize) || chunkSize < 1 || chunkSize > MAX_CHUNK_SIZE) {
    const message = `'chunk_size' must be between 1 and ${MAX_CHUNK_SIZE}, inclusive.`;
    throw new AnyscaleValidationError([{ field: "chunk_size", message }]);
  }
}
function checkConcurrency(concurrency) {
  if (!Number.isInteger(concurrency) || concurrency < 1 || concurrency > MAX_CONCURRENCY) {
    const message = `'concurrency' must be between 1 and ${MAX_CONCURRENCY}, inclusive.`;
    throw new AnyscaleValidationError([{ field: "concurrency", message }]);
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
  const byEmail2 = new Map(readable.map((user) => [user.email.toLowerCase(), user]));
  const positional = parsed.length === sent.length && readable.length === parsed.length;
  const matched = /* @__PURE__ */ new Map();
  sent.forEach((pending, position) => {
    const user = byEmail2.get(pending.user.email.toLowerCase()) ?? (positional ? readable[position] : void 0);
    if (user) matched.set(pending.index, user);
  });
  return matched;
}
function isAmbiguous(error) {
  if (error instanceof AnyscaleNetworkError || error instanceof AnyscaleResponseTooLargeError) return error.maybeProcessed;
  return error instanceof AnyscaleApiError && error.status >= 500;
}
function isCongestion(error) {
  return error instanceof AnyscaleApiError && (error.status === 429 || error.status === 503);
}
async function sendChunk(client, chunk, limiter, concurrency) {
  const outcome = { created: /* @__PURE__ */ new Map(), existing: /* @__PURE__ */ new Map(), unsettled: false };
  const { created, existing } = outcome;
  let pending = chunk;
  let hadAmbiguousFailure = false;
  const started = client.now();
  const reconcile = async (ours) => {
    const found = await findExistingUsers(
      client,
      pending.map((p) => p.user.email),
      { concurrency }
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
  try {
    for (let retry = 0; ; retry++) {
      const ticket = limiter.attempt();
      try {
        const body = await client.post(
          ADMIN_BATCH_CREATE_PATH,
          pending.map((p) => toDict(p.user)),
          {
            forbiddenHint: FORBIDDEN_HINT,
            users: pending.length
          }
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
        if (error instanceof AnyscaleApiError && error.code === "CONFLICT") {
          if (await reconcile(hadAmbiguousFailure) === 0) return { ...outcome, error };
          if (pending.length === 0) return outcome;
          continue;
        }
        const delay = client.retryDelay(error, retry, started);
        if (delay === void 0) {
          if (ambiguous) await reconcile(true);
          return pending.length === 0 ? outcome : { ...outcome, error };
        }
        client.logger.info(`batch create of ${pending.length} users failed (${error.code}); checking and retrying`);
        await client.sleep(delay);
        if (ambiguous) await reconcile(true);
        if (pending.length === 0) return outcome;
      }
    }
  } catch (error) {
    return { ...outcome, error };
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
function unsettledFailure(failure, count) {
  return {
    code: failure.code,
    message: `The create of ${plural(count, "user")} was sent but its answer was lost, and the lookups that would settle it failed (${failure.message}). They may exist: re-run the batch to settle them; users it finds are reported as existing.`
  };
}
var OK_STATUSES = /* @__PURE__ */ new Set(["created", "skipped", "would_create"]);
async function emailsAlreadyInOrg(client, users, options, concurrency) {
  if (options.existingEmails) return new Set([...options.existingEmails].map((email) => email.toLowerCase()));
  if (!options.skipExisting && !options.dryRun) return /* @__PURE__ */ new Set();
  const found = await findExistingUsers(
    client,
    users.map((user) => user.email),
    { signal: options.signal, concurrency }
  );
  return new Set(found.keys());
}
async function adminBatchCreate(client, input, options = {}) {
  const chunkSize = options.chunkSize ?? DEFAULT_CHUNK_SIZE;
  checkChunkSize(chunkSize);
  const concurrency = options.concurrency ?? DEFAULT_CONCURRENCY;
  checkConcurrency(concurrency);
  const users = parseAdminCreateUsers(input);
  const redactor = client.redactor.with(users.map((user) => user.password));
  const requestsBefore = client.stats.requests;
  const dryRun = options.dryRun ?? false;
  const requestOptions = { signal: options.signal };
  const results = users.map((user, index) => ({ index, email: user.email, status: "not_sent" }));
  let stoppedBy;
  if (options.expect_plan !== void 0 && !dryRun) await checkExpectedPlan(client, users, options.expect_plan, requestOptions);
  const record = options.record !== void 0 && !dryRun ? await ChangeRecord.open(client, options.record, options.expect_plan, requestOptions, redactor) : void 0;
  const recorded = /* @__PURE__ */ new Set();
  const now = () => new Date(client.now());
  try {
    const existing = await emailsAlreadyInOrg(client, users, options, concurrency);
    const toCreate = [];
    users.forEach((user, index) => {
      if (!existing.has(user.email.toLowerCase())) toCreate.push({ index, user });
      else results[index].status = "skipped";
    });
    if (dryRun) {
      for (const { index } of toCreate) results[index].status = "would_create";
    } else {
      stoppedBy = await sendChunks(client, chunksOf(toCreate, chunkSize), results, {
        concurrency,
        redactor,
        signal: options.signal,
        onChunk: options.onChunk,
        total: toCreate.length,
        onSettled: (chunk) => recordResults(
          record,
          chunk.map(({ index }) => results[index]),
          recorded,
          now
        )
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
    created: results.flatMap((r) => r.user ? [r.user] : []),
    skipped: results.filter((r) => r.status === "skipped").map((r) => r.email),
    requests: client.stats.requests - requestsBefore,
    ok: results.every((r) => OK_STATUSES.has(r.status)),
    ...stoppedBy ? { error: stoppedBy } : {}
  };
}
function settleChunk(results, chunk, outcome, redactor) {
  for (const [index, user] of outcome.created) Object.assign(results[index], { status: "created", user });
  for (const index of outcome.existing.keys()) results[index].status = "skipped";
  if (outcome.error === void 0) return void 0;
  const left = chunk.filter(({ index }) => !outcome.created.has(index) && !outcome.existing.has(index));
  const failure = outcome.unsettled ? unsettledFailure(describe(outcome.error, redactor), left.length) : describe(outcome.error, redactor);
  const status = outcome.unsettled ? "unknown" : "failed";
  for (const { index } of left) Object.assign(results[index], { status, error: failure });
  return new AnyscaleError(failure.code, failure.message);
}
async function sendChunks(client, chunks, results, options) {
  const limiter = new AimdLimiter({ max: options.concurrency, now: client.now });
  const running = /* @__PURE__ */ new Set();
  const errors = /* @__PURE__ */ new Map();
  let finished = 0;
  let done = 0;
  let next = 0;
  let cancelled = false;
  const launch = (number) => {
    const chunk = chunks[number];
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
      await client.sleep(pauseMs, options.signal).catch(() => void 0);
      limiter.endPause();
    }
  }
  await Promise.all(running);
  const first = [...errors.keys()].sort((a, b) => a - b)[0];
  if (first !== void 0) return errors.get(first);
  if (cancelled) {
    return new AnyscaleError(
      "ABORTED",
      "The batch create was cancelled: chunks already sent were finished and are reported; users not yet sent were not created."
    );
  }
  return void 0;
}

// src/core/config.ts
import { readFileSync } from "node:fs";
import { homedir } from "node:os";
import { join } from "node:path";

// src/core/secret-file.ts
import { statSync } from "node:fs";
function readableByOthers(path, platform = process.platform) {
  return platform !== "win32" && (statSync(path).mode & 63) !== 0;
}

// src/core/config.ts
var DEFAULT_HOST = "https://console.anyscale.com";
var CREDENTIALS_DISPLAY_PATH = "~/.anyscale/credentials.json";
function apiKeysUrl(host) {
  return new URL("/v2/api-keys", host).toString();
}
function isPlausibleToken(token) {
  if (!/^[\x21-\x7e]+$/.test(token)) return false;
  return token.startsWith("sss_") || token.startsWith("a") && token.includes("_");
}
function isLoopbackHostname(hostname2) {
  const bare = hostname2.replace(/^\[|\]$/g, "");
  return bare === "localhost" || bare === "::1" || /^127(\.\d{1,3}){3}$/.test(bare);
}
function checkHost(host) {
  let url;
  try {
    url = new URL(host);
  } catch {
    throw new AnyscaleError("CONFIG", `The Anyscale host "${host}" is not a URL; give one like ${DEFAULT_HOST}.`);
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") {
    throw new AnyscaleError("CONFIG", `The Anyscale host "${host}" must start with https://.`);
  }
  if (url.protocol === "http:" && !isLoopbackHostname(url.hostname)) {
    throw new AnyscaleError(
      "CONFIG",
      `Refusing to send the Anyscale token over plain http:// to ${url.hostname}. Use https://; plain http is allowed only for loopback hosts (localhost, 127.0.0.1, ::1).`
    );
  }
  if (url.pathname !== "/" || url.search !== "" || url.hash !== "") {
    throw new AnyscaleError("CONFIG", `The Anyscale host "${host}" has a path; give the bare origin, like ${DEFAULT_HOST}.`);
  }
  return url.origin;
}
function readCredentialsFile(path, host, logger) {
  let text;
  try {
    text = readFileSync(path, "utf8");
  } catch {
    throw new AnyscaleError(
      "AUTH",
      `Credentials not found. You need to create an account at ${host} and then go to ${apiKeysUrl(host)} and follow the instructions.`
    );
  }
  if (readableByOthers(path)) {
    logger.warn(
      `Permissions for your credentials file ${CREDENTIALS_DISPLAY_PATH} are not secure. Run 'anyscale auth fix' to make your credentials secure and not accessible by others.`
    );
  }
  let parsed;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new AnyscaleError(
      "AUTH",
      `Unable to load user credentials.

Tip: Try creating your user credentials again by going to ${apiKeysUrl(host)} and following the instructions. If this does not work, please contact Anyscale support.`
    );
  }
  const token = parsed?.cli_token;
  if (typeof token !== "string") {
    throw new AnyscaleError(
      "AUTH",
      `The credential file is not valid. Please regenerate it by following the instructions at ${apiKeysUrl(host)}`
    );
  }
  return token;
}
function resolveConfig(options, logger) {
  const env = options.env ?? process.env;
  const host = checkHost(options.host ?? (env.ANYSCALE_HOST || DEFAULT_HOST));
  let token;
  let tokenSource;
  if (options.token !== void 0) {
    token = options.token;
    tokenSource = "option";
  } else if (env.ANYSCALE_CLI_TOKEN !== void 0) {
    token = env.ANYSCALE_CLI_TOKEN;
    tokenSource = "env";
  } else {
    const path = join(options.homeDir ?? homedir(), ".anyscale", "credentials.json");
    token = readCredentialsFile(path, host, logger);
    tokenSource = "credentials-file";
  }
  token = token.trim();
  if (!isPlausibleToken(token)) {
    throw new AnyscaleError(
      "AUTH",
      `Your user credentials are invalid. Please go to ${apiKeysUrl(host)} and follow the instructions to properly set your credentials.`
    );
  }
  return { host, token, tokenSource };
}

// src/core/environment-fetch.ts
function proxyVariable(env, name) {
  const value = env[name.toLowerCase()] ?? env[name.toUpperCase()];
  return value === void 0 || value.trim() === "" ? void 0 : value.trim();
}
function proxySettings(env) {
  const httpProxy = proxyVariable(env, "http_proxy");
  const httpsProxy = proxyVariable(env, "https_proxy");
  if (httpProxy === void 0 && httpsProxy === void 0) return void 0;
  return { httpProxy, httpsProxy, noProxy: proxyVariable(env, "no_proxy") ?? "" };
}
function proxiedFetch(settings) {
  let loading;
  const load = async () => {
    const undici = (await import("undici")).default;
    const dispatcher = new undici.EnvHttpProxyAgent({
      httpProxy: settings.httpProxy ?? "",
      httpsProxy: settings.httpsProxy ?? "",
      noProxy: settings.noProxy
    });
    return ((input, init) => undici.fetch(input, { ...init, dispatcher }));
  };
  return async (input, init) => {
    loading ??= load();
    return (await loading)(input, init);
  };
}
function environmentFetch(env = process.env) {
  const settings = proxySettings(env);
  return settings === void 0 ? globalThis.fetch : proxiedFetch(settings);
}

// src/core/http-errors.ts
function locationOf(loc) {
  return loc.map((part, i) => typeof part === "number" ? `[${part}]` : `${i === 0 ? "" : "."}${String(part)}`).join("");
}
function formatDetail(detail) {
  if (typeof detail === "string") return detail;
  if (Array.isArray(detail)) {
    return detail.map((item) => {
      const loc = Array.isArray(item?.loc) ? locationOf(item.loc) : "";
      const msg = typeof item?.msg === "string" ? item.msg.replace(/\.+$/, "") : JSON.stringify(item);
      return loc ? `${loc}: ${msg}` : msg;
    }).join("; ");
  }
  return void 0;
}
var MAX_DETAIL_CHARS = 1e3;
function detailInSentence(said) {
  return cutDetail(said.replace(/\.+$/, ""));
}
function cutDetail(said) {
  return said.length > MAX_DETAIL_CHARS ? `${said.slice(0, MAX_DETAIL_CHARS)}\u2026 (cut; ${said.length} characters in all)` : said;
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
  const full = formatDetail(detail);
  const said = full === void 0 ? void 0 : detailInSentence(full);
  const code = codeForStatus(status);
  const keysUrl = new URL("/v2/api-keys", context.host).toString();
  const trace = traceId ? ` (trace id ${traceId})` : "";
  let message;
  switch (code) {
    case "AUTH":
      message = `Your user credentials for ${context.host} are invalid or have expired. Please run \`anyscale login\` or follow the instructions at ${keysUrl} to properly set your credentials.`;
      break;
    case "FORBIDDEN":
      message = `${said ?? "Permission denied"}.${context.forbiddenHint ? ` ${context.forbiddenHint}` : ""}`;
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
      if (Array.isArray(detail) && said !== void 0) {
        message = `Anyscale refused ${context.method} ${context.path} as invalid: ${said}. Correct the values named, then try again.`;
      } else {
        message = full !== void 0 ? cutDetail(full) : `Anyscale answered ${status} to ${context.method} ${context.path}${trace}.`;
      }
  }
  return new AnyscaleApiError(code, redactor.redact(message), {
    status,
    traceId,
    detail,
    retryAfterMs: context.retryAfterMs
  });
}
var MAX_LOCATION_CHARS = 300;
function redirectError(status, rawLocation, rawTraceId, context, redactor) {
  const trace = rawTraceId ? ` (trace id ${redactor.redact(rawTraceId)})` : "";
  let target;
  try {
    target = rawLocation === null ? void 0 : new URL(rawLocation, context.url);
  } catch {
    target = void 0;
  }
  const location = target === void 0 ? void 0 : redactor.redact(target.toString());
  const shown = location === void 0 ? void 0 : location.length > MAX_LOCATION_CHARS ? `${location.slice(0, MAX_LOCATION_CHARS)}\u2026` : location;
  const start = `Anyscale answered ${context.method} ${context.path} with a redirect (${status})${trace}`;
  let advice;
  if (target === void 0) {
    advice = `${rawLocation === null ? " without a Location" : " to a Location that is not a URL"}. Nothing was sent again. Check that ${context.host} is an Anyscale host.`;
  } else if (target.origin === context.url.origin) {
    advice = ` to ${shown} on the same host. Nothing was sent there; anyscale-users may be out of date for this API, so upgrade it.`;
  } else {
    advice = ` to ${shown}. Nothing was sent there, and no token or password: redirects are never followed. If that is where your Anyscale API lives, set the host to ${redactor.redact(target.origin)} (ANYSCALE_HOST or --host).`;
  }
  return new AnyscaleRedirectError(`${start}${advice}`, { status, traceId: rawTraceId && redactor.redact(rawTraceId), location });
}

// src/core/retry.ts
var DEFAULT_RETRY_POLICY = {
  maxRetries: 4,
  baseDelayMs: 500,
  maxDelayMs: 2e4,
  deadlineMs: 12e4
};
function resolveRetryPolicy(options = {}) {
  return {
    maxRetries: options.maxRetries ?? DEFAULT_RETRY_POLICY.maxRetries,
    baseDelayMs: options.baseDelayMs ?? DEFAULT_RETRY_POLICY.baseDelayMs,
    maxDelayMs: options.maxDelayMs ?? DEFAULT_RETRY_POLICY.maxDelayMs,
    deadlineMs: options.deadlineMs ?? DEFAULT_RETRY_POLICY.deadlineMs
  };
}
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

// src/core/timeouts.ts
var DEFAULT_TIMEOUTS = { readMs: 3e4, createBaseMs: 6e4, createPerUserMs: 1e3 };
var TIMEOUT_ENV = {
  readMs: "ANYSCALE_USERS_READ_TIMEOUT_MS",
  createBaseMs: "ANYSCALE_USERS_CREATE_TIMEOUT_MS",
  createPerUserMs: "ANYSCALE_USERS_CREATE_TIMEOUT_PER_USER_MS"
};
var MAX_TIMER_MS = 2 ** 31 - 1;
function checked(value, where, min) {
  if (!Number.isInteger(value) || value < min || value > MAX_TIMER_MS) {
    throw new AnyscaleError("CONFIG", `${where} must be a whole number of milliseconds from ${min} to ${MAX_TIMER_MS}; it is ${value}.`);
  }
  return value;
}
function fromEnv(env, key, min) {
  const name = TIMEOUT_ENV[key];
  const raw = env[name]?.trim();
  if (raw === void 0 || raw === "") return void 0;
  if (!/^\d+$/.test(raw)) throw new AnyscaleError("CONFIG", `${name} must be a whole number of milliseconds; it is '${raw}'.`);
  return checked(Number(raw), name, min);
}
function resolveTimeouts(options = {}, env = {}) {
  const pick = (key, min) => {
    const given = options[key];
    if (given !== void 0) return checked(given, `The timeout option ${key}`, min);
    return fromEnv(env, key, min) ?? DEFAULT_TIMEOUTS[key];
  };
  return { readMs: pick("readMs", 1), createBaseMs: pick("createBaseMs", 1), createPerUserMs: pick("createPerUserMs", 0) };
}
function createTimeoutMs(policy, users) {
  return Math.min(MAX_TIMER_MS, policy.createBaseMs + policy.createPerUserMs * users);
}

// src/core/client.ts
var NOT_SENT_CODES = /* @__PURE__ */ new Set(["ECONNREFUSED", "ENOTFOUND", "EAI_AGAIN", "EHOSTUNREACH", "ENETUNREACH"]);
var CERTIFICATE_CODES = /* @__PURE__ */ new Set([
  "DEPTH_ZERO_SELF_SIGNED_CERT",
  "SELF_SIGNED_CERT_IN_CHAIN",
  "UNABLE_TO_VERIFY_LEAF_SIGNATURE",
  "UNABLE_TO_GET_ISSUER_CERT",
  "UNABLE_TO_GET_ISSUER_CERT_LOCALLY",
  "CERT_HAS_EXPIRED",
  "CERT_NOT_YET_VALID",
  "ERR_TLS_CERT_ALTNAME_INVALID"
]);
function checkMaxResponseBytes(value) {
  if (!Number.isInteger(value) || value < 1) {
    throw new AnyscaleError("CONFIG", `maxResponseBytes must be a whole number of bytes, 1 or more; it is ${value}.`);
  }
  return value;
}
function causeCode(error) {
  const cause = error?.cause;
  return typeof cause?.code === "string" ? cause.code : void 0;
}
var AnyscaleClient = class {
  host;
  logger;
  redactor;
  retryPolicy;
  timeouts;
  maxResponseBytes;
  stats = { requests: 0, retries: 0 };
  sleep;
  now;
  random;
  #token;
  #fetch;
  #userAgent = `${PACKAGE_NAME}/${VERSION} node/${process.versions.node}`;
  constructor(options = {}) {
    this.logger = options.logger ?? warningLogger;
    const env = options.env ?? process.env;
    const config = resolveConfig({ ...options, env }, this.logger);
    this.host = config.host;
    this.#token = config.token;
    this.redactor = new Redactor([config.token]);
    this.retryPolicy = resolveRetryPolicy(options.retry);
    this.timeouts = resolveTimeouts(options.timeouts, env);
    this.maxResponseBytes = checkMaxResponseBytes(options.maxResponseBytes ?? DEFAULT_MAX_RESPONSE_BYTES);
    this.#fetch = options.fetch ?? environmentFetch(env);
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
        return await this.send("GET", url, void 0, options, this.timeouts.readMs);
      } catch (error) {
        const delay = options.retry === false ? void 0 : this.retryDelay(error, retry, started);
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
  /**
   * A create, sent once; its timeout grows with `options.users`. Failures say whether the
   * server may have processed it.
   */
  async post(path, body, options) {
    const timeoutMs = createTimeoutMs(this.timeouts, options.users);
    return this.send("POST", this.url(path, {}), JSON.stringify(body), options, timeoutMs);
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
  async send(method, url, body, options, timeoutMs) {
    const timeout = new AbortController();
    const timer = setTimeout(() => timeout.abort(), timeoutMs);
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
      const response = await this.#fetch(url, { method, headers, body, signal, redirect: "manual" });
      if (response.status >= 300 && response.status < 400) {
        await response.body?.cancel();
        this.logger.debug(`${method} ${url.pathname} -> ${response.status} (not followed) in ${this.now() - started} ms`);
        throw redirectError(
          response.status,
          response.headers.get("location"),
          response.headers.get("x-trace-id") ?? void 0,
          { host: this.host, method, path: url.pathname, url },
          this.redactor
        );
      }
      const text = await readCappedText(response, this.maxResponseBytes, () => this.tooLarge(method, url, body !== void 0));
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
      throw this.toNetworkError(error, method, url, options.signal, { signal: timeout.signal, ms: timeoutMs }, body !== void 0);
    } finally {
      clearTimeout(timer);
    }
  }
  tooLarge(method, url, hadBody) {
    const limit = `${Math.round(this.maxResponseBytes / 1024 / 1024)} MiB`;
    const created = hadBody ? " The request reached the server, which may have acted on it." : "";
    return new AnyscaleResponseTooLargeError(
      `Anyscale answered ${method} ${url.pathname} with a body larger than ${limit} (after decompression), so it was not read.${created} Check that ${this.host} is an Anyscale host; for a larger page, lower the page size or raise maxResponseBytes.`,
      hadBody
    );
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
  toNetworkError(error, method, url, callerSignal, timeout, hadBody) {
    if (error instanceof AnyscaleError) return error;
    if (callerSignal?.aborted) {
      return new AnyscaleError("ABORTED", `${method} ${url.pathname} was cancelled.`, { cause: error });
    }
    if (timeout.signal.aborted) {
      const setting = method === "GET" ? TIMEOUT_ENV.readMs : TIMEOUT_ENV.createBaseMs;
      return new AnyscaleNetworkError(
        "TIMEOUT",
        `Anyscale did not answer ${method} ${url.pathname} within ${timeout.ms / 1e3} s. Try again, or raise the timeout (${setting}).`,
        hadBody
      );
    }
    const code = causeCode(error);
    if (code !== void 0 && CERTIFICATE_CODES.has(code)) {
      return new AnyscaleError(
        "NETWORK",
        `The TLS certificate of ${url.host} is not trusted (${code}); nothing was sent. Behind a TLS-inspecting proxy, set NODE_EXTRA_CA_CERTS to the file of its CA certificate.`,
        { cause: error }
      );
    }
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

// src/core/operations/export-users.ts
var EXPORT_HEADER = "# Exported by anyscale-users from the organization's user accounts.\n# The list API does not return is_sso_user, lastname or title: is_sso_user is written as false\n# (set it to true for SSO users before creating them elsewhere), lastname and title are left out.\n";
var quoted = (value) => JSON.stringify(value);
function csvField(value) {
  return /[",\r\n]|^\s|\s$/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}
function render(format, user, first) {
  if (format === "csv") return `${csvField(user.name)},${csvField(user.email)},false
`;
  if (format === "json")
    return `${first ? "" : ",\n"}    {"name": ${quoted(user.name)}, "email": ${quoted(user.email)}, "is_sso_user": false}`;
  return `  - name: ${quoted(user.name)}
    email: ${quoted(user.email)}
    is_sso_user: false
`;
}
var OPENING = {
  yaml: `${EXPORT_HEADER}create_users:
`,
  json: '{\n  "create_users": [\n',
  csv: "name,email,is_sso_user\n"
};
var CLOSING = { yaml: "", json: "\n  ]\n}\n", csv: "" };
async function* usersFileChunks(format, pages, onPage) {
  let first = true;
  let exported = 0;
  yield OPENING[format];
  for await (const page of pages) {
    let chunk = "";
    for (const user of page.items) {
      chunk += render(format, user, first);
      first = false;
    }
    exported += page.items.length;
    yield chunk;
    onPage?.({ exported });
  }
  if (format === "yaml" && first) yield "  []\n";
  yield CLOSING[format];
}
async function* exportUsers(client, options = {}) {
  const format = options.format ?? "yaml";
  if (!USERS_FORMATS.includes(format)) {
    throw new AnyscaleValidationError([
      { field: "format", message: `'format' must be one of ${USERS_FORMATS.join(", ")}; got "${String(format)}".` }
    ]);
  }
  const collaborator_type = options.include_service_accounts ? "all_accounts" : "only_user_accounts";
  yield* usersFileChunks(format, listUsers(client, { collaborator_type }, { signal: options.signal }).pages(), options.onPage);
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
  /** The plan of a users file against the org: to create, present, strays, and a fingerprint. */
  plan(users, options) {
    return planUsers(this.#client, users, options);
  }
  /** The org's accounts as a users file, streamed one page at a time. */
  export(options) {
    return exportUsers(this.#client, options);
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
  /** Who the token belongs to, its org and its level there (`GET /api/v2/userinfo/`). */
  getUserInfo(options) {
    return getUserInfo(this.client, options);
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
  return import("./local-P5IA5BAH.js");
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
async function openOrg(target, logger) {
  if (target.kind === "remote") {
    const anyscale2 = new Anyscale({ host: target.host, token: target.token, logger, timeouts: target.timeouts });
    const host = anyscale2.client.host;
    return { anyscale: anyscale2, host, local: false, description: `Anyscale at ${host}`, secrets: [], close: async () => {
    } };
  }
  const org = await startLocalOrgFor({ dataDir: target.dataDir, logger: { ...logger, info: () => {
  } } });
  const anyscale = new Anyscale({ host: org.url, token: org.ownerToken, logger, env: {}, timeouts: target.timeouts });
  const where = target.dataDir === void 0 ? "in memory" : `kept in ${target.dataDir}`;
  return {
    anyscale,
    host: org.url,
    local: true,
    description: `the local org at ${org.url} (${where})`,
    secrets: [org.ownerToken, org.collaboratorToken],
    close: () => org.close()
  };
}

export {
  readableByOthers,
  Redactor,
  canCreateUsers,
  MAX_CHUNK_SIZE,
  MAX_CONCURRENCY,
  csvField,
  usersFileChunks,
  loadLocalOrg,
  startLocalOrgFor,
  openOrg
};
