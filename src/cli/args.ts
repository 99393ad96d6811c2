import { parseArgs, type ParseArgsOptionsConfig } from 'node:util';
import type { TimeoutPolicy } from '../core/timeouts.ts';
import { UsageError } from './usage-error.ts';

/*
 * The command line, read with node:util's parseArgs (built into Node, so it costs nothing to
 * load). This file knows flags and their types only; what a value means is up to each command.
 */

export const COMMANDS = ['list', 'get', 'batch-create', 'plan', 'export', 'whoami', 'local serve', 'completion'] as const;
export type CommandName = (typeof COMMANDS)[number];

export type OptionValues = Record<string, string | boolean | undefined>;

export interface GlobalOptions {
  host: string | undefined;
  tokenFile: string | undefined;
  /** Set by --local: use an embedded local org, in memory or kept in `dataDir`. */
  local: { dataDir: string | undefined } | undefined;
  debug: boolean;
  /** From the timeout flags; what they leave out, core takes from the environment or its defaults. */
  timeouts: Partial<TimeoutPolicy>;
}

export type Invocation =
  | { kind: 'help'; command: CommandName | undefined }
  | { kind: 'version' }
  | { kind: 'run'; command: CommandName; global: GlobalOptions; values: OptionValues; operands: string[] };

// --local is not here: it takes an optional value, so extractLocal reads it before parseArgs runs.
const CONNECTION_OPTIONS = {
  host: { type: 'string' },
  'token-file': { type: 'string' },
  'read-timeout-ms': { type: 'string' },
  'create-timeout-ms': { type: 'string' },
  'create-timeout-per-user-ms': { type: 'string' },
} satisfies ParseArgsOptionsConfig;

const TIMEOUT_FLAGS: ReadonlyArray<[flag: string, key: keyof TimeoutPolicy, min: number]> = [
  ['read-timeout-ms', 'readMs', 1],
  ['create-timeout-ms', 'createBaseMs', 1],
  ['create-timeout-per-user-ms', 'createPerUserMs', 0],
];

function timeoutOptions(values: OptionValues, command: CommandName): Partial<TimeoutPolicy> {
  const timeouts: Partial<TimeoutPolicy> = {};
  for (const [flag, key, min] of TIMEOUT_FLAGS) {
    const value = integerOption(values, flag, command, { min, max: 2 ** 31 - 1 });
    if (value !== undefined) timeouts[key] = value;
  }
  return timeouts;
}

const ALWAYS_OPTIONS = {
  debug: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean' },
} satisfies ParseArgsOptionsConfig;

const FILTER_OPTIONS = {
  email: { type: 'string' },
  name: { type: 'string' },
  'collaborator-type': { type: 'string' },
  'service-account': { type: 'boolean' },
  'user-account': { type: 'boolean' },
} satisfies ParseArgsOptionsConfig;

// `--no-json` and friends exist because the Anyscale CLI has them, and scripts written for it pass them.
const JSON_OPTIONS = {
  json: { type: 'boolean' },
  'no-json': { type: 'boolean' },
} satisfies ParseArgsOptionsConfig;

const COMMAND_OPTIONS: Record<CommandName, ParseArgsOptionsConfig> = {
  list: {
    ...FILTER_OPTIONS,
    'max-items': { type: 'string' },
    'page-size': { type: 'string' },
    interactive: { type: 'boolean' },
    'no-interactive': { type: 'boolean' },
    format: { type: 'string' },
    jsonl: { type: 'boolean' },
    ...JSON_OPTIONS,
  },
  get: { ...FILTER_OPTIONS, ...JSON_OPTIONS },
  'batch-create': {
    'users-file': { type: 'string', short: 'f' },
    'dry-run': { type: 'boolean' },
    'skip-existing': { type: 'boolean' },
    'no-skip-existing': { type: 'boolean' },
    'chunk-size': { type: 'string' },
    concurrency: { type: 'string' },
    'expect-plan': { type: 'string' },
    record: { type: 'string' },
    ...JSON_OPTIONS,
  },
  plan: {
    'users-file': { type: 'string', short: 'f' },
    'detailed-exitcode': { type: 'boolean' },
    'include-service-accounts': { type: 'boolean' },
    ...JSON_OPTIONS,
  },
  export: {
    output: { type: 'string', short: 'o' },
    format: { type: 'string' },
    'include-service-accounts': { type: 'boolean' },
    force: { type: 'boolean' },
  },
  whoami: { ...JSON_OPTIONS },
  'local serve': {
    data: { type: 'string' },
    port: { type: 'string' },
    chaos: { type: 'string' },
    'latency-ms': { type: 'string' },
    json: { type: 'boolean' },
  },
  completion: {},
};

const ALL_OPTIONS: ParseArgsOptionsConfig = Object.assign({}, CONNECTION_OPTIONS, ALWAYS_OPTIONS, ...Object.values(COMMAND_OPTIONS));

/** The words that start a command; after --local, one of these is the command, not a directory. */
const COMMAND_WORDS = new Set(['list', 'get', 'batch-create', 'plan', 'export', 'whoami', 'local', 'completion', 'help']);

/**
 * `--local` takes an optional directory, which parseArgs cannot express, so it is taken out
 * first: `--local=DIR`, or `--local DIR` when DIR is not a flag or a command word.
 */
function extractLocal(argv: readonly string[]): { args: string[]; local: GlobalOptions['local'] } {
  const args: string[] = [];
  let local: GlobalOptions['local'];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--') {
      args.push(...argv.slice(i));
      break;
    }
    if (arg.startsWith('--local=')) {
      local = { dataDir: arg.slice('--local='.length) || undefined };
    } else if (arg === '--local') {
      const next = argv[i + 1];
      const isDir = next !== undefined && !next.startsWith('-') && !COMMAND_WORDS.has(next);
      local = { dataDir: isDir ? next : undefined };
      if (isDir) i++;
    } else {
      args.push(arg);
    }
  }
  return { args, local };
}

/** parseArgs explains how to pass a positional that starts with '-'; that is noise here. */
function cleanParseError(error: unknown): string {
  const message = (error as Error).message.replace(/\. To specify a positional argument[\s\S]*$/, '');
  return message.charAt(0).toLowerCase() + message.slice(1).replace(/\.?$/, '.');
}

/** Commands that take words after their name (`completion bash`), and how many at most. */
const OPERANDS: Partial<Record<CommandName, number>> = { completion: 1 };

function commandOf(positionals: string[]): { command: CommandName | undefined; help: boolean; operands: string[] } {
  const words = positionals[0] === 'help' ? positionals.slice(1) : positionals;
  const help = positionals[0] === 'help';
  if (words.length === 0) return { command: undefined, help, operands: [] };
  const [first, second, ...rest] = words;
  let command: CommandName;
  let extra: string[];
  if (first === 'local') {
    if (second !== 'serve') {
      throw new UsageError(
        second === undefined
          ? "'local' needs a subcommand: 'local serve'."
          : `unknown command 'local ${second}'; did you mean 'local serve'?`,
      );
    }
    command = 'local serve';
    extra = rest;
  } else if ((COMMANDS as readonly string[]).includes(first!)) {
    command = first as CommandName;
    extra = second === undefined ? [] : [second, ...rest];
  } else {
    throw new UsageError(`unknown command '${first}'; the commands are ${COMMANDS.map((c) => `'${c}'`).join(', ')}.`);
  }
  const operands = extra.slice(0, OPERANDS[command] ?? 0);
  if (extra.length > operands.length) throw new UsageError(`unexpected argument '${extra[operands.length]}'.`, command);
  return { command, help, operands };
}

/** Commands that talk to an org, and so take --host, --token-file and --local. */
export function connects(command: CommandName): boolean {
  return command !== 'local serve' && command !== 'completion';
}

function allowedOptions(command: CommandName): Set<string> {
  const connection = connects(command) ? Object.keys(CONNECTION_OPTIONS) : [];
  return new Set([...connection, ...Object.keys(ALWAYS_OPTIONS), ...Object.keys(COMMAND_OPTIONS[command])]);
}

/** A flag as a shell completes it: its names, and whether a value follows it. */
export interface FlagSpec {
  name: string;
  short?: string;
  takesValue: boolean;
}

/** Every flag a command accepts, as the parser reads them; --local's value is optional. */
export function commandFlags(command: CommandName): FlagSpec[] {
  const config: ParseArgsOptionsConfig = {
    ...(connects(command) ? CONNECTION_OPTIONS : {}),
    ...COMMAND_OPTIONS[command],
    ...ALWAYS_OPTIONS,
  };
  const flags = Object.entries(config).map(([name, option]) => ({
    name,
    ...(option.short ? { short: option.short } : {}),
    takesValue: option.type === 'string',
  }));
  return connects(command) ? [...flags, { name: 'local', takesValue: true }] : flags;
}

/** Reads argv (without node and the script). Throws UsageError for anything it cannot honour. */
export function parseCommandLine(argv: readonly string[]): Invocation {
  const { args, local } = extractLocal(argv);
  let parsed;
  try {
    parsed = parseArgs({ args, options: ALL_OPTIONS, strict: true, allowPositionals: true, tokens: true });
  } catch (error) {
    throw new UsageError(cleanParseError(error));
  }
  const { values, positionals, tokens } = parsed;
  const { command, help, operands } = commandOf(positionals);
  if (values.version) return { kind: 'version' };
  if (help || values.help || command === undefined) return { kind: 'help', command };

  const allowed = allowedOptions(command);
  for (const token of tokens) {
    if (token.kind === 'option' && !allowed.has(token.name)) {
      throw new UsageError(`--${token.name} is not an option of '${command}'.`, command);
    }
  }
  if (local && !connects(command)) throw new UsageError(`--local is not an option of '${command}'.`, command);
  if (local && (values.host !== undefined || values['token-file'] !== undefined)) {
    throw new UsageError('--local starts its own org; leave out --host and --token-file with it.', command);
  }
  return {
    kind: 'run',
    command,
    global: {
      host: values.host as string | undefined,
      tokenFile: values['token-file'] as string | undefined,
      local,
      debug: values.debug === true,
      timeouts: timeoutOptions(values as OptionValues, command),
    },
    values: values as OptionValues,
    operands,
  };
}

/** A string flag's value, or undefined when it was not given. */
export function stringOption(values: OptionValues, name: string): string | undefined {
  const value = values[name];
  return typeof value === 'string' ? value : undefined;
}

/** A whole number flag, checked against its range with the Anyscale CLI's wording. */
export function integerOption(
  values: OptionValues,
  name: string,
  command: CommandName,
  range: { min: number; max?: number },
): number | undefined {
  const raw = stringOption(values, name);
  if (raw === undefined) return undefined;
  if (!/^\d+$/.test(raw.trim())) throw new UsageError(`Invalid value for '--${name}': '${raw}' is not a valid integer.`, command);
  const value = Number(raw);
  if (value < range.min) throw new UsageError(`Invalid value for '--${name}': must be greater than or equal to ${range.min}.`, command);
  if (range.max !== undefined && value > range.max) {
    throw new UsageError(`Invalid value for '--${name}': must be less than or equal to ${range.max}.`, command);
  }
  return value;
}

/** `--x` / `--no-x`, or `fallback` when neither is given. */
export function switchOption(values: OptionValues, name: string, command: CommandName, fallback: boolean): boolean {
  const on = values[name] === true;
  const off = values[`no-${name}`] === true;
  if (on && off) throw new UsageError(`give --${name} or --no-${name}, not both.`, command);
  return on ? true : off ? false : fallback;
}
