import type { CommandName } from './args.ts';

/*
 * --help texts. Defaults named here (page size 50, chunk size 100, port 8400) are core's and
 * local serve's; a test checks them against the constants, so this file stays free of imports and
 * `--help` stays as fast as `--version`.
 */

const GLOBAL_FLAGS = `Connection (every command but 'local serve'):
  --host URL           Anyscale host (default: ANYSCALE_HOST, else https://console.anyscale.com)
  --token-file PATH    Read the API token from this file (default: ANYSCALE_CLI_TOKEN, else
                       ~/.anyscale/credentials.json). The token itself is never a flag, since
                       other users on the machine can read a command line.
  --local [DIR]        Use an embedded local Anyscale org instead (in memory, or kept in DIR);
                       nothing reaches Anyscale
  --read-timeout-ms N  Time allowed for each read request (default 30000, or
                       ANYSCALE_USERS_READ_TIMEOUT_MS)
  --create-timeout-ms N, --create-timeout-per-user-ms N
                       A create of n users may take N + n × per-user ms (default 60000 + n × 1000,
                       or ANYSCALE_USERS_CREATE_TIMEOUT_MS, ..._PER_USER_MS)
  Proxies come from HTTPS_PROXY, HTTP_PROXY and NO_PROXY; a proxy's CA from NODE_EXTRA_CA_CERTS.

Other:
  --debug              Log each request, and show stack traces on errors
  -h, --help           Show help (also: anyscale-users help COMMAND)
  --version            Show the version`;

const MAIN = `Usage: anyscale-users <command> [flags]

Manage the users of an Anyscale organization: a drop-in for \`anyscale user list|get|batch-create\`.

Commands:
  list                 List users, page by page, as a table, JSON, JSON lines, CSV or YAML
  get                  Show one user by exact --email or --name
  batch-create         Create users from a YAML, JSON or CSV file, in chunks
  export               Write the org's user accounts as a users file
  plan                 Compare a users file with the org: to create, present, strays
  whoami               Show who the token belongs to, its org, and whether it can create users
  local serve          Run a local Anyscale-compatible org in the foreground, for trying things out
  mcp                  Run the MCP server on stdio (the same as anyscale-users-mcp; its flags follow)
  completion SHELL     Print the shell completion script for bash, zsh or fish

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

const FILTERS = `  --email EMAIL                 Exact email (any case)
  --name NAME                   Exact display name
  --collaborator-type TYPE      all_accounts, only_service_accounts or only_user_accounts
                                (any case)
  --service-account             Only service accounts
  --user-account                Only user accounts`;

const LIST = `Usage: anyscale-users list [flags]

Lists the users of the organization as a table with the columns EMAIL, NAME, ID, ROLE and
CREATED AT, printing each page as it arrives. The Anyscale CLI's interactive pager is not offered:
output is never paged, so pipe it to \`less\` to page it.

Flags:
${FILTERS}
  --max-items N                 Stop after N users (default: all users)
  --page-size N                 Users per request, 1 to 50 (default 50)
  --format FORMAT               table (default), json (an array), jsonl (one user a line), csv,
                                or yaml (the create_users: file batch-create reads back); each
                                is printed page by page. A listing cut short by an error leaves
                                the JSON array open, so it never parses as the whole list
  --json, --jsonl               Short for --format json, --format jsonl
  --no-interactive, --no-json   Accepted for scripts written for the Anyscale CLI; no effect

${GLOBAL_FLAGS}

Examples:
  anyscale-users list
  anyscale-users list --collaborator-type only_user_accounts --max-items 100
  anyscale-users list --json | jq -r '.[] | select(.permission_level == "owner") | .email'
  anyscale-users list --jsonl | grep -c collaborator
  anyscale-users list --format csv > users.csv
`;

const GET = `Usage: anyscale-users get (--email EMAIL | --name NAME) [flags]

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

const BATCH_CREATE = `Usage: anyscale-users batch-create -f FILE [flags]

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
  --expect-plan sha256:…        Send nothing unless the plan still has this fingerprint
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

const PLAN = `Usage: anyscale-users plan -f FILE [flags]

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

const WHOAMI = `Usage: anyscale-users whoami [--json]

Shows who the token belongs to (GET /api/v2/userinfo/): email, name, id, organization, and its
level there. Only an owner can create users.

Flags:
  --json                        Print one JSON object instead

${GLOBAL_FLAGS}

Examples:
  anyscale-users whoami
  anyscale-users whoami --json | jq -e .can_create_users
`;

const EXPORT = `Usage: anyscale-users export [-o FILE] [--format yaml|json|csv] [flags]

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

const LOCAL_SERVE = `Usage: anyscale-users local serve [--data DIR] [--port N] [--chaos SPEC] [--latency-ms N]

Runs an Anyscale-compatible user API on 127.0.0.1, seeded with an owner, three collaborators and
a service account, and prints its host and owner token. It runs until Ctrl-C.

Flags:
  --data DIR                    Keep the org in DIR (created if missing); default: in memory
  --port N                      Port to listen on (default 8400; 0 picks a free one)
  --chaos SPEC                  Fail a share of requests on purpose, e.g.
                                rate=0.2,seed=7,kinds=429+503+drop+slow+truncate
  --latency-ms N                Hold every answer back N ms, 0 to 60000 (default 0), to try
                                things at a real org's distance (30 to 150 ms)
  --json                        Print {url, owner_token, collaborator_token, created} as one JSON line
  --debug                       Log each request
  -h, --help                    Show this help

Examples:
  anyscale-users local serve --data ./org
  anyscale-users list --host http://127.0.0.1:8400 --token-file ./org/owner-token
`;

const COMPLETION = `Usage: anyscale-users completion bash|zsh|fish

Prints a script that completes this CLI's commands, flags and flag values (files, directories,
the collaborator types, the export formats) in the shell named.

Flags:
  -h, --help                    Show this help

Examples:
  anyscale-users completion bash > ~/.local/share/bash-completion/completions/anyscale-users
  anyscale-users completion zsh > "\${fpath[1]}/_anyscale-users"
  anyscale-users completion fish > ~/.config/fish/completions/anyscale-users.fish
  source <(anyscale-users completion bash)
`;

const HELP: Record<CommandName, string> = {
  list: LIST,
  get: GET,
  'batch-create': BATCH_CREATE,
  plan: PLAN,
  export: EXPORT,
  whoami: WHOAMI,
  'local serve': LOCAL_SERVE,
  completion: COMPLETION,
};

export function helpText(command: CommandName | undefined): string {
  return command === undefined ? MAIN : HELP[command];
}
