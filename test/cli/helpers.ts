import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, expect } from 'vitest';
import { startLocalOrg, type LocalOrg } from '../../src/local/index.ts';
import { adapterEntry } from '../helpers/dist.ts';

/*
 * The CLI tests run the bundle the way a person or a script does: `node dist/cli/index.js …` as a
 * subprocess with piped stdio (so not a TTY), against a local org over loopback. Every run is
 * kept, so that each file can check at its end that no secret was ever printed.
 */

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '../..');
export const BIN = adapterEntry('cli');
export const CANARY_PASSWORD = 'Canary-Pass-7f3e9';

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Every run of this test file, for the canary check. */
export const transcripts: CliRun[] = [];

let home: string;

/** Fails the suite at once, with the fix, when the bundle has not been built; gives a clean HOME. */
export function useCliBundle(): void {
  beforeAll(async () => {
    if (!existsSync(BIN)) throw new Error(`${BIN} is missing: run \`npm run build\` before the CLI tests.`);
    home = await mkdtemp(join(tmpdir(), 'cli-home-'));
  });
  afterAll(async () => {
    if (home) await rm(home, { recursive: true, force: true });
  });
}

/**
 * The environment is built from scratch: nothing of the test process (a real ANYSCALE_CLI_TOKEN,
 * NO_COLOR, FORCE_COLOR) leaks in, and HOME has no ~/.anyscale/credentials.json.
 */
export function cliEnv(extra: Record<string, string> = {}): Record<string, string> {
  return { PATH: process.env.PATH ?? '', HOME: home, ...extra };
}

export function spawnCli(args: readonly string[], options: { cwd?: string; env?: Record<string, string> } = {}): ChildProcess {
  return spawn(process.execPath, [BIN, ...args], { cwd: options.cwd ?? home, env: cliEnv(options.env), stdio: ['ignore', 'pipe', 'pipe'] });
}

/** Runs the CLI to its end and returns its exit status and output. */
export function runCli(args: readonly string[], options: { cwd?: string; env?: Record<string, string> } = {}): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    const child = spawnCli(args, options);
    let stdout = '';
    let stderr = '';
    child.stdout!.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.once('error', reject);
    child.once('close', (code) => {
      const run = { code, stdout, stderr };
      transcripts.push(run);
      resolve(run);
    });
  });
}

export interface TestOrg {
  org: LocalOrg;
  /** `--host URL --token-file FILE`, the way a person points the CLI at an org. */
  flags: string[];
  tokenFile: string;
  dir: string;
}

/** A local org in this process, and a 0600 token file for its owner. Closed after the file's tests. */
export function useOrg(): () => TestOrg {
  let testOrg: TestOrg | undefined;
  beforeAll(async () => {
    const org = await startLocalOrg();
    const dir = await mkdtemp(join(tmpdir(), 'cli-org-'));
    const tokenFile = join(dir, 'token');
    await writeFile(tokenFile, `${org.ownerToken}\n`, { mode: 0o600 });
    testOrg = { org, flags: ['--host', org.url, '--token-file', tokenFile], tokenFile, dir };
  });
  afterAll(async () => {
    await testOrg?.org.close();
    if (testOrg) await rm(testOrg.dir, { recursive: true, force: true });
  });
  return () => {
    if (!testOrg) throw new Error('the org starts in beforeAll');
    return testOrg;
  };
}

/** The last check of a file: no run printed a token or a password, on stdout or stderr. */
export function expectNoSecretsPrinted(secrets: readonly string[]): void {
  expect(transcripts.length).toBeGreaterThan(0);
  for (const run of transcripts) {
    for (const secret of secrets) {
      expect(run.stdout).not.toContain(secret);
      expect(run.stderr).not.toContain(secret);
    }
  }
}

/** ANSI escape sequences: colour, cursor moves, line clears. */
export const ANSI = /\x1b\[/;
