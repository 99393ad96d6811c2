import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
import {
  MAX_LATENCY_MS,
  checkLatencyMs,
  silentLogger
} from "./chunk-7UPZNW4Y.js";
import "./chunk-XUY2FQ57.js";

// src/local/chaos.ts
var CHAOS_KINDS = ["429", "503", "drop", "slow", "truncate"];
function createChaos(options) {
  checkOptions(options);
  const random = mulberry32(options.seed);
  const kinds = [...options.kinds];
  return {
    next() {
      if (random() >= options.rate) return void 0;
      return kinds[Math.floor(random() * kinds.length)];
    },
    slowMs: options.slowMs ?? 1e3,
    retryAfterSeconds: options.retryAfterSeconds ?? 1
  };
}
var SPEC_KEYS = ["rate", "seed", "kinds", "slowMs", "retryAfterSeconds"];
function parseChaosSpec(spec) {
  const values = /* @__PURE__ */ new Map();
  for (const part of spec.split(",").map((p) => p.trim()).filter(Boolean)) {
    const eq = part.indexOf("=");
    if (eq === -1) throw new Error(`Invalid chaos spec: '${part}' is not key=value.`);
    const key = part.slice(0, eq).trim();
    if (!SPEC_KEYS.includes(key)) {
      throw new Error(`Invalid chaos spec: unknown key '${key}' (known keys: ${SPEC_KEYS.join(", ")}).`);
    }
    values.set(key, part.slice(eq + 1).trim());
  }
  const rate = values.get("rate");
  if (rate === void 0) throw new Error("Invalid chaos spec: 'rate' is required, e.g. rate=0.2.");
  const options = {
    rate: specNumber("rate", rate),
    seed: specNumber("seed", values.get("seed") ?? "1"),
    kinds: (values.get("kinds") ?? CHAOS_KINDS.join("+")).split("+").map((k) => k.trim())
  };
  const slowMs = values.get("slowMs");
  if (slowMs !== void 0) options.slowMs = specNumber("slowMs", slowMs);
  const retryAfterSeconds = values.get("retryAfterSeconds");
  if (retryAfterSeconds !== void 0) options.retryAfterSeconds = specNumber("retryAfterSeconds", retryAfterSeconds);
  checkOptions(options);
  return options;
}
function specNumber(key, value) {
  const number = value === "" ? NaN : Number(value);
  if (Number.isNaN(number)) throw new Error(`Invalid chaos spec: '${key}' must be a number, got '${value}'.`);
  return number;
}
function checkOptions(options) {
  const fail = (key, expected, got) => {
    throw new Error(`Invalid chaos option '${key}': expected ${expected}, got ${JSON.stringify(got)}.`);
  };
  if (!(options.rate >= 0 && options.rate <= 1)) fail("rate", "a number from 0 to 1", options.rate);
  if (!Number.isSafeInteger(options.seed)) fail("seed", "an integer", options.seed);
  if (options.kinds.length === 0) fail("kinds", `one or more of ${CHAOS_KINDS.join(", ")}`, options.kinds);
  for (const kind of options.kinds) {
    if (!CHAOS_KINDS.includes(kind)) fail("kinds", `one or more of ${CHAOS_KINDS.join(", ")}`, kind);
  }
  for (const key of ["slowMs", "retryAfterSeconds"]) {
    const value = options[key];
    if (value !== void 0 && !(Number.isSafeInteger(value) && value >= 0)) fail(key, "a whole number >= 0", value);
  }
}
function mulberry32(seed) {
  let state = seed >>> 0;
  return () => {
    state = state + 1831565813 >>> 0;
    let t = state;
    t = Math.imul(t ^ t >>> 15, t | 1);
    t ^= t + Math.imul(t ^ t >>> 7, t | 61);
    return ((t ^ t >>> 14) >>> 0) / 4294967296;
  };
}

// src/local/data-dir.ts
import { chmod, mkdir, stat } from "node:fs/promises";
import { join } from "node:path";
var PRIVATE_DIR = 448;
var PRIVATE_FILE = 384;
var KNOWN_FILES = ["org.db", "org.db-wal", "org.db-shm", "owner-token", "collaborator-token"];
var octal = (mode) => `0${(mode & 511).toString(8)}`;
async function modeOf(path) {
  try {
    return (await stat(path)).mode;
  } catch (error) {
    if (error.code === "ENOENT") return void 0;
    throw error;
  }
}
async function preparePrivateDataDir(dir, logger) {
  const before = await modeOf(dir);
  await mkdir(dir, { recursive: true, mode: PRIVATE_DIR });
  if (process.platform === "win32") return;
  const now = before ?? (await stat(dir)).mode;
  if ((now & 511) !== PRIVATE_DIR) {
    await chmod(dir, PRIVATE_DIR);
    if (before !== void 0)
      logger.warn(`The local org's folder '${dir}' was ${octal(before)}; it is now 0700, as it holds the org's tokens.`);
  }
  for (const name of KNOWN_FILES) {
    const path = join(dir, name);
    const mode = await modeOf(path);
    if (mode === void 0 || (mode & 63) === 0) continue;
    await chmod(path, PRIVATE_FILE);
    logger.warn(`The local org's file '${path}' was ${octal(mode)}; it is now 0600.`);
  }
}

// src/local/seed.ts
import { renameSync, writeFileSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { join as join2 } from "node:path";

// src/local/ids.ts
import { randomInt } from "node:crypto";
var ID_ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789";
var TOKEN_ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
function randomString(alphabet, length) {
  let out = "";
  for (let i = 0; i < length; i++) out += alphabet[randomInt(alphabet.length)];
  return out;
}
function newUserId() {
  return `usr_${randomString(ID_ALPHABET, 26)}`;
}
function newIdentityId() {
  return `ide_${randomString(ID_ALPHABET, 26)}`;
}
function newApiToken() {
  return `aph0_local_${randomString(TOKEN_ALPHABET, 32)}`;
}

// src/local/seed.ts
var OWNER_TOKEN_FILE = "owner-token";
var COLLABORATOR_TOKEN_FILE = "collaborator-token";
function seedAccounts(ownerToken, collaboratorToken) {
  return [
    { name: "Org Owner", email: "owner@example.com", isSsoUser: false, permissionLevel: "owner", token: ownerToken },
    {
      name: "Ada",
      email: "ada@example.com",
      isSsoUser: false,
      lastname: "Lovelace",
      title: "Analyst",
      token: collaboratorToken
    },
    { name: "Grace", email: "grace@example.com", isSsoUser: true, lastname: "Hopper", title: "Rear Admiral" },
    { name: "Alan", email: "alan@example.com", isSsoUser: false },
    { name: "ci-bot", email: "ci-bot@service.example.com", isSsoUser: false, isServiceAccount: true }
  ];
}
async function openOrg(store, dataDir) {
  const ownerToken = newApiToken();
  const collaboratorToken = newApiToken();
  const keepTokens = () => {
    if (dataDir === void 0) return;
    writeTokenFile(dataDir, OWNER_TOKEN_FILE, ownerToken);
    writeTokenFile(dataDir, COLLABORATOR_TOKEN_FILE, collaboratorToken);
  };
  if (await store.seed(seedAccounts(ownerToken, collaboratorToken), keepTokens)) {
    return { ownerToken, collaboratorToken, created: true };
  }
  if (dataDir === void 0) throw new Error("An in-memory org cannot have members before it is seeded.");
  return {
    ownerToken: await readTokenFile(dataDir, OWNER_TOKEN_FILE),
    collaboratorToken: await readTokenFile(dataDir, COLLABORATOR_TOKEN_FILE),
    created: false
  };
}
function writeTokenFile(dir, name, token) {
  const path = join2(dir, name);
  writeFileSync(`${path}.tmp`, `${token}
`, { mode: 384 });
  renameSync(`${path}.tmp`, path);
}
async function readTokenFile(dir, name) {
  try {
    return (await readFile(join2(dir, name), "utf8")).trim();
  } catch (error) {
    throw new Error(
      `The local org in ${dir} has users but its ${name} file cannot be read; restore the file, or delete the data dir to start a new org.`,
      { cause: error }
    );
  }
}

// src/local/server.ts
import { randomUUID } from "node:crypto";
import { createServer } from "node:http";
import { setTimeout as delay } from "node:timers/promises";

// src/local/http.ts
var JsonText = class {
  text;
  constructor(text) {
    this.text = text;
  }
};
var HttpError = class extends Error {
  status;
  detail;
  headers;
  constructor(status, detail, headers = {}) {
    super(typeof detail === "string" ? detail : `${detail.length} validation error(s)`);
    this.name = "HttpError";
    this.status = status;
    this.detail = detail;
    this.headers = headers;
  }
};
function errorReply(status, detail, headers) {
  return { status, body: { error: { detail } }, ...headers && { headers } };
}
function serializeReply(reply) {
  const body = reply.body instanceof JsonText ? reply.body.text : JSON.stringify(reply.body);
  return {
    headers: { "content-type": "application/json", "content-length": Buffer.byteLength(body), ...reply.headers },
    body
  };
}
function sendReply(res, reply) {
  const { headers, body } = serializeReply(reply);
  res.writeHead(reply.status, headers).end(body);
}
async function readJsonBody(req, maxBytes) {
  const raw = await readBody(req, maxBytes);
  if (raw.length === 0) return void 0;
  try {
    return JSON.parse(raw.toString("utf8"));
  } catch {
    throw new HttpError(400, "Malformed JSON in the request body.");
  }
}
function readBody(req, maxBytes) {
  const tooLarge = () => new HttpError(413, `Request body is larger than ${maxBytes} bytes.`, { connection: "close" });
  return new Promise((resolve, reject) => {
    if (Number(req.headers["content-length"]) > maxBytes) {
      reject(tooLarge());
      return;
    }
    const chunks = [];
    let size = 0;
    const onData = (chunk) => {
      size += chunk.length;
      if (size > maxBytes) {
        req.off("data", onData);
        req.pause();
        reject(tooLarge());
      } else {
        chunks.push(chunk);
      }
    };
    req.on("data", onData);
    req.once("end", () => resolve(Buffer.concat(chunks)));
    req.once("error", () => reject(new HttpError(400, "The request body could not be read.")));
  });
}

// src/local/auth.ts
function requestToken(req) {
  const bearer = /^Bearer\s+(\S+)\s*$/i.exec(req.headers.authorization ?? "")?.[1];
  return bearer ?? cookieValue(req.headers.cookie, "cli_token");
}
function authenticate(req, store) {
  const token = requestToken(req);
  if (token === void 0) throw new HttpError(401, "Unauthorized: no token; send Authorization: Bearer <token>.");
  const caller = store.findByToken(token);
  if (!caller) throw new HttpError(401, "Unauthorized: the token is invalid or has expired.");
  return caller;
}
function cookieValue(header, name) {
  for (const pair of (header ?? "").split(";")) {
    const eq = pair.indexOf("=");
    if (eq === -1 || pair.slice(0, eq).trim() !== name) continue;
    const value = pair.slice(eq + 1).trim();
    return value.length >= 2 && value.startsWith('"') && value.endsWith('"') ? value.slice(1, -1) : value;
  }
  return void 0;
}

// src/local/paging.ts
var CURSOR_VERSION = 1;
var InvalidPagingTokenError = class extends Error {
  constructor() {
    super("Invalid paging token.");
    this.name = "InvalidPagingTokenError";
  }
};
function encodeCursor(seq) {
  return Buffer.from(JSON.stringify({ s: seq, v: CURSOR_VERSION })).toString("base64url");
}
function decodeCursor(token) {
  let parsed;
  try {
    parsed = JSON.parse(Buffer.from(token, "base64url").toString("utf8"));
  } catch {
    throw new InvalidPagingTokenError();
  }
  const seq = parsed?.s;
  if (typeof seq !== "number" || !Number.isSafeInteger(seq) || seq < 0 || encodeCursor(seq) !== token) {
    throw new InvalidPagingTokenError();
  }
  return seq;
}

// src/local/batch-body.ts
var FIELDS = {
  name: { kind: "string", required: true },
  email: { kind: "string", required: true },
  password: { kind: "string", required: false },
  is_sso_user: { kind: "boolean", required: true },
  lastname: { kind: "string", required: false },
  title: { kind: "string", required: false }
};
var TYPE_ISSUES = {
  string: { msg: "Input should be a valid string", type: "string_type" },
  boolean: { msg: "Input should be a valid boolean", type: "bool_type" }
};
function parseBatchBody(body) {
  if (body === void 0) throw new HttpError(422, [{ loc: ["body"], msg: "Field required", type: "missing" }]);
  if (!Array.isArray(body)) {
    throw new HttpError(422, [{ loc: ["body"], msg: "Input should be a valid list", type: "list_type" }]);
  }
  const issues = body.flatMap((item, index) => itemIssues(item, index));
  if (issues.length > 0) throw new HttpError(422, issues);
  return body.map((item) => ({
    name: item.name,
    email: item.email,
    password: item.password,
    isSsoUser: item.is_sso_user,
    lastname: item.lastname,
    title: item.title
  }));
}
function itemIssues(item, index) {
  if (typeof item !== "object" || item === null || Array.isArray(item)) {
    const msg = "Input should be a valid dictionary or instance of AdminCreateUser";
    return [{ loc: ["body", index], msg, type: "model_type" }];
  }
  const fields = item;
  const issues = [];
  for (const [field, rule] of Object.entries(FIELDS)) {
    const value = fields[field];
    const loc = ["body", index, field];
    if (value === void 0) {
      if (rule.required) issues.push({ loc, msg: "Field required", type: "missing" });
      continue;
    }
    if (value === null && !rule.required) continue;
    if (typeof value !== rule.kind) {
      issues.push({ loc, ...TYPE_ISSUES[rule.kind] });
    } else if (field === "email" && !/^[^@\s]+@[^@\s]+$/.test(value)) {
      const msg = "value is not a valid email address: it must have one @ with text on both sides.";
      issues.push({ loc, msg, type: "value_error" });
    }
  }
  for (const field of Object.keys(fields)) {
    if (!Object.hasOwn(FIELDS, field)) {
      issues.push({ loc: ["body", index, field], msg: "Extra inputs are not permitted", type: "extra_forbidden" });
    }
  }
  return issues;
}

// src/local/list-query.ts
var MAX_PAGE_SIZE = 50;
var COLLABORATOR_TYPES = ["all_accounts", "only_service_accounts", "only_user_accounts"];
var COLLABORATOR_TYPE_MSG = "Input should be 'all_accounts', 'only_service_accounts' or 'only_user_accounts'";
var TRUE_WORDS = /* @__PURE__ */ new Set(["1", "true", "t", "yes", "y", "on"]);
var FALSE_WORDS = /* @__PURE__ */ new Set(["0", "false", "f", "no", "n", "off"]);
function parseListQuery(params) {
  const issues = [];
  const filters = {};
  const email = lastValue(params, "email");
  if (email !== void 0) filters.email = email;
  const name = lastValue(params, "name");
  if (name !== void 0) filters.name = name;
  const collaboratorType = lastValue(params, "collaborator_type");
  if (collaboratorType !== void 0) {
    if (isCollaboratorType(collaboratorType)) filters.collaboratorType = collaboratorType;
    else issues.push({ loc: ["query", "collaborator_type"], msg: COLLABORATOR_TYPE_MSG, type: "enum" });
  }
  const isServiceAccount = lastValue(params, "is_service_account");
  if (isServiceAccount !== void 0) {
    const word = isServiceAccount.trim().toLowerCase();
    if (TRUE_WORDS.has(word) || FALSE_WORDS.has(word)) filters.isServiceAccount = TRUE_WORDS.has(word);
    else
      issues.push({
        loc: ["query", "is_service_account"],
        msg: "Input should be a valid boolean, unable to interpret input",
        type: "bool_parsing"
      });
  }
  if (collaboratorType === void 0 && isServiceAccount === void 0) filters.collaboratorType = "only_user_accounts";
  const count = parseCount(lastValue(params, "count"), issues);
  if (issues.length > 0) throw new HttpError(422, issues);
  return { filters, count, pagingToken: lastValue(params, "paging_token") || void 0 };
}
function parseCount(raw, issues) {
  if (raw === void 0) return MAX_PAGE_SIZE;
  const loc = ["query", "count"];
  if (!/^\s*[+-]?\d+\s*$/.test(raw)) {
    const msg = "Input should be a valid integer, unable to parse string as an integer";
    issues.push({ loc, msg, type: "int_parsing" });
    return MAX_PAGE_SIZE;
  }
  const count = Number(raw);
  if (count < 1) issues.push({ loc, msg: "Input should be greater than or equal to 1", type: "greater_than_equal" });
  if (count > MAX_PAGE_SIZE) issues.push({ loc, msg: `Input should be less than or equal to ${MAX_PAGE_SIZE}`, type: "less_than_equal" });
  return count;
}
function lastValue(params, name) {
  return params.getAll(name).at(-1);
}
function isCollaboratorType(value) {
  return COLLABORATOR_TYPES.includes(value);
}

// src/local/routes.ts
function listCollaborators({ url, store }) {
  const query = parseListQuery(url.searchParams);
  const page = store.listJson(query.filters, { count: query.count, after: query.pagingToken });
  const metadata = JSON.stringify({ total: page.total, next_paging_token: page.nextCursor ?? null });
  return { status: 200, body: new JsonText(`{"results":[${page.listings.join(",")}],"metadata":${metadata}}`) };
}
async function adminBatchCreate({ req, caller, store, maxBodyBytes }) {
  if (caller.permissionLevel !== "owner") throw new HttpError(403, "Permission denied");
  const users = parseBatchBody(await readJsonBody(req, maxBodyBytes));
  const created = await store.batchCreate(users);
  return {
    status: 201,
    body: {
      results: created.map((c) => ({
        user_id: c.userId,
        name: c.name,
        email: c.email,
        created_at: c.createdAt,
        is_sso_user: c.isSsoUser,
        lastname: c.lastname,
        title: c.title
      })),
      metadata: { total: created.length, next_paging_token: null }
    }
  };
}
var LOCAL_ORGANIZATION_ID = "org_local0000000000000000000";
function userinfo({ caller }) {
  return {
    status: 200,
    body: {
      result: {
        // A service account has no user id; its identity id is the only id it has.
        id: caller.userId ?? caller.id,
        email: caller.email,
        name: caller.name,
        organization_permission_level: caller.permissionLevel,
        organization_ids: [LOCAL_ORGANIZATION_ID]
      }
    }
  };
}

// src/local/store.ts
import { chmodSync, closeSync, openSync } from "node:fs";
import { join as join3 } from "node:path";
import { DatabaseSync } from "node:sqlite";

// src/local/transaction.ts
function immediateTransaction(db, work) {
  db.exec("BEGIN IMMEDIATE");
  try {
    const result = work();
    db.exec("COMMIT");
    return result;
  } catch (error) {
    db.exec("ROLLBACK");
    throw error;
  }
}

// src/local/migrations.ts
var MIGRATIONS = [
  `
  CREATE TABLE collaborators (
    -- Keyset paging walks this column. AUTOINCREMENT guarantees a new row always gets a larger
    -- value than any row ever had, so a paging walk never sees a late insert behind its cursor.
    seq                INTEGER PRIMARY KEY AUTOINCREMENT,
    id                 TEXT    NOT NULL UNIQUE,
    -- Null for service accounts, which are identities without a user behind them.
    user_id            TEXT    UNIQUE,
    name               TEXT,
    -- Stored lower-cased, as the backend does.
    email              TEXT    NOT NULL,
    permission_level   TEXT    NOT NULL CHECK (permission_level IN ('owner', 'collaborator')),
    is_service_account INTEGER NOT NULL CHECK (is_service_account IN (0, 1)),
    is_sso_user        INTEGER NOT NULL CHECK (is_sso_user IN (0, 1)),
    lastname           TEXT,
    title              TEXT,
    -- A salted scrypt hash (see secrets.ts); the plain password is never stored.
    password_hash      TEXT,
    created_at         TEXT    NOT NULL
  ) STRICT;

  CREATE UNIQUE INDEX collaborators_email ON collaborators (lower(email));

  CREATE TABLE tokens (
    -- sha256 of the token: a copied database file does not hand out working credentials.
    token_sha256    TEXT PRIMARY KEY,
    collaborator_id TEXT NOT NULL REFERENCES collaborators (id)
  ) STRICT, WITHOUT ROWID;
  `,
  `
  -- The name and account-type filters read a page by walking an index in seq order (seq is the
  -- rowid, which every index entry carries) instead of scanning the table: a get by name in an
  -- org of 100,000 users went from ~10 ms to well under one.
  CREATE INDEX collaborators_name ON collaborators (name COLLATE NOCASE);
  CREATE INDEX collaborators_service_account ON collaborators (is_service_account);
  `,
  `
  -- A collaborator as the list endpoint answers it, as JSON, written once when the row is: a
  -- listing page then reads one column a row instead of eleven and joins strings instead of building
  -- and serializing objects (a page of 50 went from ~100 \xB5s to ~30 \xB5s). Rows never change after
  -- insert, and SQLite keeps the column in step with the row by definition. SQLite cannot add a
  -- stored column to an existing table, so the table is rebuilt the documented way.
  CREATE TABLE collaborators_v3 (
    seq                INTEGER PRIMARY KEY AUTOINCREMENT,
    id                 TEXT    NOT NULL UNIQUE,
    user_id            TEXT    UNIQUE,
    name               TEXT,
    email              TEXT    NOT NULL,
    permission_level   TEXT    NOT NULL CHECK (permission_level IN ('owner', 'collaborator')),
    is_service_account INTEGER NOT NULL CHECK (is_service_account IN (0, 1)),
    is_sso_user        INTEGER NOT NULL CHECK (is_sso_user IN (0, 1)),
    lastname           TEXT,
    title              TEXT,
    password_hash      TEXT,
    created_at         TEXT    NOT NULL,
    listing            TEXT    NOT NULL GENERATED ALWAYS AS (json_object(
      'id', id,
      'user_id', user_id,
      'name', name,
      'email', email,
      'permission_level', permission_level,
      -- The org has only the two base roles, which coincide with the (deprecated) permission level.
      'base_role', permission_level,
      'additional_roles', json('[]'),
      'created_at', created_at,
      'is_service_account', json(CASE is_service_account WHEN 1 THEN 'true' ELSE 'false' END)
    )) STORED
  ) STRICT;

  INSERT INTO collaborators_v3 (seq, id, user_id, name, email, permission_level, is_service_account,
                                is_sso_user, lastname, title, password_hash, created_at)
    SELECT seq, id, user_id, name, email, permission_level, is_service_account,
           is_sso_user, lastname, title, password_hash, created_at
    FROM collaborators;
  -- Carry the AUTOINCREMENT high-water mark over, so no seq is ever handed out twice.
  UPDATE sqlite_sequence SET seq = max(seq, coalesce((SELECT seq FROM sqlite_sequence WHERE name = 'collaborators'), 0))
    WHERE name = 'collaborators_v3';

  DROP TABLE collaborators;
  ALTER TABLE collaborators_v3 RENAME TO collaborators;
  CREATE UNIQUE INDEX collaborators_email ON collaborators (lower(email));
  CREATE INDEX collaborators_name ON collaborators (name COLLATE NOCASE);
  CREATE INDEX collaborators_service_account ON collaborators (is_service_account);
  `
];
var SCHEMA_VERSION = MIGRATIONS.length;
function checkKnown(version) {
  if (version > SCHEMA_VERSION) {
    throw new Error(
      `The local org database has schema version ${version}, newer than this code knows (${SCHEMA_VERSION}). Upgrade anyscale-users or use another data dir.`
    );
  }
}
function migrate(db) {
  checkKnown(userVersion(db));
  if (userVersion(db) === SCHEMA_VERSION) return;
  const keysWereOn = db.prepare("PRAGMA foreign_keys").get().foreign_keys === 1;
  db.exec("PRAGMA foreign_keys = OFF");
  try {
    let upToDate = false;
    while (!upToDate) {
      upToDate = immediateTransaction(db, () => {
        const version = userVersion(db);
        checkKnown(version);
        if (version === SCHEMA_VERSION) return true;
        db.exec(MIGRATIONS[version]);
        if (db.prepare("PRAGMA foreign_key_check").all().length > 0) {
          throw new Error(`Migration to schema version ${version + 1} left references that point nowhere.`);
        }
        db.exec(`PRAGMA user_version = ${version + 1}`);
        return false;
      });
    }
  } finally {
    if (keysWereOn) db.exec("PRAGMA foreign_keys = ON");
  }
}
function userVersion(db) {
  const row = db.prepare("PRAGMA user_version").get();
  return row.user_version;
}

// src/local/read-cache.ts
var MAX_ENTRIES = 1e3;
var ReadCache = class {
  #answers = /* @__PURE__ */ new Map();
  #dataVersion;
  #seenDataVersion;
  constructor(db, options) {
    this.#dataVersion = options.shared ? db.prepare("PRAGMA data_version") : void 0;
  }
  /** The cached answer for `key`, or else what `read()` returns, which is cached unless undefined. */
  get(key, read) {
    if (this.#dataVersion) {
      const { data_version: dataVersion } = this.#dataVersion.get();
      if (dataVersion !== this.#seenDataVersion) {
        this.#answers.clear();
        this.#seenDataVersion = dataVersion;
      }
    }
    const cached = this.#answers.get(key);
    if (cached !== void 0) return cached;
    const answer2 = read();
    if (answer2 !== void 0) {
      if (this.#answers.size >= MAX_ENTRIES) this.#answers.clear();
      this.#answers.set(key, answer2);
    }
    return answer2;
  }
  /** Forgets every answer; called after this connection writes. */
  invalidate() {
    this.#answers.clear();
  }
};

// src/local/secrets.ts
import { createHash, randomBytes, scrypt } from "node:crypto";
var SCRYPT = { N: 256, r: 8, p: 1, keyLength: 32 };
function hashPassword(password) {
  const salt = randomBytes(16);
  const { N, r, p, keyLength } = SCRYPT;
  return new Promise((resolve, reject) => {
    scrypt(password, salt, keyLength, { N, r, p }, (error, key) => {
      if (error) reject(error);
      else resolve(`scrypt$${N}$${r}$${p}$${salt.toString("base64")}$${key.toString("base64")}`);
    });
  });
}
function hashToken(token) {
  return createHash("sha256").update(token).digest("hex");
}

// src/local/timestamps.ts
function formatTimestamp(date) {
  return date.toISOString().replace(/\.(\d{3})Z$/, ".$1000+00:00");
}

// src/local/store.ts
var DuplicateEmailError = class extends Error {
  email;
  constructor(email) {
    super(`User with email '${email}' already exists.`);
    this.name = "DuplicateEmailError";
    this.email = email;
  }
};
var COLUMNS = "seq, id, user_id, name, email, permission_level, is_service_account, is_sso_user, lastname, title, created_at";
var UserStore = class _UserStore {
  #db;
  // Every list page reports how many collaborators match its filters across all pages. Counting
  // visits every matching row (0.4 ms for 100,000 users, 10 ms with an unindexed filter), which
  // dominated a page; a walk of the org asks the same question on every page.
  #totals;
  // Every request looks up the collaborator behind its token.
  #callers;
  // Compiling a statement costs more than running most of them. The filters are bound as
  // parameters, so the SQL texts are few (one per combination of filters) and all worth keeping.
  #statements = /* @__PURE__ */ new Map();
  constructor(db, shared) {
    this.#db = db;
    this.#totals = new ReadCache(db, { shared });
    this.#callers = new ReadCache(db, { shared });
  }
  static open(dataDir) {
    const path = dataDir === void 0 ? ":memory:" : privateFile(join3(dataDir, "org.db"));
    const db = new DatabaseSync(path, { timeout: 5e3 });
    try {
      if (dataDir !== void 0) db.exec("PRAGMA journal_mode = WAL");
      migrate(db);
    } catch (error) {
      db.close();
      throw error;
    }
    return new _UserStore(db, dataDir !== void 0);
  }
  /** One page in seq order, starting after `after` (a cursor from an earlier page's nextCursor). */
  list(filters, page) {
    const { rows, total, nextCursor } = this.#page(COLUMNS, filters, page);
    return { rows: rows.map(toCollaborator), total, nextCursor };
  }
  /**
   * The same page as `list`, each collaborator already in the list endpoint's JSON (the `listing`
   * column): the listing's hot path, which then only joins strings.
   */
  listJson(filters, page) {
    const { rows, total, nextCursor } = this.#page("seq, listing", filters, page);
    return { listings: rows.map((row) => row[1]), total, nextCursor };
  }
  #page(columns, filters, page) {
    const { conditions, params } = filterConditions(filters);
    const countSql = `SELECT count(*) AS total FROM collaborators ${whereClause(conditions)}`;
    const total = this.#totals.get(`${countSql} ${JSON.stringify(params)}`, () => {
      return this.#statement(countSql).get(params).total;
    });
    const rows = this.#statement(
      `SELECT ${columns} FROM collaborators ${whereClause(["seq > $after", ...conditions])} ORDER BY seq LIMIT $limit`,
      { arrayRows: true }
    ).all({
      ...params,
      after: page.after === void 0 ? 0 : decodeCursor(page.after),
      limit: page.count + 1
    });
    const pageRows = rows.slice(0, page.count);
    const last = pageRows.at(-1);
    return { rows: pageRows, total, nextCursor: rows.length > page.count && last ? encodeCursor(last[0]) : void 0 };
  }
  /**
   * Creates all accounts or none, returned in input order. Throws DuplicateEmailError for the
   * first email (case-insensitive) that is already in the org or earlier in `accounts`.
   */
  async batchCreate(accounts) {
    const insert = await this.#inserter(accounts);
    return immediateTransaction(this.#db, insert);
  }
  /**
   * Seeds an org that has nobody yet. Under the write lock it checks that the org is empty, runs
   * `beforeCommit` (which keeps the new tokens somewhere) and creates the accounts, so that of two
   * processes starting on one empty data dir exactly one seeds it, and the other finds it seeded.
   * Returns false, changing nothing, when the org already has members.
   */
  async seed(accounts, beforeCommit) {
    const insert = await this.#inserter(accounts);
    return immediateTransaction(this.#db, () => {
      if (this.#statement("SELECT 1 FROM collaborators LIMIT 1").get() !== void 0) return false;
      beforeCommit();
      insert();
      return true;
    });
  }
  /**
   * The insert of `accounts`, ready to run inside a transaction. Password hashing is slow and
   * asynchronous, so it happens here, before the transaction, which must stay synchronous.
   */
  async #inserter(accounts) {
    const passwordHashes = await Promise.all(accounts.map((a) => a.password ? hashPassword(a.password) : null));
    const createdAt = formatTimestamp(/* @__PURE__ */ new Date());
    const exists = this.#statement("SELECT 1 FROM collaborators WHERE lower(email) = ?");
    const insert = this.#statement(
      `INSERT INTO collaborators (id, user_id, name, email, permission_level, is_service_account, is_sso_user,
                                  lastname, title, password_hash, created_at)
       VALUES ($id, $userId, $name, $email, $permissionLevel, $isServiceAccount, $isSsoUser,
               $lastname, $title, $passwordHash, $createdAt)`
    );
    const issueToken = this.#statement("INSERT INTO tokens (token_sha256, collaborator_id) VALUES (?, ?)");
    return () => {
      this.#totals.invalidate();
      this.#callers.invalidate();
      return accounts.map((account, index) => {
        const email = account.email.toLowerCase();
        if (exists.get(email)) throw new DuplicateEmailError(email);
        const isServiceAccount = account.isServiceAccount ?? false;
        const created = {
          id: newIdentityId(),
          userId: isServiceAccount ? null : newUserId(),
          name: account.name,
          email,
          permissionLevel: account.permissionLevel ?? "collaborator",
          isServiceAccount,
          isSsoUser: account.isSsoUser,
          lastname: account.lastname ?? null,
          title: account.title ?? null,
          createdAt
        };
        insert.run({
          id: created.id,
          userId: created.userId,
          name: created.name,
          email,
          permissionLevel: created.permissionLevel,
          isServiceAccount: Number(isServiceAccount),
          isSsoUser: Number(created.isSsoUser),
          lastname: created.lastname,
          title: created.title,
          passwordHash: passwordHashes[index] ?? null,
          createdAt
        });
        if (account.token !== void 0) issueToken.run(hashToken(account.token), created.id);
        return created;
      });
    };
  }
  /**
   * The collaborator a token was issued to, or undefined for an unknown token. Known tokens are
   * cached, so callers share the returned object and must not change it.
   */
  findByToken(token) {
    const tokenHash = hashToken(token);
    return this.#callers.get(tokenHash, () => {
      const row = this.#statement(
        `SELECT ${COLUMNS} FROM collaborators WHERE id = (SELECT collaborator_id FROM tokens WHERE token_sha256 = ?)`,
        { arrayRows: true }
      ).get(tokenHash);
      return row ? toCollaborator(row) : void 0;
    });
  }
  close() {
    this.#db.close();
  }
  #statement(sql, options = {}) {
    let statement = this.#statements.get(sql);
    if (statement === void 0) {
      statement = this.#db.prepare(sql);
      if (options.arrayRows) statement.setReturnArrays(true);
      this.#statements.set(sql, statement);
    }
    return statement;
  }
};
function privateFile(path) {
  closeSync(openSync(path, "a", 384));
  chmodSync(path, 384);
  return path;
}
function filterConditions(filters) {
  const conditions = [];
  const params = {};
  if (filters.email !== void 0) {
    conditions.push("lower(email) = lower($email)");
    params.email = filters.email.toLowerCase();
  }
  if (filters.name !== void 0) {
    conditions.push("name = $name COLLATE NOCASE");
    params.name = filters.name;
  }
  if (filters.collaboratorType === "only_service_accounts") conditions.push("is_service_account = 1");
  if (filters.collaboratorType === "only_user_accounts") conditions.push("is_service_account = 0");
  if (filters.isServiceAccount !== void 0) {
    conditions.push("is_service_account = $isServiceAccount");
    params.isServiceAccount = Number(filters.isServiceAccount);
  }
  return { conditions, params };
}
function whereClause(conditions) {
  return conditions.length === 0 ? "" : `WHERE ${conditions.join(" AND ")}`;
}
function toCollaborator(row) {
  const [, id, userId, name, email, permissionLevel, isServiceAccount, isSsoUser, lastname, title, createdAt] = row;
  return {
    id,
    userId,
    name,
    email,
    permissionLevel,
    isServiceAccount: isServiceAccount === 1,
    isSsoUser: isSsoUser === 1,
    lastname,
    title,
    createdAt
  };
}

// src/local/server.ts
var ROUTES = {
  "/api/v2/organization_collaborators": { GET: listCollaborators },
  "/api/v2/users/admin_batch_create": { POST: adminBatchCreate },
  "/api/v2/userinfo": { GET: userinfo }
};
function createLocalServer(options) {
  return createServer((req, res) => {
    void handle(req, res, options);
  });
}
async function handle(req, res, options) {
  const traceId = randomUUID().replaceAll("-", "");
  res.setHeader("x-trace-id", traceId);
  const { chaos } = options;
  const fault = chaos?.next();
  const reply = chaos && (fault === "429" || fault === "503") ? refusal(fault, chaos.retryAfterSeconds) : await answer(req, options, traceId);
  if (options.latencyMs > 0) await delay(options.latencyMs);
  if (chaos && fault === "slow") await delay(chaos.slowMs);
  deliver(req, res, reply, fault);
  const path = (req.url ?? "").split("?")[0];
  options.logger.debug(`${req.method} ${path} ${reply.status}${fault ? ` (chaos: ${fault})` : ""} trace=${traceId}`);
}
async function answer(req, options, traceId) {
  try {
    const url = new URL(`http://local${req.url ?? "/"}`);
    const route = ROUTES[url.pathname.replace(/\/$/, "")];
    if (!route) throw new HttpError(404, "Not Found");
    const handler = route[req.method ?? ""];
    if (!handler) throw new HttpError(405, "Method Not Allowed", { allow: Object.keys(route).join(", ") });
    const caller = authenticate(req, options.store);
    return await handler({ req, url, caller, store: options.store, maxBodyBytes: options.maxBodyBytes });
  } catch (error) {
    if (error instanceof HttpError) return errorReply(error.status, error.detail, error.headers);
    if (error instanceof DuplicateEmailError) return errorReply(409, error.message);
    if (error instanceof InvalidPagingTokenError) return errorReply(400, error.message);
    options.logger.error(`trace=${traceId}: ${error instanceof Error ? error.message : String(error)}`);
    return errorReply(500, `Internal server error (trace id ${traceId}).`);
  }
}
function refusal(fault, retryAfterSeconds) {
  return fault === "429" ? errorReply(429, `Too many requests; retry after ${retryAfterSeconds} s.`, {
    "retry-after": String(retryAfterSeconds)
  }) : errorReply(503, "Service temporarily unavailable.");
}
function deliver(req, res, reply, fault) {
  if (res.destroyed) return;
  switch (fault) {
    case "drop":
      req.socket.destroy();
      return;
    case "truncate": {
      const { headers, body } = serializeReply(reply);
      const bytes = Buffer.from(body);
      res.writeHead(reply.status, headers);
      res.write(bytes.subarray(0, Math.floor(bytes.length / 2)), () => res.destroy());
      return;
    }
    default:
      sendReply(res, reply);
  }
}

// src/local/index.ts
var DEFAULT_MAX_BODY_BYTES = 1024 * 1024;
async function startLocalOrg(options = {}) {
  const host = options.host ?? "127.0.0.1";
  const logger = options.logger ?? silentLogger;
  const chaosOptions = options.chaos ?? chaosFromEnvironment();
  const chaos = chaosOptions && createChaos(chaosOptions);
  const latencyMs = checkLatencyMs(options.latencyMs ?? 0);
  if (options.dataDir !== void 0) await preparePrivateDataDir(options.dataDir, logger);
  const store = UserStore.open(options.dataDir);
  try {
    const tokens = await openOrg(store, options.dataDir);
    const server = createLocalServer({
      store,
      logger,
      chaos,
      maxBodyBytes: options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES,
      latencyMs
    });
    await new Promise((resolve, reject) => {
      server.once("error", reject);
      server.listen(options.port ?? 0, host, () => {
        server.off("error", reject);
        resolve();
      });
    });
    const { port } = server.address();
    const url = `http://${host.includes(":") ? `[${host}]` : host}:${port}`;
    logger.info(`Local org ${tokens.created ? "created" : "reopened"}, listening on ${url}`);
    let closing;
    const close = () => closing ??= new Promise((resolve) => {
      server.close(() => {
        store.close();
        resolve();
      });
      server.closeAllConnections();
    });
    return { url, host, port, ...tokens, store, close };
  } catch (error) {
    store.close();
    throw error;
  }
}
function chaosFromEnvironment() {
  const spec = process.env.ANYSCALE_LOCAL_CHAOS;
  return spec ? parseChaosSpec(spec) : void 0;
}
export {
  DuplicateEmailError,
  MAX_LATENCY_MS,
  UserStore,
  parseChaosSpec,
  startLocalOrg
};
