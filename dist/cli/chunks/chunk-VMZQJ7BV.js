import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);

// src/cli/usage-error.ts
var UsageError = class extends Error {
  code = "USAGE";
  /** The command whose --help to point at, if any. */
  command;
  constructor(message, command) {
    super(message);
    this.name = "UsageError";
    this.command = command;
  }
};

// src/cli/args.ts
import { parseArgs } from "node:util";
var COMMANDS = ["list", "get", "batch-create", "plan", "export", "whoami", "local serve", "completion"];
var CONNECTION_OPTIONS = {
  host: { type: "string" },
  "token-file": { type: "string" },
  "read-timeout-ms": { type: "string" },
  "create-timeout-ms": { type: "string" },
  "create-timeout-per-user-ms": { type: "string" }
};
var TIMEOUT_FLAGS = [
  ["read-timeout-ms", "readMs", 1],
  ["create-timeout-ms", "createBaseMs", 1],
  ["create-timeout-per-user-ms", "createPerUserMs", 0]
];
function timeoutOptions(values, command) {
  const timeouts = {};
  for (const [flag, key, min] of TIMEOUT_FLAGS) {
    const value = integerOption(values, flag, command, { min, max: 2 ** 31 - 1 });
    if (value !== void 0) timeouts[key] = value;
  }
  return timeouts;
}
var ALWAYS_OPTIONS = {
  debug: { type: "boolean" },
  help: { type: "boolean", short: "h" },
  version: { type: "boolean" }
};
var FILTER_OPTIONS = {
  email: { type: "string" },
  name: { type: "string" },
  "collaborator-type": { type: "string" },
  "service-account": { type: "boolean" },
  "user-account": { type: "boolean" }
};
var JSON_OPTIONS = {
  json: { type: "boolean" },
  "no-json": { type: "boolean" }
};
var COMMAND_OPTIONS = {
  list: {
    ...FILTER_OPTIONS,
    "max-items": { type: "string" },
    "page-size": { type: "string" },
    interactive: { type: "boolean" },
    "no-interactive": { type: "boolean" },
    format: { type: "string" },
    jsonl: { type: "boolean" },
    ...JSON_OPTIONS
  },
  get: { ...FILTER_OPTIONS, ...JSON_OPTIONS },
  "batch-create": {
    "users-file": { type: "string", short: "f" },
    "dry-run": { type: "boolean" },
    "skip-existing": { type: "boolean" },
    "no-skip-existing": { type: "boolean" },
    "chunk-size": { type: "string" },
    concurrency: { type: "string" },
    "expect-plan": { type: "string" },
    record: { type: "string" },
    ...JSON_OPTIONS
  },
  plan: {
    "users-file": { type: "string", short: "f" },
    "detailed-exitcode": { type: "boolean" },
    "include-service-accounts": { type: "boolean" },
    ...JSON_OPTIONS
  },
  export: {
    output: { type: "string", short: "o" },
    format: { type: "string" },
    "include-service-accounts": { type: "boolean" },
    force: { type: "boolean" }
  },
  whoami: { ...JSON_OPTIONS },
  "local serve": {
    data: { type: "string" },
    port: { type: "string" },
    chaos: { type: "string" },
    "latency-ms": { type: "string" },
    json: { type: "boolean" }
  },
  completion: {}
};
var ALL_OPTIONS = Object.assign({}, CONNECTION_OPTIONS, ALWAYS_OPTIONS, ...Object.values(COMMAND_OPTIONS));
var COMMAND_WORDS = /* @__PURE__ */ new Set(["list", "get", "batch-create", "plan", "export", "whoami", "local", "completion", "help"]);
function extractLocal(argv) {
  const args = [];
  let local;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === "--") {
      args.push(...argv.slice(i));
      break;
    }
    if (arg.startsWith("--local=")) {
      local = { dataDir: arg.slice("--local=".length) || void 0 };
    } else if (arg === "--local") {
      const next = argv[i + 1];
      const isDir = next !== void 0 && !next.startsWith("-") && !COMMAND_WORDS.has(next);
      local = { dataDir: isDir ? next : void 0 };
      if (isDir) i++;
    } else {
      args.push(arg);
    }
  }
  return { args, local };
}
function cleanParseError(error) {
  const message = error.message.replace(/\. To specify a positional argument[\s\S]*$/, "");
  return message.charAt(0).toLowerCase() + message.slice(1).replace(/\.?$/, ".");
}
var OPERANDS = { completion: 1 };
function commandOf(positionals) {
  const words = positionals[0] === "help" ? positionals.slice(1) : positionals;
  const help = positionals[0] === "help";
  if (words.length === 0) return { command: void 0, help, operands: [] };
  const [first, second, ...rest] = words;
  let command;
  let extra;
  if (first === "local") {
    if (second !== "serve") {
      throw new UsageError(
        second === void 0 ? "'local' needs a subcommand: 'local serve'." : `unknown command 'local ${second}'; did you mean 'local serve'?`
      );
    }
    command = "local serve";
    extra = rest;
  } else if (COMMANDS.includes(first)) {
    command = first;
    extra = second === void 0 ? [] : [second, ...rest];
  } else {
    throw new UsageError(`unknown command '${first}'; the commands are ${COMMANDS.map((c) => `'${c}'`).join(", ")}.`);
  }
  const operands = extra.slice(0, OPERANDS[command] ?? 0);
  if (extra.length > operands.length) throw new UsageError(`unexpected argument '${extra[operands.length]}'.`, command);
  return { command, help, operands };
}
function connects(command) {
  return command !== "local serve" && command !== "completion";
}
function allowedOptions(command) {
  const connection = connects(command) ? Object.keys(CONNECTION_OPTIONS) : [];
  return /* @__PURE__ */ new Set([...connection, ...Object.keys(ALWAYS_OPTIONS), ...Object.keys(COMMAND_OPTIONS[command])]);
}
function commandFlags(command) {
  const config = {
    ...connects(command) ? CONNECTION_OPTIONS : {},
    ...COMMAND_OPTIONS[command],
    ...ALWAYS_OPTIONS
  };
  const flags = Object.entries(config).map(([name, option]) => ({
    name,
    ...option.short ? { short: option.short } : {},
    takesValue: option.type === "string"
  }));
  return connects(command) ? [...flags, { name: "local", takesValue: true }] : flags;
}
function parseCommandLine(argv) {
  const { args, local } = extractLocal(argv);
  let parsed;
  try {
    parsed = parseArgs({ args, options: ALL_OPTIONS, strict: true, allowPositionals: true, tokens: true });
  } catch (error) {
    throw new UsageError(cleanParseError(error));
  }
  const { values, positionals, tokens } = parsed;
  const { command, help, operands } = commandOf(positionals);
  if (values.version) return { kind: "version" };
  if (help || values.help || command === void 0) return { kind: "help", command };
  const allowed = allowedOptions(command);
  for (const token of tokens) {
    if (token.kind === "option" && !allowed.has(token.name)) {
      throw new UsageError(`--${token.name} is not an option of '${command}'.`, command);
    }
  }
  if (local && !connects(command)) throw new UsageError(`--local is not an option of '${command}'.`, command);
  if (local && (values.host !== void 0 || values["token-file"] !== void 0)) {
    throw new UsageError("--local starts its own org; leave out --host and --token-file with it.", command);
  }
  return {
    kind: "run",
    command,
    global: {
      host: values.host,
      tokenFile: values["token-file"],
      local,
      debug: values.debug === true,
      timeouts: timeoutOptions(values, command)
    },
    values,
    operands
  };
}
function stringOption(values, name) {
  const value = values[name];
  return typeof value === "string" ? value : void 0;
}
function integerOption(values, name, command, range) {
  const raw = stringOption(values, name);
  if (raw === void 0) return void 0;
  if (!/^\d+$/.test(raw.trim())) throw new UsageError(`Invalid value for '--${name}': '${raw}' is not a valid integer.`, command);
  const value = Number(raw);
  if (value < range.min) throw new UsageError(`Invalid value for '--${name}': must be greater than or equal to ${range.min}.`, command);
  if (range.max !== void 0 && value > range.max) {
    throw new UsageError(`Invalid value for '--${name}': must be less than or equal to ${range.max}.`, command);
  }
  return value;
}
function switchOption(values, name, command, fallback) {
  const on = values[name] === true;
  const off = values[`no-${name}`] === true;
  if (on && off) throw new UsageError(`give --${name} or --no-${name}, not both.`, command);
  return on ? true : off ? false : fallback;
}

// src/core/errors.ts
var AnyscaleError = class extends Error {
  code;
  constructor(code, message, options) {
    super(message, options);
    this.name = "AnyscaleError";
    this.code = code;
  }
};
function describeIssue(issue) {
  if (issue.file !== void 0 && issue.line !== void 0) return `${issue.file}:${issue.line}: ${issue.message}`;
  return issue.index === void 0 ? issue.message : `users[${issue.index}]: ${issue.message}`;
}
var AnyscaleValidationError = class extends AnyscaleError {
  issues;
  constructor(issues) {
    const lines = issues.map(describeIssue);
    super(
      "VALIDATION",
      lines.length === 1 ? lines[0] : `${lines.length} problems; nothing was sent:
${lines.map((l) => `  - ${l}`).join("\n")}`
    );
    this.name = "AnyscaleValidationError";
    this.issues = issues;
  }
};
var AnyscaleApiError = class extends AnyscaleError {
  status;
  traceId;
  /** The server's `error.detail`, redacted; a string or the 422 list. */
  detail;
  /** How long the server asked to wait (Retry-After), when it said. */
  retryAfterMs;
  constructor(code, message, info) {
    super(code, message);
    this.name = "AnyscaleApiError";
    this.status = info.status;
    this.traceId = info.traceId;
    this.detail = info.detail;
    this.retryAfterMs = info.retryAfterMs;
  }
};
var AnyscaleRedirectError = class extends AnyscaleApiError {
  /** Where the server pointed, resolved against the request's URL; absent without a Location. */
  location;
  constructor(message, info) {
    super("REDIRECT", message, info);
    this.name = "AnyscaleRedirectError";
    this.location = info.location;
  }
};
function isAnyscaleError(error) {
  return error instanceof AnyscaleError;
}
var AnyscaleNetworkError = class extends AnyscaleError {
  maybeProcessed;
  constructor(code, message, maybeProcessed, options) {
    super(code, message, options);
    this.name = "AnyscaleNetworkError";
    this.maybeProcessed = maybeProcessed;
  }
};

export {
  UsageError,
  COMMANDS,
  commandFlags,
  parseCommandLine,
  stringOption,
  integerOption,
  switchOption,
  AnyscaleError,
  describeIssue,
  AnyscaleValidationError,
  AnyscaleApiError,
  AnyscaleRedirectError,
  isAnyscaleError,
  AnyscaleNetworkError
};
