import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
import {
  paint,
  processTerminal
} from "./chunk-AULIFACN.js";
import {
  UsageError,
  describeIssue,
  isAnyscaleError,
  parseCommandLine,
  plural,
  printable
} from "./chunk-KKDLDU35.js";
import {
  VERSION
} from "./chunk-PBLT54OD.js";
import "./chunk-XUY2FQ57.js";

// src/cli/failure.ts
var EXIT_FAILURE = 1;
var EXIT_USAGE = 2;
var EXIT_INTERRUPTED = 130;
var BIN = "anyscale-users";
function isValidationError(error) {
  return isAnyscaleError(error) && error.code === "VALIDATION" && Array.isArray(error.issues);
}
function oneLine(text) {
  return printable(text.replace(/\s*\n\s*/g, " ").trim());
}
function summaryOf(error) {
  if (error instanceof UsageError) {
    const hint = ` Run '${BIN}${error.command ? ` ${error.command}` : ""} --help' for usage.`;
    return { code: error.code, message: error.message + hint, details: [] };
  }
  if (isValidationError(error)) {
    const file = error.issues.find((issue) => issue.file !== void 0)?.file;
    if (file !== void 0 || error.issues.length > 1) {
      const where = file === void 0 ? "" : ` in ${file}`;
      return {
        code: error.code,
        message: `${plural(error.issues.length, "problem")}${where}; nothing was sent.`,
        details: error.issues.map((issue) => oneLine(describeIssue(issue)))
      };
    }
  }
  if (isAnyscaleError(error)) return { code: error.code, message: error.message, details: [] };
  return { code: "INTERNAL", message: `${error?.message ?? String(error)} (a bug; run again with --debug and report it)`, details: [] };
}
function reportFailure(terminal, error, options) {
  const { code, message, details } = summaryOf(error);
  for (const line of details) terminal.err.write(`${line}
`);
  terminal.err.write(`${paint(terminal.errColor, ["bold", "red"], `Error [${code}]:`)} ${oneLine(message)}
`);
  if (options.debug && error instanceof Error && error.stack) terminal.err.write(`${printable(error.stack)}
`);
  if (error instanceof UsageError) return EXIT_USAGE;
  if (isAnyscaleError(error) && error.code === "ABORTED") return EXIT_INTERRUPTED;
  return EXIT_FAILURE;
}

// src/cli/logger.ts
function cliLogger(terminal, options) {
  const logger = {
    beforeLine: void 0,
    debug: (message) => options.debug && write("debug", message),
    info: (message) => (options.debug || !options.quiet) && write("info", message),
    warn: (message) => write("warning", message),
    error: (message) => write("error", message)
  };
  function write(level, message) {
    logger.beforeLine?.();
    const label = level === "warning" ? paint(terminal.errColor, "yellow", "warning:") : level === "debug" ? paint(terminal.errColor, "dim", "debug:") : `${level}:`;
    terminal.err.write(`${label} ${message}
`);
  }
  return logger;
}

// src/cli/redacted-terminal.ts
function redactedTerminal(terminal, redactor) {
  return { ...terminal, out: redactedStream(terminal.out, redactor), err: redactedStream(terminal.err, redactor) };
}
function redactedStream(stream, redactor) {
  return new Proxy(stream, {
    get(target, property) {
      if (property === "write") {
        return (chunk, ...rest) => target.write(typeof chunk === "string" ? redactor()?.redact(chunk) ?? chunk : chunk, ...rest);
      }
      const value = Reflect.get(target, property, target);
      return typeof value === "function" ? value.bind(target) : value;
    }
  });
}

// src/cli/usage.ts
var GLOBAL_FLAGS = `Connection (every command but 'local serve'):
  --host URL           Anyscale host (default: ANYSCALE_HOST, else https://console.anyscale.com)
  --token-file PATH    Read the API token from this file (default: ANYSCALE_CLI_TOKEN, else
                       ~/.anyscale/credentials.json). The token itself is never a flag, since
                       other users on the machine can read a command line.
  --local [DIR]        Use an embedded local Anyscale org instead (in memory, or kept in DIR);
                       nothing reaches Anyscale

Other:
  --debug              Log each request, and show stack traces on errors
  -h, --help           Show help (also: anyscale-users help COMMAND)
  --version            Show the version`;
var MAIN = `Usage: anyscale-users <command> [flags]

Manage the users of an Anyscale organization: a drop-in for \`anyscale user list|get|batch-create\`.

Commands:
  list                 List users, streaming a table (or --json) page by page
  get                  Show one user by exact --email or --name
  batch-create         Create users from a YAML, JSON or CSV file, in chunks
  export               Write the org's user accounts as a users file
  plan                 Compare a users file with the org: to create, present, strays
  local serve          Run a local Anyscale-compatible org in the foreground, for trying things out
  mcp                  Run the MCP server on stdio (the same as anyscale-users-mcp; its flags follow)

${GLOBAL_FLAGS}

Examples:
  anyscale-users list --user-account --max-items 20
  anyscale-users list --json | jq -r '.[].email'
  anyscale-users get --email ada@example.com
  anyscale-users batch-create -f users.yaml --dry-run
  anyscale-users --local list
  anyscale-users local serve --data ./org

Data goes to stdout; progress, notes and errors go to stderr. Exit status: 0 success, 1 failure,
2 usage error, 130 interrupted.
`;
var FILTERS = `  --email EMAIL                 Exact email (any case)
  --name NAME                   Exact display name
  --collaborator-type TYPE      all_accounts, only_service_accounts or only_user_accounts
                                (any case)
  --service-account             Only service accounts
  --user-account                Only user accounts`;
var LIST = `Usage: anyscale-users list [flags]

Lists the users of the organization as a table with the columns EMAIL, NAME, ID, ROLE and
CREATED AT, printing each page as it arrives. The Anyscale CLI's interactive pager is not offered:
output is never paged, so pipe it to \`less\` to page it.

Flags:
${FILTERS}
  --max-items N                 Stop after N users (default: all users)
  --page-size N                 Users per request, 1 to 50 (default 50)
  --json                        Print a JSON array of users instead (printed once complete, so
                                stdout holds the whole list or nothing)
  --no-interactive, --no-json   Accepted for scripts written for the Anyscale CLI; no effect

${GLOBAL_FLAGS}

Examples:
  anyscale-users list
  anyscale-users list --collaborator-type only_user_accounts --max-items 100
  anyscale-users list --json | jq -r '.[] | select(.permission_level == "owner") | .email'
`;
var GET = `Usage: anyscale-users get (--email EMAIL | --name NAME) [flags]

Shows one user, found by exact email (any case) or exact name. Exits 1 with
\`Error [NOT_FOUND]\` when there is none.

Flags:
${FILTERS}
  --json                        Print the user as a JSON object instead
  --no-json                     Accepted for scripts written for the Anyscale CLI; no effect

${GLOBAL_FLAGS}

Examples:
  anyscale-users get --email ada@example.com
  anyscale-users get --name "Ada" --json
`;
var BATCH_CREATE = `Usage: anyscale-users batch-create -f FILE [flags]

Creates users from a file: the Anyscale CLI's users.yaml (\`create_users:\` list) as it is, a bare
YAML or JSON list, or a .csv file with a header row (Name,Email,Is SSO User,Lastname,Title,Password).
Every user is checked before anything is sent; problems are printed as \`FILE:LINE: message\`.
Users are created in chunks; users that already exist are skipped, so a batch can be run again.

Flags:
  -f, --users-file FILE         The users to create (.yaml, .yml, .json or .csv)
  --dry-run                     Check the file and show what would be created; create nothing
  --skip-existing               Skip users that already exist (the default)
  --no-skip-existing            Fail instead when a user already exists
  --chunk-size N                Users per create request, 1 to 1000 (default 100)
  --concurrency N               Create requests in flight, 1 to 32 (default 8)
  --expect-plan sha256:\u2026        Send nothing unless the plan still has this fingerprint
  --record FILE                 Append one JSON line per user to FILE (no passwords, no token)
  --json                        Print the per-user results as JSON instead of a summary
  --no-json                     Accepted for scripts written for the Anyscale CLI; no effect

A progress bar shows on stderr when it is a terminal and the batch takes more than a moment;
otherwise one line per chunk is logged (none with --json). Ctrl-C stops after the chunk in flight.

${GLOBAL_FLAGS}

Examples:
  anyscale-users batch-create -f users.yaml --dry-run
  anyscale-users batch-create -f new-hires.csv --chunk-size 200
  anyscale-users batch-create -f users.json --json > results.json
`;
var PLAN = `Usage: anyscale-users plan -f FILE [flags]

Compares a users file with the organization: who would be created, who is there already, and
the strays (user accounts in the org and not in the file). Emails match without regard to case.
The fingerprint names the change set; pass it to batch-create --expect-plan.

Flags:
  -f, --users-file FILE         The users file (.yaml, .yml, .json or .csv)
  --json                        Print the plan as one JSON object
  --detailed-exitcode           Exit 0 when the org matches the file, 2 when it differs, 1 on error
  --include-service-accounts    Count service accounts not in the file as strays too

${GLOBAL_FLAGS}

Examples:
  anyscale-users plan -f users.yaml
  anyscale-users plan -f users.yaml --json --detailed-exitcode
`;
var EXPORT = `Usage: anyscale-users export [-o FILE] [--format yaml|json|csv] [flags]

Writes the organization's user accounts as a users file that plan reads back with no changes.
The list API does not return is_sso_user, lastname or title: is_sso_user is written as false,
lastname and title are left out (a YAML export says so in a header comment).

Flags:
  -o, --output FILE             Write to FILE instead of stdout; an existing FILE needs --force
  --format yaml|json|csv        The format (default: from FILE's extension, else yaml)
  --include-service-accounts    Export service accounts too
  --force                       Overwrite FILE if it exists

${GLOBAL_FLAGS}

Examples:
  anyscale-users export -o users.yaml
`;
var LOCAL_SERVE = `Usage: anyscale-users local serve [--data DIR] [--port N] [--chaos SPEC]

Runs an Anyscale-compatible user API on 127.0.0.1, seeded with an owner, three collaborators and
a service account, and prints its host and owner token. It runs until Ctrl-C.

Flags:
  --data DIR                    Keep the org in DIR (created if missing); default: in memory
  --port N                      Port to listen on (default 8400; 0 picks a free one)
  --chaos SPEC                  Fail a share of requests on purpose, e.g.
                                rate=0.2,seed=7,kinds=429+503+drop+slow+truncate
  --json                        Print {url, ownerToken, collaboratorToken, created} as one JSON line
  --debug                       Log each request
  -h, --help                    Show this help

Examples:
  anyscale-users local serve --data ./org
  anyscale-users list --host http://127.0.0.1:8400 --token-file ./org/owner-token
`;
var HELP = {
  list: LIST,
  get: GET,
  "batch-create": BATCH_CREATE,
  plan: PLAN,
  export: EXPORT,
  "local serve": LOCAL_SERVE
};
function helpText(command) {
  return command === void 0 ? MAIN : HELP[command];
}

// src/cli/main.ts
async function loadCommand(command) {
  switch (command) {
    case "list":
      return (await import("./list-YNY6KD6G.js")).runList;
    case "get":
      return (await import("./get-36LZZA6N.js")).runGet;
    case "batch-create":
      return (await import("./batch-create-GKKVXLQB.js")).runBatchCreate;
    case "plan":
      return (await import("./plan-2TMVRSGQ.js")).runPlan;
    case "export":
      return (await import("./export-3TPARJ5O.js")).runExport;
    case "local serve":
      return (await import("./local-serve-FMC45P4V.js")).runLocalServe;
  }
}
function onInterrupt(terminal, command) {
  const controller = new AbortController();
  const interrupt = () => {
    if (controller.signal.aborted) process.exit(EXIT_INTERRUPTED);
    if (command === "batch-create") terminal.err.write("\nStopping after the chunk in flight; press Ctrl-C again to quit at once.\n");
    controller.abort();
  };
  process.on("SIGINT", interrupt);
  process.on("SIGTERM", interrupt);
  return controller;
}
async function main(argv, rawTerminal = processTerminal()) {
  let debug = argv.includes("--debug");
  let context;
  const terminal = redactedTerminal(rawTerminal, () => context?.redactor);
  try {
    const invocation = parseCommandLine(argv);
    if (invocation.kind === "version") {
      terminal.out.write(`${VERSION}
`);
      return 0;
    }
    if (invocation.kind === "help") {
      terminal.out.write(helpText(invocation.command));
      return 0;
    }
    const { command, global, values } = invocation;
    debug = global.debug;
    context = {
      command,
      global,
      values,
      terminal,
      logger: cliLogger(terminal, { debug, quiet: values.json === true }),
      redactor: void 0,
      signal: onInterrupt(terminal, command).signal
    };
    const run = await loadCommand(command);
    return await run(context);
  } catch (error) {
    const status = reportFailure(terminal, error, { debug });
    return status === 2 && argv.includes("--detailed-exitcode") ? 1 : status;
  }
}
export {
  main
};
