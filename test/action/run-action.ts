import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, expect } from 'vitest';
import { adapterEntry } from '../helpers/dist.ts';

/*
 * Runs the committed bundle the way the runner does: `node dist/action/index.js` with each input
 * as an INPUT_<NAME> variable (upper-cased, hyphens kept), GITHUB_OUTPUT and GITHUB_STEP_SUMMARY
 * pointing at files that exist beforehand, and RUNNER_TEMP; then reads back what it wrote.
 */

export const BUNDLE = adapterEntry('action');
export const OUTPUT_NAMES = [
  'result',
  'users',
  'user',
  'count',
  'created',
  'skipped',
  'fingerprint',
  'changes',
  'strays',
  'plan-markdown',
  'result-file',
] as const;

export interface ActionRun {
  exitCode: number;
  stdout: string;
  stderr: string;
  /** Raw output values, as GITHUB_OUTPUT received them. */
  outputs: Record<string, string>;
  summary: string;
  /** The workspace (and cwd) the step ran in. */
  workspace: string;
}

let root: string;

/** Fails the suite at once, with the fix, when the bundle has not been built. */
export function useActionBundle(): void {
  beforeAll(async () => {
    if (!existsSync(BUNDLE)) throw new Error(`${BUNDLE} is missing: run \`npm run build\` before these tests.`);
    root = await mkdtemp(join(tmpdir(), 'action-test-'));
  });
  afterAll(async () => {
    if (root) await rm(root, { recursive: true, force: true });
  });
}

/** GITHUB_OUTPUT holds `name<<delimiter\nvalue\ndelimiter` blocks (core.setOutput's file command). */
export function parseOutputFile(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  for (const match of text.matchAll(/^([^\n<]+)<<(ghadelimiter_[0-9a-f-]+)\n([\s\S]*?)\n\2$/gm)) {
    outputs[match[1]!] = match[3]!;
  }
  return outputs;
}

let runs = 0;

/**
 * One step. `files` are written into the workspace first (e.g. users.yaml). The environment is
 * built from scratch, so nothing of the test process (a real ANYSCALE_CLI_TOKEN) leaks in.
 */
export async function runAction(
  inputs: Record<string, string>,
  options: { env?: Record<string, string>; files?: Record<string, string> } = {},
): Promise<ActionRun> {
  const workspace = join(root, `run-${++runs}`);
  const temp = join(workspace, '.runner-temp');
  await mkdir(temp, { recursive: true });
  for (const [name, text] of Object.entries(options.files ?? {})) {
    await mkdir(dirname(join(workspace, name)), { recursive: true });
    await writeFile(join(workspace, name), text);
  }
  const outputFile = join(temp, 'github-output');
  const summaryFile = join(temp, 'step-summary');
  await writeFile(outputFile, '');
  await writeFile(summaryFile, '');
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    HOME: workspace,
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: workspace,
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    RUNNER_TEMP: temp,
    ...options.env,
  };
  for (const [name, value] of Object.entries(inputs)) env[`INPUT_${name.toUpperCase()}`] = value;
  const { exitCode, stdout, stderr } = await new Promise<{ exitCode: number; stdout: string; stderr: string }>((resolve) => {
    execFile(process.execPath, [BUNDLE], { cwd: workspace, env, timeout: 20_000 }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === 'number' ? error.code : -1) : 0;
      resolve({ exitCode: code, stdout, stderr });
    });
  });
  return {
    exitCode,
    stdout,
    stderr,
    outputs: parseOutputFile(await readFile(outputFile, 'utf8')),
    summary: await readFile(summaryFile, 'utf8'),
    workspace,
  };
}

/** Every declared output is set, and each parses as JSON (what `fromJSON()` needs); returns them parsed. */
export function parsedOutputs(run: ActionRun) {
  expect(Object.keys(run.outputs).sort()).toEqual([...OUTPUT_NAMES].sort());
  const json = (name: string) => JSON.parse(run.outputs[name]!) as unknown;
  return {
    result: json('result') as Record<string, any>,
    users: json('users') as Record<string, any>[],
    user: json('user') as Record<string, any>,
    count: json('count') as number,
    created: json('created') as string[],
    skipped: json('skipped') as string[],
    fingerprint: run.outputs.fingerprint!,
    changes: json('changes') as number,
    strays: json('strays') as string[],
    planMarkdown: run.outputs['plan-markdown']!,
    resultFile: run.outputs['result-file']!,
  };
}

/** Undoes the workflow-command escaping of core (toCommandValue / escapeProperty). */
const unescapeCommand = (text: string) =>
  text.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%3A/g, ':').replace(/%2C/g, ',').replace(/%25/g, '%');

export interface Annotation {
  properties: Record<string, string>;
  message: string;
}

/** The error annotations of a run (`::error file=…,line=…::message`), decoded. */
export function errorAnnotations(run: ActionRun): Annotation[] {
  return [...run.stdout.matchAll(/^::error(?: ([^:]*))?::(.*)$/gm)].map((match) => ({
    properties: Object.fromEntries(
      (match[1] ?? '')
        .split(',')
        .filter(Boolean)
        .map((pair) => {
          const [key, value] = pair.split('=') as [string, string];
          return [key, unescapeCommand(value)];
        }),
    ),
    message: unescapeCommand(match[2]!),
  }));
}

/** The message the step failed with: core.setFailed writes it as the last error annotation. */
export function failureMessage(run: ActionRun): string {
  expect(run.exitCode).toBe(1);
  const annotations = errorAnnotations(run);
  expect(annotations.length).toBeGreaterThan(0);
  return annotations.at(-1)!.message;
}

/** The secret appears nowhere the runner would show or keep, apart from the mask command itself. */
export async function expectNoSecret(run: ActionRun, secret: string): Promise<void> {
  const shownStdout = run.stdout
    .split('\n')
    .filter((line) => line !== `::add-mask::${secret}`)
    .join('\n');
  expect(shownStdout).not.toContain(secret);
  expect(run.stderr).not.toContain(secret);
  expect(run.summary).not.toContain(secret);
  for (const value of Object.values(run.outputs)) expect(value).not.toContain(secret);
  const resultFile = run.outputs['result-file'];
  if (resultFile) expect(await readFile(resultFile, 'utf8')).not.toContain(secret);
}

/** The job summary's tables, as rows of cell texts (still HTML-escaped, as written). */
export function summaryTables(summary: string): string[][][] {
  return [...summary.matchAll(/<table>([\s\S]*?)<\/table>/g)].map((table) =>
    [...table[1]!.matchAll(/<tr>([\s\S]*?)<\/tr>/g)].map((row) =>
      [...row[1]!.matchAll(/<t[hd][^>]*>([\s\S]*?)<\/t[hd]>/g)].map((cell) => cell[1]!),
    ),
  );
}
