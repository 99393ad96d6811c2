import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
import {
  isLoopbackHostname
} from "./chunk-EQPBRDJE.js";

// mcp/options.ts
import { randomBytes } from "node:crypto";
import { parseArgs } from "node:util";

// src/core/boolean-setting.ts
var TRUE_SPELLINGS = /* @__PURE__ */ new Set(["true", "yes", "y", "on", "1"]);
var FALSE_SPELLINGS = /* @__PURE__ */ new Set(["false", "no", "n", "off", "0"]);
var BOOLEAN_SPELLINGS = "true/false, yes/no, y/n, on/off or 1/0, in any case";
function parseBooleanSetting(value) {
  const lower = value.trim().toLowerCase();
  if (TRUE_SPELLINGS.has(lower)) return true;
  if (FALSE_SPELLINGS.has(lower)) return false;
  return void 0;
}

// mcp/tool-names.ts
var TOOL_NAMES = ["list_users", "get_user", "batch_create_users"];
var READ_ONLY_TOOLS = ["list_users", "get_user"];
function isToolName(name) {
  return TOOL_NAMES.includes(name);
}

// mcp/options.ts
var DEFAULT_HTTP_HOST = "127.0.0.1";
var DEFAULT_HTTP_PORT = 8808;
var USAGE = `Usage: anyscale-users-mcp [options]

An MCP server with tools to list, look up and create the users of an Anyscale organization.
It speaks stdio by default; the Anyscale token comes from ANYSCALE_CLI_TOKEN or
~/.anyscale/credentials.json (and the host from ANYSCALE_HOST), never from a tool call.

Options:
  --http                 Serve Streamable HTTP (stateless) instead of stdio
  --port N               HTTP port (default ${DEFAULT_HTTP_PORT}; 0 picks a free one)
  --host H               HTTP bind address (default ${DEFAULT_HTTP_HOST}); any address but
                         loopback needs MCP_AUTH_TOKEN
  --no-auth              Serve HTTP without a bearer token (loopback only); without it and
                         without MCP_AUTH_TOKEN, a random token is made and shown on stderr
  --allowed-hosts LIST   Extra Host/Origin names to accept over HTTP, comma-separated
  --local [DIR]          Use an embedded local Anyscale org (in memory, or kept in DIR)
  --read-only            Offer only the read tools (list_users, get_user)
  --tools LIST           Offer only these tools, comma-separated
  --help                 Show this help
  --version              Show the version

Environment:
  ANYSCALE_MCP_READ_ONLY=1      Same as --read-only
  ANYSCALE_MCP_ELICITATION=off  Never ask the client for a confirmation form; require confirm_plan_id
  MCP_AUTH_TOKEN                Bearer token HTTP clients must send (required off loopback;
                                on loopback a random one is made when it is unset)
  ANYSCALE_MCP_DEBUG=1          Debug logging (to stderr)
  HTTPS_PROXY, HTTP_PROXY, NO_PROXY
                                Reach Anyscale through a proxy (CONNECT tunnels only);
                                NODE_EXTRA_CA_CERTS trusts a TLS-inspecting proxy's CA
  ANYSCALE_USERS_READ_TIMEOUT_MS, ANYSCALE_USERS_CREATE_TIMEOUT_MS,
  ANYSCALE_USERS_CREATE_TIMEOUT_PER_USER_MS
                                Request timeouts (default 30000; 60000 + 1000 a user)

At start, where a token is set, the server asks Anyscale who it belongs to and does not offer
batch_create_users to a token that is not an organization owner.
`;
function envBoolean(env, name, fallback) {
  const value = env[name];
  if (value === void 0 || value.trim() === "") return fallback;
  const parsed = parseBooleanSetting(value);
  if (parsed === void 0) throw new UsageError(`${name} must be ${BOOLEAN_SPELLINGS}; got '${value}'.`);
  return parsed;
}
var UsageError = class extends Error {
  constructor(message) {
    super(message);
    this.name = "UsageError";
  }
};
function listOf(value) {
  return (value ?? "").split(",").map((item) => item.trim()).filter(Boolean);
}
function parsePort(value) {
  const port = Number(value);
  if (!/^\d+$/.test(value) || port > 65535) throw new UsageError(`--port must be a whole number from 0 to 65535, got '${value}'.`);
  return port;
}
function selectTools(allowList, readOnly, warn) {
  const requested = allowList === void 0 ? [...TOOL_NAMES] : listOf(allowList);
  for (const name of requested) {
    if (!isToolName(name)) throw new UsageError(`--tools: unknown tool '${name}'; the tools are ${TOOL_NAMES.join(", ")}.`);
  }
  let tools = TOOL_NAMES.filter((name) => requested.includes(name));
  if (readOnly) {
    const skipped = tools.filter((name) => !READ_ONLY_TOOLS.includes(name));
    if (allowList !== void 0 && skipped.length > 0) warn(`read-only mode: not offering ${skipped.join(", ")}`);
    tools = tools.filter((name) => READ_ONLY_TOOLS.includes(name));
  }
  if (tools.length === 0) throw new UsageError("no tool left to offer; check --tools and --read-only.");
  return tools;
}
function localOption(tokens) {
  let local;
  let dirIndex = -1;
  for (const token of tokens) {
    if (token.kind === "option" && token.name === "local") {
      local = { dataDir: void 0 };
      dirIndex = token.index + 1;
    } else if (token.kind === "positional") {
      if (token.index === dirIndex && local) local.dataDir = token.value;
      else throw new UsageError(`unexpected argument '${token.value}'.`);
    }
  }
  return local;
}
var GENERATED_TOKEN_BYTES = 32;
function httpAuth(host, token, noAuth, http) {
  if (noAuth) {
    if (token !== void 0) throw new UsageError("--no-auth and MCP_AUTH_TOKEN contradict each other; drop one.");
    if (!isLoopbackHostname(host)) {
      throw new UsageError(
        `--no-auth is refused on ${host}: only a loopback address may serve without a token. Set MCP_AUTH_TOKEN instead.`
      );
    }
    return { authToken: void 0, authGenerated: false };
  }
  if (token !== void 0 || !http || !isLoopbackHostname(host)) return { authToken: token, authGenerated: false };
  return { authToken: randomBytes(GENERATED_TOKEN_BYTES).toString("base64url"), authGenerated: true };
}
function parseServerConfig(argv, env, warn = () => {
}) {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      strict: true,
      allowPositionals: true,
      tokens: true,
      options: {
        http: { type: "boolean" },
        port: { type: "string" },
        host: { type: "string" },
        "allowed-hosts": { type: "string" },
        "no-auth": { type: "boolean" },
        local: { type: "boolean" },
        "read-only": { type: "boolean" },
        tools: { type: "string" },
        help: { type: "boolean", short: "h" },
        version: { type: "boolean" }
      }
    });
  } catch (error) {
    throw new UsageError(error.message);
  }
  const { values } = parsed;
  const local = localOption(parsed.tokens);
  const http = values.http ?? false;
  for (const flag of ["port", "host", "allowed-hosts", "no-auth"]) {
    if (values[flag] !== void 0 && !http) throw new UsageError(`--${flag} only applies with --http.`);
  }
  const readOnly = values["read-only"] === true || envBoolean(env, "ANYSCALE_MCP_READ_ONLY", false);
  const host = values.host ?? DEFAULT_HTTP_HOST;
  return {
    command: values.help ? "help" : values.version ? "version" : "serve",
    transport: http ? "http" : "stdio",
    http: {
      host,
      port: values.port === void 0 ? DEFAULT_HTTP_PORT : parsePort(values.port),
      allowedHosts: listOf(values["allowed-hosts"]),
      ...httpAuth(host, env.MCP_AUTH_TOKEN || void 0, values["no-auth"] === true, http)
    },
    local,
    tools: selectTools(values.tools, readOnly, warn),
    elicitation: envBoolean(env, "ANYSCALE_MCP_ELICITATION", true),
    debug: envBoolean(env, "ANYSCALE_MCP_DEBUG", false)
  };
}

export {
  USAGE,
  UsageError,
  parseServerConfig
};
