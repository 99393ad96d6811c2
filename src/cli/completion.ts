import { COLLABORATOR_TYPES } from '../core/operations/list-users.ts';
import { COMMANDS, commandFlags, type CommandName } from './args.ts';
import type { CommandContext } from './context.ts';
import { USERS_FORMATS } from '../core/users-format.ts';
import { UsageError } from './usage-error.ts';
import { helpText } from './usage.ts';

/*
 * `anyscale-users completion bash|zsh|fish`. node:util's parseArgs has no completion support, so
 * the scripts are written from what it is given: the commands and flags of args.ts, the flag
 * descriptions of the --help texts, and the values core and the commands accept. A new flag is
 * completed without touching this file.
 */

export const SHELLS = ['bash', 'zsh', 'fish'] as const;
type Shell = (typeof SHELLS)[number];

const BIN = 'anyscale-users';
/** Words that may follow the bin besides the commands: `mcp` runs the MCP server, `help COMMAND`. */
const EXTRA_WORDS: Record<string, string> = {
  mcp: 'Run the MCP server on stdio (its flags are those of anyscale-users-mcp)',
  help: 'Show help for a command',
};

type Value =
  | { kind: 'switch' }
  | { kind: 'file' }
  | { kind: 'dir' }
  | { kind: 'text'; what: string }
  | { kind: 'choice'; choices: readonly string[] };

interface Flag {
  long: string;
  short?: string;
  value: Value;
  optional: boolean;
  description: string;
}

interface Command {
  name: CommandName;
  /** The shell-side name: `local serve` is `local-serve`. */
  key: string;
  description: string;
  flags: Flag[];
}

const FILE_FLAGS = new Set(['users-file', 'token-file', 'output', 'record']);
const DIR_FLAGS = new Set(['data', 'local']);

function choicesOf(command: CommandName, flag: string): readonly string[] | undefined {
  if (flag === 'collaborator-type') return COLLABORATOR_TYPES;
  if (command === 'export' && flag === 'format') return USERS_FORMATS;
  return undefined;
}

/**
 * `  -f, --users-file FILE    The users to create`: the flag lines of a --help text, each with the
 * deeper-indented lines that continue its description.
 */
function flagHelp(text: string): Map<string, { what: string; description: string }> {
  const help = new Map<string, { what: string; description: string }>();
  let last: { what: string; description: string } | undefined;
  for (const line of text.split('\n')) {
    const flag = /^ {2}(?:-\w, )?--([\w-]+)(?: (\S+))?\s{2,}(\S.*)$/.exec(line);
    const more = /^ {8,}(\S.*)$/.exec(line);
    if (flag) {
      last = help.has(flag[1]!) ? undefined : { what: flag[2] ?? 'VALUE', description: flag[3]! };
      if (last) help.set(flag[1]!, last);
    } else if (more && last) {
      last.description += ` ${more[1]}`;
    } else {
      last = undefined;
    }
  }
  return help;
}

/** `  list                 List users, …` under `Commands:` in the main help. */
function commandHelp(): Map<string, string> {
  const section = /^Commands:\n([\s\S]*?)\n\n/m.exec(helpText(undefined))?.[1] ?? '';
  const help = new Map<string, string>();
  for (const match of section.matchAll(/^ {2}([a-z][a-z -]*?)(?: [A-Z]+)?\s{2,}(\S.*)$/gm)) help.set(match[1]!, match[2]!);
  return help;
}

function flagValue(command: CommandName, name: string, takesValue: boolean, what: string): Value {
  if (!takesValue) return { kind: 'switch' };
  const choices = choicesOf(command, name);
  if (choices) return { kind: 'choice', choices };
  if (FILE_FLAGS.has(name)) return { kind: 'file' };
  if (DIR_FLAGS.has(name)) return { kind: 'dir' };
  return { kind: 'text', what };
}

function commands(): Command[] {
  const described = commandHelp();
  return COMMANDS.map((name) => {
    const help = flagHelp(helpText(name));
    const flags = commandFlags(name).map(({ name: long, short, takesValue }) => {
      const { what, description } = help.get(long) ?? { what: 'VALUE', description: '' };
      return { long, ...(short ? { short } : {}), value: flagValue(name, long, takesValue, what), optional: long === 'local', description };
    });
    return { name, key: name.replace(' ', '-'), description: described.get(name) ?? '', flags };
  });
}

/** The words that may come first: `local` stands for `local serve`. */
function firstWords(all: readonly Command[]): { word: string; description: string }[] {
  const words = all.map((command) => ({ word: command.name.split(' ')[0]!, description: command.description }));
  return [...words, ...Object.entries(EXTRA_WORDS).map(([word, description]) => ({ word, description }))];
}

const flagNames = (flag: Flag) => [`--${flag.long}`, ...(flag.short ? [`-${flag.short}`] : [])];
/** The flags that may come before any command: those every connecting command takes. */
const globalFlags = (all: readonly Command[]) =>
  all
    .find((command) => command.name === 'list')!
    .flags.filter((flag) => ['host', 'token-file', 'local', 'debug', 'help', 'version'].includes(flag.long));

function bash(all: Command[]): string {
  const words = firstWords(all).map(({ word }) => word);
  const scan = [
    `/${words.filter((word) => word !== 'local').join('|/')}) cmd=$word ;;`,
    '/local) cmd=local ;;',
    'local/serve) cmd=local-serve ;;',
  ];
  const valueCases: string[] = [];
  for (const command of all) {
    for (const flag of command.flags) {
      if (flag.value.kind === 'switch' || flag.optional) continue;
      const patterns = flagNames(flag).flatMap((name) => [
        `${command.key}/${name}`,
        ...(globalFlags(all).includes(flag) ? [`/${name}`] : []),
      ]);
      const reply =
        flag.value.kind === 'choice'
          ? `COMPREPLY=($(compgen -W '${flag.value.choices.join(' ')}' -- "$cur"))`
          : flag.value.kind === 'file'
            ? 'compopt -o filenames 2>/dev/null; COMPREPLY=($(compgen -f -- "$cur"))'
            : flag.value.kind === 'dir'
              ? 'compopt -o filenames 2>/dev/null; COMPREPLY=($(compgen -d -- "$cur"))'
              : 'COMPREPLY=()';
      valueCases.push(`    ${patterns.join('|')}) ${reply}; return ;;`);
    }
  }
  const wordCases = [
    `    '') COMPREPLY=($(compgen -W '${[...words, ...globalFlags(all).flatMap(flagNames)].join(' ')}' -- "$cur")) ;;`,
    `    local) COMPREPLY=($(compgen -W 'serve' -- "$cur")) ;;`,
    `    help) COMPREPLY=($(compgen -W '${words.filter((word) => word !== 'help').join(' ')}' -- "$cur")) ;;`,
    `    mcp) COMPREPLY=() ;;`,
    ...all.map((command) => {
      const operands = command.name === 'completion' ? SHELLS : [];
      return `    ${command.key}) COMPREPLY=($(compgen -W '${[...operands, ...command.flags.flatMap(flagNames)].join(' ')}' -- "$cur")) ;;`;
    }),
  ];
  return `# bash completion for ${BIN}, from \`${BIN} completion bash\`.
# Load it with: source <(${BIN} completion bash)
_anyscale_users() {
  local cur=\${COMP_WORDS[COMP_CWORD]} prev=\${COMP_WORDS[COMP_CWORD-1]} cmd= word i
  for ((i = 1; i < COMP_CWORD; i++)); do
    word=\${COMP_WORDS[i]}
    case $cmd/$word in
${scan.map((line) => `      ${line}`).join('\n')}
    esac
  done
  case $cmd/$prev in
${valueCases.join('\n')}
  esac
  case $cmd in
${wordCases.join('\n')}
  esac
  # --local takes an optional directory.
  if [[ $prev == --local ]]; then compopt -o filenames 2>/dev/null; COMPREPLY+=($(compgen -d -- "$cur")); fi
}
complete -F _anyscale_users ${BIN}
`;
}

/** Text for a zsh `[description]` or `name:description` inside single quotes. */
function zshText(text: string): string {
  return text.replace(/[[\]]/g, '').replace(/'/g, "'\\''");
}

function zshSpec(flag: Flag): string {
  const names = flagNames(flag);
  const head = names.length > 1 ? `'(${names.join(' ')})'{${names.join(',')}}'` : `'${names[0]}`;
  const action =
    flag.value.kind === 'switch'
      ? ''
      : flag.value.kind === 'choice'
        ? `:value:(${flag.value.choices.join(' ')})`
        : flag.value.kind === 'file'
          ? ':file:_files'
          : flag.value.kind === 'dir'
            ? ':directory:_files -/'
            : `:${zshText(flag.value.what)}: `;
  return `${head}[${zshText(flag.description)}]${flag.optional ? action.replace(/^:/, '::') : action}'`;
}

function zsh(all: Command[]): string {
  const words = firstWords(all);
  const cases = all.map((command) => {
    const operands = command.name === 'completion' ? [`'1:shell:(${SHELLS.join(' ')})'`] : [];
    return `    (${command.key}) _arguments -S ${[...command.flags.map(zshSpec), ...operands].join(' \\\n        ')} ;;`;
  });
  return `#compdef ${BIN}
# zsh completion for ${BIN}, from \`${BIN} completion zsh\`.
# Put it in a directory of $fpath as _${BIN}, or load it with: source <(${BIN} completion zsh)
_anyscale_users() {
  local -a commands=(
${words.map(({ word, description }) => `    '${word}:${zshText(description)}'`).join('\n')}
  )
  local cmd= start=0 i
  for (( i = 2; i < CURRENT; i++ )); do
    case $cmd/\${words[i]} in
      (/${words
        .map(({ word }) => word)
        .filter((word) => word !== 'local')
        .join('|/')}) cmd=\${words[i]}; start=$i ;;
      (/local) cmd=local; start=$i ;;
      (local/serve) cmd=local-serve; start=$i ;;
    esac
  done
  if [[ -z $cmd ]]; then
    _arguments -S ${globalFlags(all).map(zshSpec).join(' ')} '1:command:->command'
    [[ $state == command ]] && _describe -t commands '${BIN} command' commands
    return
  fi
  words=(\${words[start,-1]})
  (( CURRENT -= start - 1 ))
  case $cmd in
    (local) _arguments '1:subcommand:(serve)' ;;
    (help) _arguments '1:command:(${words
      .map(({ word }) => word)
      .filter((word) => word !== 'help')
      .join(' ')})' ;;
    (mcp) _message 'flags of anyscale-users-mcp' ;;
${cases.join('\n')}
  esac
}
if [[ $zsh_eval_context[-1] == loadautofunc ]]; then
  _anyscale_users "$@"
else
  compdef _anyscale_users ${BIN}
fi
`;
}

/** Text for a fish single-quoted argument. */
function fishText(text: string): string {
  return `'${text.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
}

function fish(all: Command[]): string {
  const lines = [`complete -c ${BIN} -f`];
  const words = firstWords(all);
  const wordList = words.map(({ word }) => word).join(' ');
  for (const { word, description } of words)
    lines.push(`complete -c ${BIN} -n '__fish_use_subcommand' -a ${word} -d ${fishText(description)}`);
  for (const flag of globalFlags(all)) lines.push(fishFlag(flag, '__fish_use_subcommand'));
  lines.push(
    `complete -c ${BIN} -n '__fish_seen_subcommand_from local; and not __fish_seen_subcommand_from serve' -a serve -d ${fishText(all.find((c) => c.name === 'local serve')!.description)}`,
  );
  lines.push(
    `complete -c ${BIN} -n '__fish_seen_subcommand_from help' -a '${words
      .map(({ word }) => word)
      .filter((word) => word !== 'help')
      .join(' ')}'`,
  );
  for (const command of all) {
    const seen =
      command.name === 'local serve'
        ? '__fish_seen_subcommand_from local; and __fish_seen_subcommand_from serve'
        : `__fish_seen_subcommand_from ${command.name}`;
    if (command.name === 'completion') lines.push(`complete -c ${BIN} -n '${seen}' -a '${SHELLS.join(' ')}'`);
    for (const flag of command.flags) lines.push(fishFlag(flag, seen));
  }
  return `# fish completion for ${BIN}, from \`${BIN} completion fish\` (commands: ${wordList}).
# Save it as ~/.config/fish/completions/${BIN}.fish, or load it with: ${BIN} completion fish | source
${lines.join('\n')}
`;
}

function fishFlag(flag: Flag, condition: string): string {
  const names = `-l ${flag.long}${flag.short ? ` -s ${flag.short}` : ''}`;
  const value =
    flag.value.kind === 'switch'
      ? ''
      : flag.value.kind === 'choice'
        ? ` -x -a '${flag.value.choices.join(' ')}'`
        : flag.value.kind === 'file'
          ? ' -r -F'
          : flag.value.kind === 'dir'
            ? ` -x -a '(__fish_complete_directories)'`
            : ' -x';
  return `complete -c ${BIN} -n '${condition}' ${names}${flag.optional ? '' : value} -d ${fishText(flag.description)}`;
}

export function completionScript(shell: Shell): string {
  const all = commands();
  return shell === 'bash' ? bash(all) : shell === 'zsh' ? zsh(all) : fish(all);
}

export async function runCompletion(context: CommandContext): Promise<number> {
  const shell = context.operands[0];
  if (!(SHELLS as readonly string[]).includes(shell ?? '')) {
    const given = shell === undefined ? 'completion needs a shell' : `unknown shell '${shell}'`;
    throw new UsageError(`${given}; the shells are ${SHELLS.map((name) => `'${name}'`).join(', ')}.`, context.command);
  }
  context.terminal.out.write(completionScript(shell as Shell));
  return 0;
}
