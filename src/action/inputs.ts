import { homedir } from 'node:os';
import { join } from 'node:path';
import { checkHost, isPlausibleToken } from '../core/config.ts';
import { MAX_CHUNK_SIZE, MAX_CONCURRENCY } from '../core/operations/batch-create.ts';
import { isPlanFingerprint } from '../core/operations/guarded-apply.ts';
import { checkCollaboratorType, COLLABORATOR_TYPES, MAX_PAGE_SIZE, type CollaboratorType } from '../core/operations/list-users.ts';
import { InputProblems, parseBoolean, readBoolean, readInteger, readText } from './input-values.ts';

export const COMMANDS = ['list', 'get', 'batch-create', 'plan', 'export'] as const;
export type Command = (typeof COMMANDS)[number];

/** Where the users of a batch come from: the `users` input itself, or a file in the workspace. */
export type UsersSource = { kind: 'inline'; text: string } | { kind: 'file'; path: string };

/** The Anyscale org to talk to: a real one (host and token, or their environment fallbacks), or the embedded local org. */
export type Connection =
  | { kind: 'remote'; host: string | undefined; token: string | undefined }
  | { kind: 'local'; dataDir: string | undefined };

export interface ActionInputs {
  command: Command;
  connection: Connection;
  email: string | undefined;
  name: string | undefined;
  collaboratorType: CollaboratorType | undefined;
  isServiceAccount: boolean | undefined;
  maxItems: number | undefined;
  pageSize: number | undefined;
  /** Set for batch-create and plan only. */
  users: UsersSource | undefined;
  dryRun: boolean;
  skipExisting: boolean;
  chunkSize: number | undefined;
  concurrency: number | undefined;
  /** batch-create: the fingerprint of the reviewed plan. */
  expectPlan: string | undefined;
  /** batch-create: the change record to append to, relative to the workspace. */
  recordFile: string | undefined;
  /** plan and export: service accounts too. */
  includeServiceAccounts: boolean;
  /** Set for export only: where to write, relative to the workspace. */
  exportFile: string | undefined;
  overwrite: boolean;
  /** plan: post the plan as a sticky pull-request comment with this token. */
  comment: { token: string | undefined } | undefined;
}

/** The raw token inputs, read before anything else so that they can be masked first. */
export function tokenInputs(env: NodeJS.ProcessEnv = process.env): string[] {
  return [readText('anyscale-token'), env.ANYSCALE_CLI_TOKEN, readText('github-token')].filter(
    (t): t is string => t !== undefined && t !== '',
  );
}

/** The command, or undefined (with a problem recorded) when it is missing or unknown. */
export function readCommand(problems: InputProblems): Command | undefined {
  const value = readText('command');
  const known = COMMANDS.join(', ');
  if (value === undefined) {
    problems.add('command', `Input "command" is required: set it to one of ${known}.`);
    return undefined;
  }
  const command = COMMANDS.find((c) => c === value.toLowerCase());
  if (command === undefined) problems.add('command', `Input "command" must be one of ${known}; got "${value}".`);
  return command;
}

/**
 * Reads and checks every input, and throws one validation error naming every input that is
 * wrong, so that a workflow author fixes them all in one go.
 */
export function readInputs(env: NodeJS.ProcessEnv = process.env): ActionInputs {
  const problems = new InputProblems();
  const command = readCommand(problems);
  const connection = readConnection(problems, env);
  const email = readText('email');
  const name = readText('name');
  const inputs = {
    command,
    connection,
    email,
    name,
    collaboratorType: readCollaboratorType(problems),
    isServiceAccount: readBoolean('is-service-account', undefined, problems),
    maxItems: readInteger('max-items', { min: 1 }, problems),
    pageSize: readInteger('page-size', { min: 1, max: MAX_PAGE_SIZE }, problems),
    users: command === 'batch-create' || command === 'plan' ? readUsersSource(command, problems) : undefined,
    dryRun: readBoolean('dry-run', false, problems),
    skipExisting: readBoolean('skip-existing', true, problems),
    chunkSize: readInteger('chunk-size', { min: 1, max: MAX_CHUNK_SIZE }, problems),
    concurrency: readInteger('concurrency', { min: 1, max: MAX_CONCURRENCY }, problems),
    expectPlan: readExpectPlan(problems),
    recordFile: readText('record-file'),
    includeServiceAccounts: readBoolean('include-service-accounts', false, problems),
    exportFile: command === 'export' ? readExportFile(problems) : undefined,
    overwrite: readBoolean('overwrite', false, problems),
    comment: readComment(problems),
  };
  if (inputs.comment !== undefined && command !== undefined && command !== 'plan') {
    problems.add('comment-on-pr', `Input "comment-on-pr" posts a plan; it works with command "plan", not "${command}".`);
  }
  if (command === 'get' && email === undefined && name === undefined) {
    problems.add('email', 'Command "get" needs input "email" or input "name" to say which user to get.');
  }
  problems.throwIfAny();
  // No problem recorded means the command (and, for batch-create, the users) are set.
  return { ...inputs, command: command! };
}

function readConnection(problems: InputProblems, env: NodeJS.ProcessEnv): Connection {
  const local = readLocal(problems);
  const host = readText('anyscale-host');
  const token = readText('anyscale-token');
  if (local !== undefined) {
    if (host !== undefined || token !== undefined) {
      problems.add('local', 'Input "local" starts an embedded org; leave "anyscale-host" and "anyscale-token" empty when it is set.');
    }
    return { kind: 'local', dataDir: local.dataDir };
  }
  if (host !== undefined) {
    try {
      checkHost(host);
    } catch (error) {
      problems.add('anyscale-host', `Input "anyscale-host": ${(error as Error).message}`);
    }
  }
  if (token !== undefined && !isPlausibleToken(token)) {
    problems.add(
      'anyscale-token',
      'Input "anyscale-token" is not an Anyscale API token (those start with "aph0_" or "sss_"); pass the token itself, e.g. ${{ secrets.ANYSCALE_CLI_TOKEN }}.',
    );
  }
  if (token === undefined && !env.ANYSCALE_CLI_TOKEN) {
    problems.add(
      'anyscale-token',
      'Input "anyscale-token" is required: pass an Anyscale API token from a secret (or set ANYSCALE_CLI_TOKEN in env), or set "local: true" to use the embedded test org.',
    );
  }
  return { kind: 'remote', host, token };
}

/**
 * The embedded org asked for: in memory ("true"), or kept in a directory; undefined for none.
 * Only a value that is clearly a path is a directory, so that a mistyped boolean ("ture") is an
 * error rather than a new ./ture/ directory.
 */
function readLocal(problems: InputProblems): { dataDir: string | undefined } | undefined {
  const value = readText('local') ?? 'false';
  const flag = parseBoolean(value);
  if (flag !== undefined) return flag ? { dataDir: undefined } : undefined;
  if (/[\\/]/.test(value) || /^[.~]/.test(value)) return { dataDir: expandHome(value) };
  problems.add(
    'local',
    `Input "local" must be true, false, or a directory path (with a "/" or "\\", or starting with "." or "~"); got "${value}".`,
  );
  // Whoever wrote it meant an embedded org: asking for a token as well would mislead.
  return { dataDir: undefined };
}

/** YAML does not expand "~" as a shell does, and a directory named "~" is never what was meant. */
function expandHome(path: string): string {
  return /^~(?=$|[\\/])/.test(path) ? join(homedir(), path.slice(1)) : path;
}

function readCollaboratorType(problems: InputProblems): CollaboratorType | undefined {
  const value = readText('collaborator-type');
  try {
    return checkCollaboratorType(value);
  } catch {
    problems.add('collaborator-type', `Input "collaborator-type" must be one of ${COLLABORATOR_TYPES.join(', ')}; got "${value}".`);
    return undefined;
  }
}

function readExpectPlan(problems: InputProblems): string | undefined {
  const value = readText('expect-plan');
  if (value !== undefined && !isPlanFingerprint(value)) {
    problems.add(
      'expect-plan',
      `Input "expect-plan" must be "sha256:" and 64 hex digits, as the plan's fingerprint output gives it; got "${value}".`,
    );
  }
  return value;
}

function readExportFile(problems: InputProblems): string | undefined {
  const path = readText('users-file');
  if (path === undefined) {
    problems.add(
      'users-file',
      'Command "export" needs input "users-file": the path to write the users file to (.yaml, .json or .csv), relative to the repository root.',
    );
  }
  if (readText('users', { trim: false }) !== undefined) {
    problems.add('users', 'Command "export" writes the file at "users-file"; leave input "users" empty.');
  }
  return path;
}

/** Off unless asked for; asked for, it needs a token (github-token defaults to the job's token in action.yml). */
function readComment(problems: InputProblems): { token: string | undefined } | undefined {
  return readBoolean('comment-on-pr', false, problems) ? { token: readText('github-token') } : undefined;
}

function readUsersSource(command: 'batch-create' | 'plan', problems: InputProblems): UsersSource | undefined {
  // Untrimmed, so that line numbers in messages match the text as written.
  const text = readText('users', { trim: false });
  const path = readText('users-file');
  if (text !== undefined && path !== undefined) {
    problems.add('users', 'Give either input "users" or input "users-file", not both.');
    return undefined;
  }
  if (text !== undefined) return { kind: 'inline', text };
  if (path !== undefined) return { kind: 'file', path };
  const what = command === 'plan' ? 'the users the organization should have' : 'the users to create';
  problems.add(
    'users',
    `Command "${command}" needs ${what}: set input "users-file" to a users.yaml, .json or .csv file in the repository, or input "users" to a YAML or JSON list.`,
  );
  return undefined;
}
