import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
import {
  AdminCreatedUserSchema,
  AnyscaleApiError,
  AnyscaleError,
  AnyscaleNetworkError,
  AnyscaleRedirectError,
  AnyscaleValidationError,
  BOOLEAN_SPELLINGS,
  USERS_FORMATS,
  describeIssue,
  formatFromFileName,
  parseAdminCreateUsers,
  parseBooleanSetting,
  parseUser,
  toDict
} from "./chunks/chunk-MHTD26TM.js";
import {
  warningLogger
} from "./chunks/chunk-7UPZNW4Y.js";
import {
  PACKAGE_NAME,
  VERSION,
  planMarkdown,
  plural
} from "./chunks/chunk-3PGOGPYX.js";
import {
  debug,
  error,
  getInput,
  info,
  notice,
  setFailed,
  setOutput,
  setSecret,
  summary,
  warning
} from "./chunks/chunk-PSBSSSJ2.js";
import "./chunks/chunk-XUY2FQ57.js";

// src/action/annotations.ts
var MAX_ERROR_ANNOTATIONS = 10;
var MAX_ISSUE_ANNOTATIONS = MAX_ERROR_ANNOTATIONS - 1;
function annotateIssues(sink, issues, file) {
  const annotated = issues.length <= MAX_ISSUE_ANNOTATIONS ? issues : issues.slice(0, MAX_ISSUE_ANNOTATIONS - 1);
  for (const issue of annotated) {
    if (file !== void 0 && issue.file === file) {
      sink.annotate(describeIssue(issue), {
        title: "Invalid users file",
        file,
        ...issue.line !== void 0 ? { startLine: issue.line } : {}
      });
    } else {
      sink.annotate(describeIssue(issue), { title: "Invalid users" });
    }
  }
  const more = issues.length - annotated.length;
  if (more > 0) {
    sink.annotate(
      `${plural(more, "more problem", "more problems")} with the users${file ? ` in ${file}` : ""}; all are listed in the job summary.`,
      {
        title: "Invalid users",
        ...file !== void 0 ? { file } : {}
      }
    );
  }
}

// src/action/commands.ts
import { mkdir as mkdir2 } from "node:fs/promises";
import { dirname as dirname2 } from "node:path";

// src/action/export-file.ts
import { randomUUID } from "node:crypto";
import { existsSync } from "node:fs";
import { mkdir, open, rename, rm } from "node:fs/promises";
import { dirname } from "node:path";

// src/action/users-input.ts
import { isAbsolute, relative, resolve, sep } from "node:path";
var INLINE_USERS_LABEL = "users input";
function workspaceRoot() {
  return process.env.GITHUB_WORKSPACE || process.cwd();
}
function workspaceFile(path) {
  return resolve(workspaceRoot(), path);
}
function workspacePath(path, workspace) {
  const inside = relative(workspace, resolve(workspace, path));
  const outside = inside.startsWith("..") || isAbsolute(inside);
  return outside ? path : inside.split(sep).join("/");
}
function unreadable(path, error2) {
  const reason = error2.code === "ENOENT" ? "there is no such file" : error2.message;
  return new AnyscaleValidationError([
    {
      field: "users-file",
      message: `Input "users-file": cannot read "${path}" (${reason}). Give a path relative to the repository root, and run actions/checkout before this step.`
    }
  ]);
}
async function loadUsers(source, workspace, signal) {
  const { parseUsersDocumentAsync, readUsersFile, usersFileLimitsFromEnv } = await import("./chunks/users-file-EATTFFBH.js");
  if (source.kind === "inline") {
    const options = { ...usersFileLimitsFromEnv(process.env), file: INLINE_USERS_LABEL, format: "yaml", signal };
    return { users: await parseUsersDocumentAsync(source.text, options), file: void 0 };
  }
  const file = workspacePath(source.path, workspace);
  try {
    return { users: await readUsersFile(resolve(workspace, source.path), { file, signal }), file };
  } catch (error2) {
    if (error2 instanceof AnyscaleError || typeof error2.syscall !== "string") throw error2;
    throw unreadable(source.path, error2);
  }
}

// src/action/export-file.ts
async function exportToFile(api, inputs, signal) {
  const file = inputs.exportFile;
  const target = workspaceFile(file);
  if (!inputs.overwrite && existsSync(target)) {
    throw new AnyscaleValidationError([
      {
        field: "users-file",
        message: `Input "users-file": "${file}" exists; set input "overwrite" to true to replace it, or name another file.`
      }
    ]);
  }
  const format = formatFromFileName(file);
  const partial = `${target}.${randomUUID()}.partial`;
  await mkdir(dirname(target), { recursive: true });
  let count = 0;
  const out = await open(partial, "wx");
  try {
    const chunks = api.export({
      format,
      include_service_accounts: inputs.includeServiceAccounts,
      signal,
      onPage: (p) => count = p.exported
    });
    for await (const chunk of chunks) await out.write(chunk);
    await out.close();
    await rename(partial, target);
  } catch (error2) {
    await out.close().catch(() => {
    });
    await rm(partial, { force: true });
    throw error2;
  }
  return { file, format, count };
}

// src/action/commands.ts
async function recordPath(inputs) {
  if (inputs.recordFile === void 0) return void 0;
  const path = workspaceFile(inputs.recordFile);
  if (!inputs.dryRun) await mkdir2(dirname2(path), { recursive: true });
  return path;
}
async function runCommand(api, inputs, users, signal, logger) {
  const filters = {
    email: inputs.email,
    name: inputs.name,
    collaborator_type: inputs.collaboratorType,
    is_service_account: inputs.isServiceAccount
  };
  switch (inputs.command) {
    case "list": {
      const params = { ...filters, max_items: inputs.maxItems, page_size: inputs.pageSize };
      return { command: "list", users: await api.list(params, { signal }).toArray() };
    }
    case "get":
      return { command: "get", user: await api.get(filters, { signal }) };
    case "batch-create": {
      const report = await api.adminBatchCreate(users, {
        chunkSize: inputs.chunkSize,
        concurrency: inputs.concurrency,
        skipExisting: inputs.skipExisting,
        dryRun: inputs.dryRun,
        expect_plan: inputs.expectPlan,
        record: await recordPath(inputs),
        signal,
        onChunk: (p) => logger.info(`Chunk ${p.chunk} of ${p.chunks} done: ${p.done} of ${p.total} users sent.`)
      });
      return { command: "batch-create", report, users };
    }
    case "plan":
      return { command: "plan", plan: await api.plan(users, { include_service_accounts: inputs.includeServiceAccounts, signal }) };
    case "export":
      return { command: "export", exported: await exportToFile(api, inputs, signal) };
  }
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
    const undici = (await import("./chunks/undici-D27O3HEA.js")).default;
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

// src/core/printable.ts
function printable(text) {
  return text.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, "\uFFFD");
}

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
function redactingLogger(logger, redactor) {
  const line = (write) => (message) => write(redactor()?.redact(message) ?? message);
  return {
    debug: line((m) => logger.debug(m)),
    info: line((m) => logger.info(m)),
    warn: line((m) => logger.warn(m)),
    error: line((m) => logger.error(m))
  };
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
  return new Promise((resolve2, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const timer = setTimeout(() => {
      signal?.removeEventListener("abort", onAbort);
      resolve2();
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
function checked(value, where2, min) {
  if (!Number.isInteger(value) || value < min || value > MAX_TIMER_MS) {
    throw new AnyscaleError("CONFIG", `${where2} must be a whole number of milliseconds from ${min} to ${MAX_TIMER_MS}; it is ${value}.`);
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
function causeCode(error2) {
  const cause = error2?.cause;
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
      } catch (error2) {
        const delay = options.retry === false ? void 0 : this.retryDelay(error2, retry, started);
        if (delay === void 0) throw error2;
        this.stats.retries++;
        this.logger.info(
          `GET ${path} failed (${error2.code}); retry ${retry + 1} of ${this.retryPolicy.maxRetries} in ${(delay / 1e3).toFixed(1)} s`
        );
        await this.sleep(delay, options.signal).catch((error3) => {
          throw options.signal?.aborted ? new AnyscaleError("ABORTED", `GET ${url.pathname} was cancelled.`, { cause: error3 }) : error3;
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
  retryDelay(error2, retry, started) {
    if (retry >= this.retryPolicy.maxRetries) return void 0;
    const retryable = error2 instanceof AnyscaleNetworkError || error2 instanceof AnyscaleApiError && RETRYABLE_STATUSES.has(error2.status);
    if (!retryable) return void 0;
    const retryAfterMs = error2 instanceof AnyscaleApiError ? error2.retryAfterMs : void 0;
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
    } catch (error2) {
      throw this.toNetworkError(error2, method, url, options.signal, { signal: timeout.signal, ms: timeoutMs }, body !== void 0);
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
  toNetworkError(error2, method, url, callerSignal, timeout, hadBody) {
    if (error2 instanceof AnyscaleError) return error2;
    if (callerSignal?.aborted) {
      return new AnyscaleError("ABORTED", `${method} ${url.pathname} was cancelled.`, { cause: error2 });
    }
    if (timeout.signal.aborted) {
      const setting = method === "GET" ? TIMEOUT_ENV.readMs : TIMEOUT_ENV.createBaseMs;
      return new AnyscaleNetworkError(
        "TIMEOUT",
        `Anyscale did not answer ${method} ${url.pathname} within ${timeout.ms / 1e3} s. Try again, or raise the timeout (${setting}).`,
        hadBody
      );
    }
    const code = causeCode(error2);
    if (code !== void 0 && CERTIFICATE_CODES.has(code)) {
      return new AnyscaleError(
        "NETWORK",
        `The TLS certificate of ${url.host} is not trusted (${code}); nothing was sent. Behind a TLS-inspecting proxy, set NODE_EXTRA_CA_CERTS to the file of its CA certificate.`,
        { cause: error2 }
      );
    }
    const notSent = code !== void 0 && NOT_SENT_CODES.has(code);
    return new AnyscaleNetworkError(
      "NETWORK",
      this.redactor.redact(
        `Could not complete ${method} ${url.pathname} on ${this.host} (${code ?? error2?.message ?? "connection error"}). Check the host and your network, then try again.`
      ),
      hadBody && !notSent
    );
  }
};

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

// src/core/paging.ts
function pagingMargin(total) {
  return Math.max(1e3, Math.ceil(total / 10));
}
async function* followPages(fetchPage, loop) {
  const seen = /* @__PURE__ */ new Set();
  let token;
  let returned = 0;
  let total;
  for (; ; ) {
    const page = await fetchPage(token);
    if (page.items.length === 0) return;
    returned += page.items.length;
    if (page.total !== void 0) total = Math.max(total ?? 0, page.total);
    if (total !== void 0 && returned > total + pagingMargin(total)) {
      throw new AnyscaleError(
        "BAD_RESPONSE",
        `Anyscale kept paging the ${loop}: ${returned} items so far against a total of ${total}. Stopped; check that the host is an Anyscale host, or try again later.`
      );
    }
    yield page;
    if (!page.nextPagingToken) return;
    if (seen.has(page.nextPagingToken)) {
      throw new AnyscaleError(
        "BAD_RESPONSE",
        `Anyscale repeated a paging token in the ${loop}, which would page forever. Stopped; check that the host is an Anyscale host, or try again later.`
      );
    }
    seen.add(page.nextPagingToken);
    token = page.nextPagingToken;
  }
}

// src/core/result-iterator.ts
var ResultIterator = class {
  #fetchPage;
  #maxItems;
  #loop;
  /** `loop` names the listing in the error a misbehaving server's paging ends with. */
  constructor(fetchPage, maxItems, loop = "listing") {
    this.#fetchPage = fetchPage;
    this.#maxItems = maxItems;
    this.#loop = loop;
  }
  /** Pages as they arrive, cut so that no more than max_items items are given in all. */
  async *pages() {
    let remaining = this.#maxItems ?? Number.POSITIVE_INFINITY;
    if (remaining <= 0) return;
    for await (const page of followPages(this.#fetchPage, this.#loop)) {
      const items = page.items.length > remaining ? page.items.slice(0, remaining) : page.items;
      remaining -= items.length;
      yield { ...page, items };
      if (remaining <= 0) return;
    }
  }
  /**
   * Items one at a time. Written out rather than as an async generator over `yield* page.items`,
   * which cost several promise hops per item: the client spent 11-15% more time walking 100,000 users
   * (see BENCHMARKS.md). Here only fetching a page awaits.
   */
  [Symbol.asyncIterator]() {
    const pages = this.pages();
    let items = [];
    let next = 0;
    return {
      // Iterable itself, as the async generator it replaces was.
      [Symbol.asyncIterator]() {
        return this;
      },
      async next() {
        while (next === items.length) {
          const page = await pages.next();
          if (page.done) return { done: true, value: void 0 };
          items = page.value.items;
          next = 0;
        }
        return { done: false, value: items[next++] };
      },
      // A caller that stops early (break, return, throw in its loop) ends the walk of pages too.
      async return() {
        await pages.return(void 0);
        return { done: true, value: void 0 };
      }
    };
  }
  /** Collects everything; for small listings only (a large org is better iterated). */
  async toArray() {
    const all = [];
    for await (const item of this) all.push(item);
    return all;
  }
};

// src/core/operations/list-users.ts
var COLLABORATORS_PATH = "/api/v2/organization_collaborators/";
var DEFAULT_PAGE_SIZE = 50;
var MAX_PAGE_SIZE = 50;
var COLLABORATOR_TYPES = ["all_accounts", "only_service_accounts", "only_user_accounts"];
function checkCollaboratorType(value) {
  if (value == null) return void 0;
  const lower = value.toLowerCase();
  if (COLLABORATOR_TYPES.includes(lower)) return lower;
  throw argumentError("collaborator_type", `'collaborator_type' must be one of ${COLLABORATOR_TYPES.join(", ")}; got "${value}".`);
}
function argumentError(field, message) {
  return new AnyscaleValidationError([{ field, message }]);
}
function checkListParams(params) {
  if (params.max_items != null && !(Number.isInteger(params.max_items) && params.max_items > 0)) {
    throw argumentError("max_items", "'max_items' must be greater than 0.");
  }
  if (params.page_size != null && !(Number.isInteger(params.page_size) && params.page_size >= 1 && params.page_size <= MAX_PAGE_SIZE)) {
    throw argumentError("page_size", `'page_size' must be between 1 and ${MAX_PAGE_SIZE}, inclusive.`);
  }
  checkCollaboratorType(params.collaborator_type);
}
function parsePage(body) {
  if (!body || !Array.isArray(body.results)) {
    throw new AnyscaleError("BAD_RESPONSE", 'Anyscale answered the user listing without a "results" list.');
  }
  const items = body.results.map((raw, index) => {
    const parsed = parseUser(raw);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw new AnyscaleError(
        "BAD_RESPONSE",
        `Anyscale sent a user that could not be read (results[${index}].${issue.path.join(".")}: ${issue.message}).`
      );
    }
    return parsed.data;
  });
  const token = body.metadata?.next_paging_token;
  const total = body.metadata?.total;
  return {
    items,
    nextPagingToken: typeof token === "string" ? token : null,
    total: typeof total === "number" ? total : void 0
  };
}
async function fetchUserPage(client, filters, page, options = {}) {
  const body = await client.get(
    COLLABORATORS_PATH,
    {
      email: filters.email,
      name: filters.name,
      collaborator_type: filters.collaborator_type,
      is_service_account: filters.is_service_account,
      count: page.count,
      paging_token: page.pagingToken
    },
    options
  );
  return parsePage(body);
}
function listUsers(client, params = {}, options = {}) {
  checkListParams(params);
  const filters = { ...params, collaborator_type: checkCollaboratorType(params.collaborator_type) };
  const count = params.page_size ?? DEFAULT_PAGE_SIZE;
  return new ResultIterator(
    (pagingToken) => fetchUserPage(client, filters, { count, pagingToken }, options),
    params.max_items ?? void 0,
    "user listing"
  );
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
import { open as open2 } from "node:fs/promises";
import { hostname } from "node:os";

// src/core/operations/get-user-info.ts
var USERINFO_PATH = "/api/v2/userinfo/";
var STRING_FIELDS = ["id", "email", "name", "organization_permission_level"];
async function getUserInfo(client, options = {}) {
  const body = await client.get(USERINFO_PATH, {}, options);
  const result = body?.result ?? {};
  const info2 = {};
  for (const key of STRING_FIELDS) if (typeof result[key] === "string") info2[key] = result[key];
  const orgs = result.organization_ids;
  if (Array.isArray(orgs) && orgs.every((id) => typeof id === "string")) info2.organization_ids = orgs;
  return info2;
}

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
    const info2 = await getUserInfo(client, options);
    const file = await open2(path, "a");
    return new _ChangeRecord(file, { host: hostname(), actor: info2.email ?? info2.id ?? null, ...plan ? { plan } : {} }, redactor);
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
function isAmbiguous(error2) {
  if (error2 instanceof AnyscaleNetworkError || error2 instanceof AnyscaleResponseTooLargeError) return error2.maybeProcessed;
  return error2 instanceof AnyscaleApiError && error2.status >= 500;
}
function isCongestion(error2) {
  return error2 instanceof AnyscaleApiError && (error2.status === 429 || error2.status === 503);
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
      } catch (error2) {
        if (isCongestion(error2)) limiter.congested(ticket, error2.retryAfterMs);
        const ambiguous = isAmbiguous(error2);
        hadAmbiguousFailure ||= ambiguous;
        if (ambiguous) outcome.unsettled = true;
        if (error2 instanceof AnyscaleApiError && error2.code === "CONFLICT") {
          if (await reconcile(hadAmbiguousFailure) === 0) return { ...outcome, error: error2 };
          if (pending.length === 0) return outcome;
          continue;
        }
        const delay = client.retryDelay(error2, retry, started);
        if (delay === void 0) {
          if (ambiguous) await reconcile(true);
          return pending.length === 0 ? outcome : { ...outcome, error: error2 };
        }
        client.logger.info(`batch create of ${pending.length} users failed (${error2.code}); checking and retrying`);
        await client.sleep(delay);
        if (ambiguous) await reconcile(true);
        if (pending.length === 0) return outcome;
      }
    }
  } catch (error2) {
    return { ...outcome, error: error2 };
  }
}
function unaccounted(count) {
  return new AnyscaleError(
    "BAD_RESPONSE",
    `Anyscale accepted the batch create but its answer did not account for ${plural(count, "user")}, and a lookup did not find them in the organization. Check the organization before sending them again.`
  );
}
function describe(error2, redactor) {
  if (error2 instanceof AnyscaleError) return { code: error2.code, message: redactor.redact(error2.message) };
  return { code: "SERVER", message: redactor.redact(String(error2?.message ?? error2)) };
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
      const error2 = settleChunk(results, chunk, outcome, options.redactor);
      if (error2) errors.set(number, error2);
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
  return import("./chunks/local-P5IA5BAH.js");
}
async function startLocalOrgFor(options) {
  const { startLocalOrg } = await loadLocalOrg();
  try {
    return await startLocalOrg(options);
  } catch (error2) {
    const where2 = options.dataDir === void 0 ? "" : ` in ${options.dataDir}`;
    throw new AnyscaleError("CONFIG", `Could not start the local org${where2}: ${error2.message}`, { cause: error2 });
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
  const where2 = target.dataDir === void 0 ? "in memory" : `kept in ${target.dataDir}`;
  return {
    anyscale,
    host: org.url,
    local: true,
    description: `the local org at ${org.url} (${where2})`,
    secrets: [org.ownerToken, org.collaboratorToken],
    close: () => org.close()
  };
}

// src/action/failure.ts
var MAX_LISTED_ISSUES = 10;
function failureOf(error2) {
  if (error2 instanceof AnyscaleError) {
    const issues = error2 instanceof AnyscaleValidationError ? [...error2.issues] : [];
    return { code: error2.code, message: error2.message, issues };
  }
  const message = error2 instanceof Error ? error2.message : String(error2);
  return { code: "INTERNAL", message, issues: [] };
}
function failureText(failure) {
  const { code, issues } = failure;
  if (issues.length <= MAX_LISTED_ISSUES) return `${code}: ${failure.message}`;
  const listed = issues.slice(0, MAX_LISTED_ISSUES).map((issue) => `  - ${describeIssue(issue)}`);
  return [
    `${code}: ${issues.length} problems; nothing was sent. The first ${MAX_LISTED_ISSUES}:`,
    ...listed,
    `\u2026and ${issues.length - MAX_LISTED_ISSUES} more, all listed in the job summary.`
  ].join("\n");
}

// src/action/inputs.ts
import { homedir as homedir2 } from "node:os";
import { join as join2 } from "node:path";

// src/action/input-values.ts
var InputProblems = class {
  #issues = [];
  add(input, message) {
    this.#issues.push({ field: input, message });
  }
  /** Throws one validation error listing every problem found, if there is any. */
  throwIfAny() {
    if (this.#issues.length > 0) throw new AnyscaleValidationError(this.#issues);
  }
};
function readText(input, options = {}) {
  const value = getInput(input, { trimWhitespace: options.trim ?? true });
  return value.trim() === "" ? void 0 : value;
}
function readBoolean(input, fallback, problems) {
  const value = readText(input);
  if (value === void 0) return fallback;
  const parsed = parseBoolean(value);
  if (parsed === void 0) problems.add(input, `Input "${input}" must be ${BOOLEAN_SPELLINGS}; got "${value}".`);
  return parsed ?? fallback;
}
var parseBoolean = parseBooleanSetting;
function readInteger(input, range, problems) {
  const value = readText(input);
  if (value === void 0) return void 0;
  const number = /^\d+$/.test(value) ? Number(value) : Number.NaN;
  const { min, max } = range;
  if (!Number.isSafeInteger(number) || number < min || max !== void 0 && number > max) {
    const bounds = max === void 0 ? `${min} or more` : `from ${min} to ${max}`;
    problems.add(input, `Input "${input}" must be a whole number ${bounds}; got "${value}".`);
    return void 0;
  }
  return number;
}

// src/action/inputs.ts
var COMMANDS = ["list", "get", "batch-create", "plan", "export"];
function tokenInputs(env = process.env) {
  return [readText("anyscale-token"), env.ANYSCALE_CLI_TOKEN, readText("github-token")].filter(
    (t) => t !== void 0 && t !== ""
  );
}
function readCommand(problems) {
  const value = readText("command");
  const known = COMMANDS.join(", ");
  if (value === void 0) {
    problems.add("command", `Input "command" is required: set it to one of ${known}.`);
    return void 0;
  }
  const command = COMMANDS.find((c) => c === value.toLowerCase());
  if (command === void 0) problems.add("command", `Input "command" must be one of ${known}; got "${value}".`);
  return command;
}
function readInputs(env = process.env) {
  const problems = new InputProblems();
  const command = readCommand(problems);
  const connection = readConnection(problems, env);
  const email = readText("email");
  const name = readText("name");
  const inputs = {
    command,
    connection,
    email,
    name,
    collaboratorType: readCollaboratorType(problems),
    isServiceAccount: readBoolean("is-service-account", void 0, problems),
    maxItems: readInteger("max-items", { min: 1 }, problems),
    pageSize: readInteger("page-size", { min: 1, max: MAX_PAGE_SIZE }, problems),
    users: command === "batch-create" || command === "plan" ? readUsersSource(command, problems) : void 0,
    dryRun: readBoolean("dry-run", false, problems),
    skipExisting: readBoolean("skip-existing", true, problems),
    chunkSize: readInteger("chunk-size", { min: 1, max: MAX_CHUNK_SIZE }, problems),
    concurrency: readInteger("concurrency", { min: 1, max: MAX_CONCURRENCY }, problems),
    expectPlan: readExpectPlan(problems),
    recordFile: readText("record-file"),
    includeServiceAccounts: readBoolean("include-service-accounts", false, problems),
    exportFile: command === "export" ? readExportFile(problems) : void 0,
    overwrite: readBoolean("overwrite", false, problems),
    comment: readComment(problems)
  };
  if (inputs.comment !== void 0 && command !== void 0 && command !== "plan") {
    problems.add("comment-on-pr", `Input "comment-on-pr" posts a plan; it works with command "plan", not "${command}".`);
  }
  if (command === "get" && email === void 0 && name === void 0) {
    problems.add("email", 'Command "get" needs input "email" or input "name" to say which user to get.');
  }
  problems.throwIfAny();
  return { ...inputs, command };
}
function readConnection(problems, env) {
  const local = readLocal(problems);
  const host = readText("anyscale-host");
  const token = readText("anyscale-token");
  if (local !== void 0) {
    if (host !== void 0 || token !== void 0) {
      problems.add("local", 'Input "local" starts an embedded org; leave "anyscale-host" and "anyscale-token" empty when it is set.');
    }
    return { kind: "local", dataDir: local.dataDir };
  }
  if (host !== void 0) {
    try {
      checkHost(host);
    } catch (error2) {
      problems.add("anyscale-host", `Input "anyscale-host": ${error2.message}`);
    }
  }
  if (token !== void 0 && !isPlausibleToken(token)) {
    problems.add(
      "anyscale-token",
      'Input "anyscale-token" is not an Anyscale API token (those start with "aph0_" or "sss_"); pass the token itself, e.g. ${{ secrets.ANYSCALE_CLI_TOKEN }}.'
    );
  }
  if (token === void 0 && !env.ANYSCALE_CLI_TOKEN) {
    problems.add(
      "anyscale-token",
      'Input "anyscale-token" is required: pass an Anyscale API token from a secret (or set ANYSCALE_CLI_TOKEN in env), or set "local: true" to use the embedded test org.'
    );
  }
  return { kind: "remote", host, token };
}
function readLocal(problems) {
  const value = readText("local") ?? "false";
  const flag = parseBoolean(value);
  if (flag !== void 0) return flag ? { dataDir: void 0 } : void 0;
  if (/[\\/]/.test(value) || /^[.~]/.test(value)) return { dataDir: expandHome(value) };
  problems.add(
    "local",
    `Input "local" must be true, false, or a directory path (with a "/" or "\\", or starting with "." or "~"); got "${value}".`
  );
  return { dataDir: void 0 };
}
function expandHome(path) {
  return /^~(?=$|[\\/])/.test(path) ? join2(homedir2(), path.slice(1)) : path;
}
function readCollaboratorType(problems) {
  const value = readText("collaborator-type");
  try {
    return checkCollaboratorType(value);
  } catch {
    problems.add("collaborator-type", `Input "collaborator-type" must be one of ${COLLABORATOR_TYPES.join(", ")}; got "${value}".`);
    return void 0;
  }
}
function readExpectPlan(problems) {
  const value = readText("expect-plan");
  if (value !== void 0 && !isPlanFingerprint(value)) {
    problems.add(
      "expect-plan",
      `Input "expect-plan" must be "sha256:" and 64 hex digits, as the plan's fingerprint output gives it; got "${value}".`
    );
  }
  return value;
}
function readExportFile(problems) {
  const path = readText("users-file");
  if (path === void 0) {
    problems.add(
      "users-file",
      'Command "export" needs input "users-file": the path to write the users file to (.yaml, .json or .csv), relative to the repository root.'
    );
  }
  if (readText("users", { trim: false }) !== void 0) {
    problems.add("users", 'Command "export" writes the file at "users-file"; leave input "users" empty.');
  }
  return path;
}
function readComment(problems) {
  return readBoolean("comment-on-pr", false, problems) ? { token: readText("github-token") } : void 0;
}
function readUsersSource(command, problems) {
  const text = readText("users", { trim: false });
  const path = readText("users-file");
  if (text !== void 0 && path !== void 0) {
    problems.add("users", 'Give either input "users" or input "users-file", not both.');
    return void 0;
  }
  if (text !== void 0) return { kind: "inline", text };
  if (path !== void 0) return { kind: "file", path };
  const what = command === "plan" ? "the users the organization should have" : "the users to create";
  problems.add(
    "users",
    `Command "${command}" needs ${what}: set input "users-file" to a users.yaml, .json or .csv file in the repository, or input "users" to a YAML or JSON list.`
  );
  return void 0;
}

// src/action/masking.ts
var SecretMask = class {
  redactor = new Redactor();
  mask(secrets) {
    for (const secret of secrets) {
      if (!secret) continue;
      setSecret(secret);
      this.redactor.add(secret);
    }
  }
};

// src/action/logger.ts
var actionsLogger = {
  debug: (message) => debug(message),
  info: (message) => info(message),
  warn: (message) => warning(message),
  error: (message) => error(message)
};

// src/action/outputs.ts
import { randomUUID as randomUUID2 } from "node:crypto";
import { closeSync, openSync, writeSync } from "node:fs";
import { tmpdir } from "node:os";
import { join as join3 } from "node:path";

// src/core/prefix-within.ts
function prefixWithin(items, budget, sizeOf2) {
  let used = 0;
  let count = 0;
  for (const item of items) {
    used += sizeOf2(item);
    if (used > budget) break;
    count++;
  }
  return items.slice(0, count);
}

// src/action/json-chunks.ts
function* jsonChunks(value, depth = 2) {
  if (depth <= 0 || value === null || typeof value !== "object") {
    yield JSON.stringify(value) ?? "null";
    return;
  }
  if (Array.isArray(value)) {
    yield "[";
    for (const [i, item] of value.entries()) {
      if (i > 0) yield ",";
      yield* item === void 0 || typeof item === "function" ? ["null"] : jsonChunks(item, depth - 1);
    }
    yield "]";
    return;
  }
  yield "{";
  let first = true;
  for (const [key, item] of Object.entries(value)) {
    if (item === void 0 || typeof item === "function" || typeof item === "symbol") continue;
    yield `${first ? "" : ","}${JSON.stringify(key)}:`;
    first = false;
    yield* jsonChunks(item, depth - 1);
  }
  yield "}";
}
function jsonLength(value) {
  let length = 0;
  for (const chunk of jsonChunks(value)) length += chunk.length;
  return length;
}

// src/action/outputs.ts
var OUTPUT_BUDGET_BYTES = 900 * 1024;
var MARKER_RESERVE_BYTES = 4 * 1024;
var sizeOf = (text) => text.length * 2;
var sizeOfJson = (value) => jsonLength(value) * 2;
function fittingPrefix(items, budget) {
  return prefixWithin(items, budget - sizeOf("[]"), (item) => sizeOf(JSON.stringify(item)) + sizeOf(","));
}
function summaryOf(result) {
  return Object.fromEntries(Object.entries(result).filter(([, value]) => !Array.isArray(value)));
}
var WRITE_BYTES = 64 * 1024;
function writeResultFile(result) {
  const path = join3(process.env.RUNNER_TEMP || tmpdir(), `anyscale-users-result-${randomUUID2()}.json`);
  const fd = openSync(path, "wx", 384);
  try {
    let pending = "";
    for (const chunk of jsonChunks(result)) {
      pending += chunk;
      if (pending.length >= WRITE_BYTES) {
        writeSync(fd, pending);
        pending = "";
      }
    }
    writeSync(fd, pending);
  } finally {
    closeSync(fd);
  }
  return path;
}
function serializeOutputs(outputs) {
  const lists = ["result", "users", "user", "created", "skipped", "strays"];
  const fixed = [String(outputs.count), outputs.fingerprint, String(outputs.changes), outputs.planMarkdown];
  const total = lists.reduce(
    (sum, name) => sum + sizeOfJson(outputs[name]),
    fixed.reduce((sum, value) => sum + sizeOf(value), 0)
  );
  if (total <= OUTPUT_BUDGET_BYTES) {
    return {
      result: JSON.stringify(outputs.result),
      users: JSON.stringify(outputs.users),
      user: JSON.stringify(outputs.user),
      count: String(outputs.count),
      created: JSON.stringify(outputs.created),
      skipped: JSON.stringify(outputs.skipped),
      fingerprint: outputs.fingerprint,
      changes: String(outputs.changes),
      strays: JSON.stringify(outputs.strays),
      "plan-markdown": outputs.planMarkdown,
      "result-file": ""
    };
  }
  const resultFile = writeResultFile(outputs.result);
  const summary2 = summaryOf(outputs.result);
  const serialized = {
    result: "",
    users: "",
    user: JSON.stringify(outputs.user),
    count: String(outputs.count),
    fingerprint: outputs.fingerprint,
    changes: String(outputs.changes),
    "plan-markdown": outputs.planMarkdown
  };
  const whole = [
    serialized.user,
    serialized.count,
    serialized.fingerprint,
    serialized.changes,
    serialized["plan-markdown"],
    resultFile
  ];
  let budget = OUTPUT_BUDGET_BYTES - MARKER_RESERVE_BYTES - sizeOf(JSON.stringify(summary2)) - whole.reduce((sum, value) => sum + sizeOf(value), 0);
  const cut = {};
  for (const name of ["created", "skipped", "strays", "users"]) {
    const items = outputs[name];
    const kept = fittingPrefix(items, budget);
    if (kept.length < items.length) cut[name] = { kept: kept.length, total: items.length };
    serialized[name] = JSON.stringify(kept);
    budget -= sizeOf(serialized[name]);
  }
  serialized["result-file"] = resultFile;
  serialized.result = JSON.stringify({
    ...summary2,
    count: outputs.count,
    truncated: true,
    result_file: resultFile,
    truncation: `The result is ${Math.round(total / 1024)} KB, over GitHub's limit for outputs; the whole result is in the file at result-file.`,
    cut
  });
  warning(`The result is too big for step outputs; it was written to ${resultFile} (output "result-file").`);
  return serialized;
}
function setOutputs(outputs) {
  for (const [name, value] of Object.entries(serializeOutputs(outputs))) setOutput(name, value);
}

// src/action/sink.ts
var ActionSink = class {
  #secrets;
  logger;
  constructor(secrets) {
    this.#secrets = secrets;
    this.logger = redactingLogger(actionsLogger, () => secrets.redactor);
  }
  #redact(text) {
    return this.#secrets.redactor.redact(text);
  }
  info(message) {
    info(this.#redact(message));
  }
  notice(message) {
    notice(this.#redact(message));
  }
  /** An error annotation, e.g. on a line of the users file. */
  annotate(message, properties) {
    error(this.#redact(message), properties);
  }
  failed(message) {
    setFailed(this.#redact(message));
  }
  outputs(outputs) {
    setOutputs(this.#secrets.redactor.redactValue(outputs));
  }
  /** Writes the job summary built in core.summary's buffer, redacted as a whole. */
  async summary() {
    const text = this.#redact(summary.stringify());
    summary.emptyBuffer();
    if (!process.env.GITHUB_STEP_SUMMARY) {
      debug("GITHUB_STEP_SUMMARY is not set; no job summary written.");
      return;
    }
    try {
      await summary.addRaw(text).write();
    } catch (error2) {
      warning(this.#redact(`Could not write the job summary: ${error2.message}`));
    }
  }
};

// src/core/batch-summary.ts
var BATCH_STATUSES = ["created", "skipped", "would_create", "failed", "not_sent", "unknown"];
function batchCounts(results) {
  const counts = Object.fromEntries(BATCH_STATUSES.map((status) => [status, 0]));
  for (const result of results) if (result.status in counts) counts[result.status]++;
  return counts;
}
function phrase(status, count, dryRun) {
  const verb = (done, would) => `${count} ${dryRun ? would : done}`;
  switch (status) {
    case "created":
      return verb("created", "would be created");
    case "would_create":
      return `${count} would be created`;
    case "skipped":
      return verb("skipped as existing", "would be skipped as existing");
    case "failed":
      return verb("failed", "would fail");
    case "not_sent":
      return `${count} not sent`;
    case "unknown":
      return `${count} with an unsettled outcome (${count === 1 ? "it" : "they"} may exist; re-run with skip existing to settle)`;
  }
}
function batchSentence(counts, total, dryRun) {
  const parts = BATCH_STATUSES.filter((status) => counts[status] > 0).map((status) => phrase(status, counts[status], dryRun));
  const what = parts.length > 0 ? parts.join(", ") : "nothing to create";
  return `${dryRun ? "Dry run of" : "Batch of"} ${plural(total, "user")}: ${what}${dryRun ? "; nothing was created" : ""}.`;
}
function isOk(counts) {
  return counts.failed === 0 && counts.not_sent === 0 && counts.unknown === 0;
}
function batchFailure(report, counts, sentence) {
  if (isOk(counts)) return void 0;
  const cause = report.error ?? report.results.find((result) => result.error !== void 0)?.error;
  const code = cause?.code ?? (counts.unknown > 0 ? "BAD_RESPONSE" : "SERVER");
  const detail = cause?.message ?? "See the result of each user.";
  return new AnyscaleError(code, `${sentence} ${detail}`);
}
function summarizeBatch(report) {
  const counts = batchCounts(report.results);
  const sentence = batchSentence(counts, report.results.length, report.dryRun);
  const failure = batchFailure(report, counts, sentence);
  return {
    dryRun: report.dryRun,
    ok: failure === void 0,
    total: report.results.length,
    counts,
    results: report.results,
    sentence,
    ...failure ? { failure } : {}
  };
}

// src/action/batch-operations.ts
function batchVerdict(report) {
  const summary2 = summarizeBatch(report);
  if (!summary2.failure) return { ok: true, message: summary2.sentence };
  const { code, message } = summary2.failure;
  const hint = code === "CONFLICT" ? " Set skip-existing to true to skip users that already exist." : "";
  return { ok: false, code, message: `${message}${hint}` };
}

// src/action/results.ts
var noPlan = () => ({
  fingerprint: "",
  changes: 0,
  strays: [],
  planMarkdown: ""
});
function outputsOf(outcome) {
  switch (outcome.command) {
    case "list":
      return {
        result: { command: "list", ok: true, count: outcome.users.length, users: outcome.users },
        users: outcome.users,
        user: {},
        count: outcome.users.length,
        created: [],
        skipped: [],
        ...noPlan()
      };
    case "get":
      return {
        result: { command: "get", ok: true, count: 1, user: outcome.user },
        users: [outcome.user],
        user: outcome.user,
        count: 1,
        created: [],
        skipped: [],
        ...noPlan()
      };
    case "batch-create": {
      const { report } = outcome;
      const verdict = batchVerdict(report);
      const created = report.created.map((user) => user.email);
      return {
        result: {
          command: "batch-create",
          ok: verdict.ok,
          dry_run: report.dryRun,
          message: verdict.message,
          total: report.results.length,
          counts: batchCounts(report.results),
          results: report.results.map((r) => ({
            index: r.index,
            email: r.email,
            status: r.status,
            ...r.user ? { user: r.user } : {},
            ...r.error ? { error: r.error } : {}
          })),
          created,
          skipped: report.skipped,
          requests: report.requests,
          ...verdict.code ? { error: { code: verdict.code, message: verdict.message } } : {}
        },
        users: report.created,
        user: {},
        count: report.created.length,
        created,
        skipped: report.skipped,
        ...noPlan()
      };
    }
    case "plan": {
      const { plan } = outcome;
      return {
        result: { command: "plan", ok: true, ...plan },
        users: [],
        user: {},
        count: plan.counts.to_create,
        created: [],
        skipped: [],
        fingerprint: plan.fingerprint,
        changes: plan.counts.to_create,
        strays: plan.strays.map((stray) => stray.email),
        planMarkdown: planMarkdown(plan)
      };
    }
    case "export": {
      const { file, format, count } = outcome.exported;
      return {
        result: { command: "export", ok: true, count, users_file: file, format },
        users: [],
        user: {},
        count,
        created: [],
        skipped: [],
        ...noPlan()
      };
    }
  }
}
function verdictOf(outcome) {
  if (outcome.command === "batch-create") return batchVerdict(outcome.report);
  if (outcome.command === "get") return { ok: true, message: `Found ${outcome.user.email}.` };
  if (outcome.command === "plan") {
    const { counts, fingerprint } = outcome.plan;
    return {
      ok: true,
      message: `Plan: ${counts.to_create} to create, ${counts.present} present, ${plural(counts.strays, "stray")}. Fingerprint: ${fingerprint}.`
    };
  }
  if (outcome.command === "export") {
    const { count, file } = outcome.exported;
    return { ok: true, message: `Exported ${plural(count, "user")} to ${file}.` };
  }
  return { ok: true, message: `Listed ${plural(outcome.users.length, "user")}.` };
}
function failureOutputs(command, failure) {
  return {
    result: {
      ...command ? { command } : {},
      ok: false,
      error: { code: failure.code, message: failure.message },
      ...failure.issues.length > 0 ? { issues: failure.issues } : {}
    },
    users: [],
    user: {},
    count: 0,
    created: [],
    skipped: [],
    ...noPlan()
  };
}
function emptyOutputs() {
  return { result: {}, users: [], user: {}, count: 0, created: [], skipped: [], ...noPlan() };
}

// src/action/html.ts
var ENTITIES = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };
function escapeHtml(text) {
  return text.replace(/[&<>"']/g, (char) => ENTITIES[char]).replace(/\r\n?|\n/g, "<br>");
}

// src/action/summary.ts
var MAX_SUMMARY_ROWS = 200;
var MAX_SUMMARY_ISSUES = 1e3;
var header = (...cells) => cells.map((data) => ({ data, header: true }));
var row = (...cells) => cells.map((cell) => escapeHtml(String(cell ?? "")));
var ALL_IN_OUTPUTS = "the step's outputs (or the file at result-file when they are too big for outputs)";
function addCutNote(shown, total, what) {
  if (shown < total)
    summary.addRaw(`<p><em>Showing ${shown} of ${total} ${what}; all of them are in ${ALL_IN_OUTPUTS}.</em></p>`, true);
}
function addParagraph(text) {
  summary.addRaw(`<p>${escapeHtml(text)}</p>`, true);
}
function addUsersTable(users) {
  const shown = users.slice(0, MAX_SUMMARY_ROWS);
  summary.addTable([
    header("Email", "Name", "Permission", "Created", "User ID"),
    ...shown.map((u) => row(u.email, u.name, u.permission_level, u.created_at, u.user_id))
  ]);
  addCutNote(shown.length, users.length, "users");
}
function resultDetail(result) {
  if (result.error) return `${result.error.code}: ${result.error.message}`;
  if (result.user) return result.user.user_id;
  if (result.status === "skipped") return "already exists";
  return "";
}
function resultsInReadingOrder(results) {
  const problem = (r) => r.status !== "created" && r.status !== "skipped" && r.status !== "would_create";
  return [...results.filter(problem), ...results.filter((r) => !problem(r))];
}
function addBatchTables(report, users) {
  const { results } = report;
  const counts = batchCounts(results);
  summary.addTable([
    header("Status", "Users"),
    ...BATCH_STATUSES.filter((status) => counts[status] > 0).map((status) => row(status, counts[status])),
    row("total", results.length)
  ]);
  const shown = resultsInReadingOrder(results).slice(0, MAX_SUMMARY_ROWS);
  summary.addTable([
    header("#", "Email", "Name", "Status", "Detail"),
    ...shown.map((r) => row(r.index + 1, r.email, users[r.index]?.name, r.status, resultDetail(r)))
  ]);
  addCutNote(shown.length, results.length, "users");
}
function summarizeOutcome(outcome, verdict, outputs) {
  if (outcome.command === "plan") {
    summary.addRaw(outputs.planMarkdown, true);
    return;
  }
  const dryRun = outcome.command === "batch-create" && outcome.report.dryRun;
  summary.addHeading(`Anyscale users: ${outcome.command}${dryRun ? " (dry run)" : ""}`, 2);
  addParagraph(verdict.ok ? verdict.message : `Failed (${verdict.code}): ${verdict.message}`);
  if (outcome.command === "list") addUsersTable(outcome.users);
  if (outcome.command === "get") addUsersTable([outcome.user]);
  if (outcome.command === "batch-create") addBatchTables(outcome.report, outcome.users);
}
function summarizeFailure(command, failure) {
  summary.addHeading(`Anyscale users: ${command ?? "action"} failed`, 2);
  addParagraph(`${failure.code}: ${failure.issues.length > 1 ? `${failure.issues.length} problems; nothing was sent.` : failure.message}`);
  if (failure.issues.length > 1) {
    const shown = failure.issues.slice(0, MAX_SUMMARY_ISSUES);
    summary.addTable([header("Where", "Problem"), ...shown.map((issue) => row(where(issue), issue.message))]);
    addCutNote(shown.length, failure.issues.length, "problems");
  }
}
function where(issue) {
  if (issue.file !== void 0) return issue.line !== void 0 ? `${issue.file}:${issue.line}` : issue.file;
  if (issue.index !== void 0) return `users[${issue.index}]`;
  return `input ${issue.field}`;
}

// src/action/main.ts
async function loadBatchUsers(source, sink, signal) {
  try {
    return await loadUsers(source, workspaceRoot(), signal);
  } catch (error2) {
    if (error2 instanceof AnyscaleValidationError) {
      annotateIssues(sink, error2.issues, source.kind === "file" ? error2.issues.find((i) => i.file)?.file : void 0);
    }
    throw error2;
  }
}
function abortOnCancel() {
  const controller = new AbortController();
  const abort = () => controller.abort();
  process.once("SIGINT", abort);
  process.once("SIGTERM", abort);
  return {
    signal: controller.signal,
    dispose: () => {
      process.off("SIGINT", abort);
      process.off("SIGTERM", abort);
    }
  };
}
async function run() {
  const secrets = new SecretMask();
  secrets.mask(tokenInputs());
  const sink = new ActionSink(secrets);
  let command;
  let outputs = emptyOutputs();
  let connection;
  const cancel = abortOnCancel();
  let comment;
  try {
    const inputs = readInputs();
    command = inputs.command;
    if (inputs.comment && inputs.command === "plan") {
      const { token } = inputs.comment;
      const usersFile = inputs.users?.kind === "file" ? inputs.users.path : void 0;
      comment = async (content) => {
        const { commentPlan } = await import("./chunks/pr-comment-U5NGTK63.js");
        await commentPlan(content, { token, usersFile, redactor: secrets.redactor, signal: cancel.signal });
      };
    }
    const batch = inputs.users && await loadBatchUsers(inputs.users, sink, cancel.signal);
    secrets.mask(batch?.users.map((user) => user.password) ?? []);
    connection = await openOrg(inputs.connection, sink.logger);
    secrets.mask(connection.secrets);
    if (connection.local) sink.info(`Using ${connection.description}; nothing reaches Anyscale.`);
    const outcome = await runCommand(connection.anyscale.user, inputs, batch?.users ?? [], cancel.signal, sink.logger);
    outputs = outputsOf(outcome);
    const verdict = verdictOf(outcome);
    summarizeOutcome(outcome, verdict, outputs);
    await sink.summary();
    if (outcome.command === "plan") await comment?.({ plan: outcome.plan });
    if (verdict.ok) outputs.skipped.length > 0 ? sink.notice(verdict.message) : sink.info(verdict.message);
    else sink.failed(`${verdict.code}: ${verdict.message}`);
  } catch (error2) {
    const failure = failureOf(error2);
    outputs = failureOutputs(command, failure);
    summarizeFailure(command, failure);
    await sink.summary();
    await comment?.({ failure: failureText(failure) }).catch(
      (why) => sink.logger.warn(`Could not comment the failed plan: ${String(why)}`)
    );
    sink.failed(failureText(failure));
  } finally {
    cancel.dispose();
    sink.outputs(outputs);
    await connection?.close();
  }
}

// src/action/index.ts
await run();
