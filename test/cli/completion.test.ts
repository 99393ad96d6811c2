import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COMMANDS, commandFlags, type CommandName } from '../../src/cli/args.ts';
import { runCli, useCliBundle } from './helpers.ts';

useCliBundle();
const run = promisify(execFile);

let work: string;
let bashScript: string;
beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'cli-completion-'));
  const printed = await runCli(['completion', 'bash']);
  expect(printed.code).toBe(0);
  bashScript = join(work, 'anyscale-users.bash');
  await writeFile(bashScript, printed.stdout);
  await writeFile(join(work, 'users.yaml'), 'create_users: []\n');
  await mkdir(join(work, 'org-dir'));
});
afterAll(() => rm(work, { recursive: true, force: true }));

/** What bash offers for the last word of `line`, as it would on Tab, from the printed script. */
async function bashCompletes(line: string): Promise<string[]> {
  const words = line.split(' ');
  const script = [
    'source "$1"; shift',
    'COMP_WORDS=("$@"); COMP_CWORD=$(($# - 1))',
    '_anyscale_users',
    'printf "%s\\n" "${COMPREPLY[@]}"',
  ].join('\n');
  const { stdout } = await run('bash', ['--norc', '--noprofile', '-c', script, 'bash', bashScript, 'anyscale-users', ...words], {
    cwd: work,
  });
  return stdout.split('\n').filter(Boolean).sort();
}

const flagsOf = (command: CommandName) =>
  commandFlags(command).flatMap((flag) => [`--${flag.name}`, ...(flag.short ? [`-${flag.short}`] : [])]);

describe('anyscale-users completion', () => {
  it('bash completes the commands, then every flag the parser takes for each command', async () => {
    expect(await bashCompletes('')).toEqual(
      expect.arrayContaining(['batch-create', 'completion', 'export', 'get', 'list', 'local', 'mcp', 'plan']),
    );
    expect(await bashCompletes('local ')).toEqual(['serve']);
    for (const command of COMMANDS) {
      const offered = (await bashCompletes(`${command} -`)).filter((word) => word.startsWith('-'));
      expect(offered, command).toEqual(flagsOf(command).sort());
    }
    expect(await bashCompletes('completion ')).toEqual(expect.arrayContaining(['bash', 'fish', 'zsh']));
  });

  it('bash completes flag values: files, directories, collaborator types and export formats', async () => {
    expect(await bashCompletes('batch-create -f us')).toEqual(['users.yaml']);
    expect(await bashCompletes('plan --users-file us')).toEqual(['users.yaml']);
    expect(await bashCompletes('local serve --data org')).toEqual(['org-dir']);
    expect(await bashCompletes('list --collaborator-type only_')).toEqual(['only_service_accounts', 'only_user_accounts']);
    expect(await bashCompletes('--collaborator-type all')).toEqual([]);
    expect(await bashCompletes('export --format ')).toEqual(['csv', 'json', 'yaml']);
    expect(await bashCompletes('list --max-items ')).toEqual([]);
    // --local takes an optional directory, or the command comes next.
    expect(await bashCompletes('--local o')).toEqual(['org-dir']);
    expect(await bashCompletes('--local li')).toEqual(['list']);
  });

  it('zsh and fish name every command and every flag of each, with its description', async () => {
    const zsh = (await runCli(['completion', 'zsh'])).stdout;
    const fish = (await runCli(['completion', 'fish'])).stdout;
    expect(zsh.startsWith('#compdef anyscale-users\n')).toBe(true);
    for (const command of COMMANDS) {
      const key = command.replace(' ', '-');
      const zshCase = new RegExp(`^ {4}\\(${key}\\) _arguments (.*?) ;;$`, 'ms').exec(zsh)?.[1] ?? '';
      const fishLines = fish
        .split('\n')
        .filter((line) =>
          line.includes(command === 'local serve' ? '__fish_seen_subcommand_from serve' : `__fish_seen_subcommand_from ${command}'`),
        );
      for (const flag of commandFlags(command)) {
        expect(zshCase, `zsh ${command} --${flag.name}`).toContain(`--${flag.name}`);
        expect(
          fishLines.some((line) => line.includes(` -l ${flag.name}`)),
          `fish ${command} --${flag.name}`,
        ).toBe(true);
      }
    }
    expect(zsh).toContain("{--users-file,-f}'[The users to create (.yaml, .yml, .json or .csv)]:file:_files'");
    // A description that the help text wraps is whole.
    expect(zsh).toContain(
      "'--token-file[Read the API token from this file (default: ANYSCALE_CLI_TOKEN, else ~/.anyscale/credentials.json).",
    );
    expect(zsh).toContain(':value:(all_accounts only_service_accounts only_user_accounts)');
    expect(fish).toContain(
      "complete -c anyscale-users -n '__fish_seen_subcommand_from batch-create' -l users-file -s f -r -F -d 'The users to create (.yaml, .yml, .json or .csv)'",
    );
    expect(fish).toContain("-l format -x -a 'yaml json csv'");
  });

  it('refuses an unknown or missing shell as a usage error, and --help names the command', async () => {
    const unknown = await runCli(['completion', 'tcsh']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toBe(
      "Error [USAGE]: unknown shell 'tcsh'; the shells are 'bash', 'zsh', 'fish'. Run 'anyscale-users completion --help' for usage.\n",
    );
    expect((await runCli(['completion'])).code).toBe(2);
    expect((await runCli(['completion', 'bash', 'zsh'])).code).toBe(2);
    expect((await runCli(['--help'])).stdout).toContain('completion SHELL');
    expect((await runCli(['completion', '--help'])).stdout).toContain('Usage: anyscale-users completion bash|zsh|fish');
  });
});
