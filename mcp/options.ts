import { randomBytes } from 'node:crypto';
import { parseArgs } from 'node:util';
import { isLoopbackHostname } from '../src/core/config.ts';
import { BOOLEAN_SPELLINGS, parseBooleanSetting } from '../src/core/boolean-setting.ts';
import { READ_ONLY_TOOLS, TOOL_NAMES, isToolName, type ToolName } from './tool-names.ts';

export const DEFAULT_HTTP_HOST = '127.0.0.1';
export const DEFAULT_HTTP_PORT = 8808;

export const USAGE = `Usage: anyscale-users-mcp [options]

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

/** A mistake in how the server was started: reported with the usage hint and exit code 2. */
/** A yes/no environment variable; an unknown value refuses to start rather than guess. */
function envBoolean(env: NodeJS.ProcessEnv, name: string, fallback: boolean): boolean {
  const value = env[name];
  if (value === undefined || value.trim() === '') return fallback;
  const parsed = parseBooleanSetting(value);
  if (parsed === undefined) throw new UsageError(`${name} must be ${BOOLEAN_SPELLINGS}; got '${value}'.`);
  return parsed;
}

export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

export interface HttpConfig {
  host: string;
  port: number;
  allowedHosts: string[];
  /** The secret HTTP clients must present; unrelated to the Anyscale token. Undefined only with --no-auth. */
  authToken: string | undefined;
  /** True when no MCP_AUTH_TOKEN was set and the server made authToken itself, to be shown on stderr. */
  authGenerated?: boolean;
}

export interface ServerConfig {
  command: 'serve' | 'help' | 'version';
  transport: 'stdio' | 'http';
  http: HttpConfig;
  /** Undefined: use the real Anyscale API. Otherwise the embedded local org, kept in `dataDir` if set. */
  local: { dataDir: string | undefined } | undefined;
  tools: ToolName[];
  /** False when ANYSCALE_MCP_ELICITATION=off: confirmation then always goes by confirm_plan_id. */
  elicitation: boolean;
  debug: boolean;
}

function listOf(value: string | undefined): string[] {
  return (value ?? '')
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean);
}

function parsePort(value: string): number {
  const port = Number(value);
  if (!/^\d+$/.test(value) || port > 65_535) throw new UsageError(`--port must be a whole number from 0 to 65535, got '${value}'.`);
  return port;
}

function selectTools(allowList: string | undefined, readOnly: boolean, warn: (message: string) => void): ToolName[] {
  const requested = allowList === undefined ? [...TOOL_NAMES] : listOf(allowList);
  for (const name of requested) {
    if (!isToolName(name)) throw new UsageError(`--tools: unknown tool '${name}'; the tools are ${TOOL_NAMES.join(', ')}.`);
  }
  let tools = TOOL_NAMES.filter((name) => requested.includes(name));
  if (readOnly) {
    const skipped = tools.filter((name) => !READ_ONLY_TOOLS.includes(name));
    // Read-only wins over an explicit allow-list: a write tool is never offered in read-only mode.
    if (allowList !== undefined && skipped.length > 0) warn(`read-only mode: not offering ${skipped.join(', ')}`);
    tools = tools.filter((name) => READ_ONLY_TOOLS.includes(name));
  }
  if (tools.length === 0) throw new UsageError('no tool left to offer; check --tools and --read-only.');
  return tools;
}

/**
 * `--local` takes an optional directory, which parseArgs cannot express: the token right after
 * `--local` is its directory when it is a positional argument.
 */
type ArgToken =
  | { kind: 'option'; name: string; index: number }
  | { kind: 'positional'; value: string; index: number }
  | { kind: 'option-terminator'; index: number };

function localOption(tokens: readonly ArgToken[]): { dataDir: string | undefined } | undefined {
  let local: { dataDir: string | undefined } | undefined;
  let dirIndex = -1;
  for (const token of tokens) {
    if (token.kind === 'option' && token.name === 'local') {
      local = { dataDir: undefined };
      dirIndex = token.index + 1;
    } else if (token.kind === 'positional') {
      if (token.index === dirIndex && local) local.dataDir = token.value;
      else throw new UsageError(`unexpected argument '${token.value}'.`);
    }
  }
  return local;
}

/** Bytes of a generated token: 256 bits, as base64url (43 characters). */
const GENERATED_TOKEN_BYTES = 32;

/**
 * HTTP is never open by default: any local process (or a web page, past the Host checks) could
 * otherwise create users. With no MCP_AUTH_TOKEN the server makes a random token for this run,
 * as Jupyter does; serving without one takes --no-auth, and only on loopback.
 */
function httpAuth(
  host: string,
  token: string | undefined,
  noAuth: boolean,
  http: boolean,
): Pick<HttpConfig, 'authToken' | 'authGenerated'> {
  if (noAuth) {
    if (token !== undefined) throw new UsageError('--no-auth and MCP_AUTH_TOKEN contradict each other; drop one.');
    if (!isLoopbackHostname(host)) {
      throw new UsageError(
        `--no-auth is refused on ${host}: only a loopback address may serve without a token. Set MCP_AUTH_TOKEN instead.`,
      );
    }
    return { authToken: undefined, authGenerated: false };
  }
  if (token !== undefined || !http || !isLoopbackHostname(host)) return { authToken: token, authGenerated: false };
  return { authToken: randomBytes(GENERATED_TOKEN_BYTES).toString('base64url'), authGenerated: true };
}

/** Reads the command line and environment; throws UsageError for anything it cannot honour. */
export function parseServerConfig(
  argv: readonly string[],
  env: Record<string, string | undefined>,
  warn: (message: string) => void = () => {},
): ServerConfig {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      strict: true,
      allowPositionals: true,
      tokens: true,
      options: {
        http: { type: 'boolean' },
        port: { type: 'string' },
        host: { type: 'string' },
        'allowed-hosts': { type: 'string' },
        'no-auth': { type: 'boolean' },
        local: { type: 'boolean' },
        'read-only': { type: 'boolean' },
        tools: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean' },
      },
    });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const { values } = parsed;
  const local = localOption(parsed.tokens as ArgToken[]);
  const http = values.http ?? false;
  for (const flag of ['port', 'host', 'allowed-hosts', 'no-auth'] as const) {
    if (values[flag] !== undefined && !http) throw new UsageError(`--${flag} only applies with --http.`);
  }
  const readOnly = values['read-only'] === true || envBoolean(env, 'ANYSCALE_MCP_READ_ONLY', false);
  const host = values.host ?? DEFAULT_HTTP_HOST;
  return {
    command: values.help ? 'help' : values.version ? 'version' : 'serve',
    transport: http ? 'http' : 'stdio',
    http: {
      host,
      port: values.port === undefined ? DEFAULT_HTTP_PORT : parsePort(values.port),
      allowedHosts: listOf(values['allowed-hosts']),
      ...httpAuth(host, env.MCP_AUTH_TOKEN || undefined, values['no-auth'] === true, http),
    },
    local,
    tools: selectTools(values.tools, readOnly, warn),
    elicitation: envBoolean(env, 'ANYSCALE_MCP_ELICITATION', true),
    debug: envBoolean(env, 'ANYSCALE_MCP_DEBUG', false),
  };
}
