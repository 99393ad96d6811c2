import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
import {
  array,
  boolean,
  email,
  object,
  strictObject,
  string
} from "./chunk-A2ERG6DW.js";
import {
  AnyscaleError,
  AnyscaleValidationError
} from "./chunk-4K6PQXAF.js";

// src/core/models.ts
var requiredString = (what) => string({ error: (issue) => issue.input === void 0 ? "is required" : `must be ${what}` });
var optionalString = string({ error: "must be a string" }).nullish();
var AdminCreateUserSchema = strictObject(
  {
    name: requiredString("a string").refine((value) => value.trim().length > 0, { error: "must not be empty" }),
    email: requiredString("a string").pipe(email({ error: "is not a valid email address" })),
    password: optionalString,
    is_sso_user: boolean({
      error: (issue) => issue.input === void 0 ? "is required" : "must be true or false"
    }),
    lastname: optionalString,
    title: optionalString
  },
  // Only for a non-object item: unknown keys keep their own issue, which names each key.
  { error: (issue) => issue.code === "invalid_type" ? "each user must be an object with name, email and is_sso_user" : void 0 }
);
var ADMIN_CREATE_USER_FIELDS = ["name", "email", "password", "is_sso_user", "lastname", "title"];
function isTimestamp(value) {
  return !Number.isNaN(Date.parse(value));
}
var timestamp = string().refine(isTimestamp, { error: "must be an ISO-8601 datetime" });
var AdminCreatedUserSchema = object({
  user_id: string(),
  name: string(),
  email: string(),
  created_at: timestamp,
  is_sso_user: boolean(),
  lastname: string().nullish().transform((v) => v ?? void 0),
  title: string().nullish().transform((v) => v ?? void 0)
});
var CollaboratorSchema = object({
  email: string(),
  name: string().nullish(),
  created_at: timestamp,
  permission_level: string().nullish(),
  user_id: string().nullish()
});
function toUser(collaborator) {
  const user = {
    email: collaborator.email,
    name: collaborator.name ?? "",
    created_at: collaborator.created_at,
    permission_level: collaborator.permission_level ?? "unspecified"
  };
  if (collaborator.user_id !== void 0 && collaborator.user_id !== null) user.user_id = collaborator.user_id;
  return user;
}
var UserSchema = CollaboratorSchema.transform(toUser);
function isNullishString(value) {
  return value === void 0 || value === null || typeof value === "string";
}
function isCollaborator(raw) {
  if (typeof raw !== "object" || raw === null || Array.isArray(raw)) return false;
  const { email: email2, name, created_at, permission_level, user_id } = raw;
  return typeof email2 === "string" && isNullishString(name) && typeof created_at === "string" && isTimestamp(created_at) && isNullishString(permission_level) && isNullishString(user_id);
}
function parseUser(raw) {
  if (isCollaborator(raw)) return { success: true, data: toUser(raw) };
  const parsed = CollaboratorSchema.safeParse(raw);
  return parsed.success ? { success: true, data: toUser(parsed.data) } : { success: false, error: parsed.error };
}
var AdminCreateUsersSchema = strictObject({ create_users: array(AdminCreateUserSchema) });
function toDict(model) {
  return Object.fromEntries(Object.entries(model).filter(([, value]) => value !== void 0 && value !== null));
}
function suggestField(unknown) {
  const lower = unknown.toLowerCase().replace(/[-\s]/g, "_");
  return ADMIN_CREATE_USER_FIELDS.find((field) => field === lower || editDistance(field, lower) <= 2);
}
function editDistance(a, b) {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost);
    }
    previous = current;
  }
  return previous[b.length];
}
function issuesOf(index, error) {
  return error.issues.flatMap((issue) => {
    if (issue.code === "unrecognized_keys") {
      return issue.keys.map((key) => {
        const suggestion = suggestField(key);
        const hint = suggestion ? ` (did you mean "${suggestion}"?)` : ` (known fields: ${ADMIN_CREATE_USER_FIELDS.join(", ")})`;
        return { index, field: key, message: `unknown field "${key}"${hint}` };
      });
    }
    if (issue.path.length === 0) return [{ index, field: "(item)", message: issue.message }];
    const field = issue.path.map(String).join(".");
    return [{ index, field, message: `"${field}" ${issue.message}` }];
  });
}
var AdminCreateUsersValidator = class {
  users = [];
  issues = [];
  #firstIndexOfEmail = /* @__PURE__ */ new Map();
  add(item, index) {
    const parsed = AdminCreateUserSchema.safeParse(item);
    if (!parsed.success) {
      this.issues.push(...issuesOf(index, parsed.error));
      return;
    }
    const key = parsed.data.email.toLowerCase();
    const first = this.#firstIndexOfEmail.get(key);
    if (first !== void 0) {
      this.issues.push({
        index,
        field: "email",
        message: `"email" ${parsed.data.email} appears twice in the batch (also users[${first}])`
      });
      return;
    }
    this.#firstIndexOfEmail.set(key, index);
    this.users.push(parsed.data);
  }
};
function validateAdminCreateUsers(items) {
  const validator = new AdminCreateUsersValidator();
  for (const [index, item] of items.entries()) validator.add(item, index);
  return { users: validator.users, issues: validator.issues };
}
function parseAdminCreateUsers(items) {
  if (!Array.isArray(items)) {
    throw new AnyscaleValidationError([{ field: "create_users", message: '"create_users" must be a list of users' }]);
  }
  const { users, issues } = validateAdminCreateUsers(items);
  if (issues.length > 0) throw new AnyscaleValidationError(issues);
  return users;
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

// src/core/plural.ts
function plural(count, one, many = `${one}s`) {
  return `${count} ${count === 1 ? one : many}`;
}

export {
  AdminCreateUserSchema,
  AdminCreatedUserSchema,
  toDict,
  validateAdminCreateUsers,
  parseAdminCreateUsers,
  plural,
  followPages,
  DEFAULT_PAGE_SIZE,
  MAX_PAGE_SIZE,
  COLLABORATOR_TYPES,
  checkCollaboratorType,
  checkListParams,
  fetchUserPage,
  listUsers,
  plannedUser,
  planFingerprint,
  planUsers
};
