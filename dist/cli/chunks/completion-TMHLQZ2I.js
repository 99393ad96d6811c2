import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
import {
  helpText
} from "./chunk-B3TYCWC3.js";
import {
  COLLABORATOR_TYPES,
  USERS_FORMATS
} from "./chunk-YSNKACUK.js";
import {
  COMMANDS,
  UsageError,
  commandFlags
} from "./chunk-VMZQJ7BV.js";
import "./chunk-XUY2FQ57.js";

// src/cli/completion.ts
var SHELLS = ["bash", "zsh", "fish"];
var BIN = "anyscale-users";
var EXTRA_WORDS = {
  mcp: "Run the MCP server on stdio (its flags are those of anyscale-users-mcp)",
  help: "Show help for a command"
};
var FILE_FLAGS = /* @__PURE__ */ new Set(["users-file", "token-file", "output", "record"]);
var DIR_FLAGS = /* @__PURE__ */ new Set(["data", "local"]);
function choicesOf(command, flag) {
  if (flag === "collaborator-type") return COLLABORATOR_TYPES;
  if (command === "export" && flag === "format") return USERS_FORMATS;
  return void 0;
}
function flagHelp(text) {
  const help = /* @__PURE__ */ new Map();
  let last;
  for (const line of text.split("\n")) {
    const flag = /^ {2}(?:-\w, )?--([\w-]+)(?: (\S+))?\s{2,}(\S.*)$/.exec(line);
    const more = /^ {8,}(\S.*)$/.exec(line);
    if (flag) {
      last = help.has(flag[1]) ? void 0 : { what: flag[2] ?? "VALUE", description: flag[3] };
      if (last) help.set(flag[1], last);
    } else if (more && last) {
      last.description += ` ${more[1]}`;
    } else {
      last = void 0;
    }
  }
  return help;
}
function commandHelp() {
  const section = /^Commands:\n([\s\S]*?)\n\n/m.exec(helpText(void 0))?.[1] ?? "";
  const help = /* @__PURE__ */ new Map();
  for (const match of section.matchAll(/^ {2}([a-z][a-z -]*?)(?: [A-Z]+)?\s{2,}(\S.*)$/gm)) help.set(match[1], match[2]);
  return help;
}
function flagValue(command, name, takesValue, what) {
  if (!takesValue) return { kind: "switch" };
  const choices = choicesOf(command, name);
  if (choices) return { kind: "choice", choices };
  if (FILE_FLAGS.has(name)) return { kind: "file" };
  if (DIR_FLAGS.has(name)) return { kind: "dir" };
  return { kind: "text", what };
}
function commands() {
  const described = commandHelp();
  return COMMANDS.map((name) => {
    const help = flagHelp(helpText(name));
    const flags = commandFlags(name).map(({ name: long, short, takesValue }) => {
      const { what, description } = help.get(long) ?? { what: "VALUE", description: "" };
      return { long, ...short ? { short } : {}, value: flagValue(name, long, takesValue, what), optional: long === "local", description };
    });
    return { name, key: name.replace(" ", "-"), description: described.get(name) ?? "", flags };
  });
}
function firstWords(all) {
  const words = all.map((command) => ({ word: command.name.split(" ")[0], description: command.description }));
  return [...words, ...Object.entries(EXTRA_WORDS).map(([word, description]) => ({ word, description }))];
}
var flagNames = (flag) => [`--${flag.long}`, ...flag.short ? [`-${flag.short}`] : []];
var globalFlags = (all) => all.find((command) => command.name === "list").flags.filter((flag) => ["host", "token-file", "local", "debug", "help", "version"].includes(flag.long));
function bash(all) {
  const words = firstWords(all).map(({ word }) => word);
  const scan = [
    `/${words.filter((word) => word !== "local").join("|/")}) cmd=$word ;;`,
    "/local) cmd=local ;;",
    "local/serve) cmd=local-serve ;;"
  ];
  const valueCases = [];
  for (const command of all) {
    for (const flag of command.flags) {
      if (flag.value.kind === "switch" || flag.optional) continue;
      const patterns = flagNames(flag).flatMap((name) => [
        `${command.key}/${name}`,
        ...globalFlags(all).includes(flag) ? [`/${name}`] : []
      ]);
      const reply = flag.value.kind === "choice" ? `COMPREPLY=($(compgen -W '${flag.value.choices.join(" ")}' -- "$cur"))` : flag.value.kind === "file" ? 'compopt -o filenames 2>/dev/null; COMPREPLY=($(compgen -f -- "$cur"))' : flag.value.kind === "dir" ? 'compopt -o filenames 2>/dev/null; COMPREPLY=($(compgen -d -- "$cur"))' : "COMPREPLY=()";
      valueCases.push(`    ${patterns.join("|")}) ${reply}; return ;;`);
    }
  }
  const wordCases = [
    `    '') COMPREPLY=($(compgen -W '${[...words, ...globalFlags(all).flatMap(flagNames)].join(" ")}' -- "$cur")) ;;`,
    `    local) COMPREPLY=($(compgen -W 'serve' -- "$cur")) ;;`,
    `    help) COMPREPLY=($(compgen -W '${words.filter((word) => word !== "help").join(" ")}' -- "$cur")) ;;`,
    `    mcp) COMPREPLY=() ;;`,
    ...all.map((command) => {
      const operands = command.name === "completion" ? SHELLS : [];
      return `    ${command.key}) COMPREPLY=($(compgen -W '${[...operands, ...command.flags.flatMap(flagNames)].join(" ")}' -- "$cur")) ;;`;
    })
  ];
  return `# bash completion for ${BIN}, from \`${BIN} completion bash\`.
# Load it with: source <(${BIN} completion bash)
_anyscale_users() {
  local cur=\${COMP_WORDS[COMP_CWORD]} prev=\${COMP_WORDS[COMP_CWORD-1]} cmd= word i
  for ((i = 1; i < COMP_CWORD; i++)); do
    word=\${COMP_WORDS[i]}
    case $cmd/$word in
${scan.map((line) => `      ${line}`).join("\n")}
    esac
  done
  case $cmd/$prev in
${valueCases.join("\n")}
  esac
  case $cmd in
${wordCases.join("\n")}
  esac
  # --local takes an optional directory.
  if [[ $prev == --local ]]; then compopt -o filenames 2>/dev/null; COMPREPLY+=($(compgen -d -- "$cur")); fi
}
complete -F _anyscale_users ${BIN}
`;
}
function zshText(text) {
  return text.replace(/[[\]]/g, "").replace(/'/g, "'\\''");
}
function zshSpec(flag) {
  const names = flagNames(flag);
  const head = names.length > 1 ? `'(${names.join(" ")})'{${names.join(",")}}'` : `'${names[0]}`;
  const action = flag.value.kind === "switch" ? "" : flag.value.kind === "choice" ? `:value:(${flag.value.choices.join(" ")})` : flag.value.kind === "file" ? ":file:_files" : flag.value.kind === "dir" ? ":directory:_files -/" : `:${zshText(flag.value.what)}: `;
  return `${head}[${zshText(flag.description)}]${flag.optional ? action.replace(/^:/, "::") : action}'`;
}
function zsh(all) {
  const words = firstWords(all);
  const cases = all.map((command) => {
    const operands = command.name === "completion" ? [`'1:shell:(${SHELLS.join(" ")})'`] : [];
    return `    (${command.key}) _arguments -S ${[...command.flags.map(zshSpec), ...operands].join(" \\\n        ")} ;;`;
  });
  return `#compdef ${BIN}
# zsh completion for ${BIN}, from \`${BIN} completion zsh\`.
# Put it in a directory of $fpath as _${BIN}, or load it with: source <(${BIN} completion zsh)
_anyscale_users() {
  local -a commands=(
${words.map(({ word, description }) => `    '${word}:${zshText(description)}'`).join("\n")}
  )
  local cmd= start=0 i
  for (( i = 2; i < CURRENT; i++ )); do
    case $cmd/\${words[i]} in
      (/${words.map(({ word }) => word).filter((word) => word !== "local").join("|/")}) cmd=\${words[i]}; start=$i ;;
      (/local) cmd=local; start=$i ;;
      (local/serve) cmd=local-serve; start=$i ;;
    esac
  done
  if [[ -z $cmd ]]; then
    _arguments -S ${globalFlags(all).map(zshSpec).join(" ")} '1:command:->command'
    [[ $state == command ]] && _describe -t commands '${BIN} command' commands
    return
  fi
  words=(\${words[start,-1]})
  (( CURRENT -= start - 1 ))
  case $cmd in
    (local) _arguments '1:subcommand:(serve)' ;;
    (help) _arguments '1:command:(${words.map(({ word }) => word).filter((word) => word !== "help").join(" ")})' ;;
    (mcp) _message 'flags of anyscale-users-mcp' ;;
${cases.join("\n")}
  esac
}
if [[ $zsh_eval_context[-1] == loadautofunc ]]; then
  _anyscale_users "$@"
else
  compdef _anyscale_users ${BIN}
fi
`;
}
function fishText(text) {
  return `'${text.replace(/\\/g, "\\\\").replace(/'/g, "\\'")}'`;
}
function fish(all) {
  const lines = [`complete -c ${BIN} -f`];
  const words = firstWords(all);
  const wordList = words.map(({ word }) => word).join(" ");
  for (const { word, description } of words)
    lines.push(`complete -c ${BIN} -n '__fish_use_subcommand' -a ${word} -d ${fishText(description)}`);
  for (const flag of globalFlags(all)) lines.push(fishFlag(flag, "__fish_use_subcommand"));
  lines.push(
    `complete -c ${BIN} -n '__fish_seen_subcommand_from local; and not __fish_seen_subcommand_from serve' -a serve -d ${fishText(all.find((c) => c.name === "local serve").description)}`
  );
  lines.push(
    `complete -c ${BIN} -n '__fish_seen_subcommand_from help' -a '${words.map(({ word }) => word).filter((word) => word !== "help").join(" ")}'`
  );
  for (const command of all) {
    const seen = command.name === "local serve" ? "__fish_seen_subcommand_from local; and __fish_seen_subcommand_from serve" : `__fish_seen_subcommand_from ${command.name}`;
    if (command.name === "completion") lines.push(`complete -c ${BIN} -n '${seen}' -a '${SHELLS.join(" ")}'`);
    for (const flag of command.flags) lines.push(fishFlag(flag, seen));
  }
  return `# fish completion for ${BIN}, from \`${BIN} completion fish\` (commands: ${wordList}).
# Save it as ~/.config/fish/completions/${BIN}.fish, or load it with: ${BIN} completion fish | source
${lines.join("\n")}
`;
}
function fishFlag(flag, condition) {
  const names = `-l ${flag.long}${flag.short ? ` -s ${flag.short}` : ""}`;
  const value = flag.value.kind === "switch" ? "" : flag.value.kind === "choice" ? ` -x -a '${flag.value.choices.join(" ")}'` : flag.value.kind === "file" ? " -r -F" : flag.value.kind === "dir" ? ` -x -a '(__fish_complete_directories)'` : " -x";
  return `complete -c ${BIN} -n '${condition}' ${names}${flag.optional ? "" : value} -d ${fishText(flag.description)}`;
}
function completionScript(shell) {
  const all = commands();
  return shell === "bash" ? bash(all) : shell === "zsh" ? zsh(all) : fish(all);
}
async function runCompletion(context) {
  const shell = context.operands[0];
  if (!SHELLS.includes(shell ?? "")) {
    const given = shell === void 0 ? "completion needs a shell" : `unknown shell '${shell}'`;
    throw new UsageError(`${given}; the shells are ${SHELLS.map((name) => `'${name}'`).join(", ")}.`, context.command);
  }
  context.terminal.out.write(completionScript(shell));
  return 0;
}
export {
  SHELLS,
  completionScript,
  runCompletion
};
