import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, expect, it } from 'vitest';
import { parse } from 'yaml';
import { BUNDLE, parseOutputFile } from './run-action.ts';

/*
 * Runs .github/workflows/action-self-test.yml here, step by step, as the runner would: each
 * `uses: ./` step is the committed bundle with its inputs, each `run:` step a bash script, with
 * the few expressions the workflow uses evaluated (runner.temp, steps.<id>.outputs.<name>,
 * steps.<id>.outcome, fromJSON(…)[0]). So the workflow's own checks are proven before GitHub
 * runs them; an expression this does not know fails the test rather than being guessed.
 */

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');

interface Step {
  id?: string;
  name?: string;
  uses?: string;
  run?: string;
  with?: Record<string, string | boolean>;
  env?: Record<string, string>;
  'continue-on-error'?: boolean;
}

interface StepResult {
  outputs: Record<string, string>;
  outcome: 'success' | 'failure';
}

let temp: string | undefined;
afterAll(async () => {
  if (temp) await rm(temp, { recursive: true, force: true });
});

function evaluate(expression: string, context: { temp: string; steps: Map<string, StepResult> }): string {
  const output = (id: string, name: string) => {
    const step = context.steps.get(id);
    if (!step) throw new Error(`steps.${id} has not run`);
    return step.outputs[name] ?? '';
  };
  if (expression === 'runner.temp') return context.temp;
  const stepOutput = /^steps\.([\w-]+)\.outputs\.([\w-]+)$/.exec(expression);
  if (stepOutput) return output(stepOutput[1]!, stepOutput[2]!);
  const outcome = /^steps\.([\w-]+)\.outcome$/.exec(expression);
  if (outcome) return context.steps.get(outcome[1]!)?.outcome ?? '';
  const item = /^fromJSON\(steps\.([\w-]+)\.outputs\.([\w-]+)\)\[(\d+)\]$/.exec(expression);
  if (item) return String((JSON.parse(output(item[1]!, item[2]!)) as unknown[])[Number(item[3])]);
  throw new Error(`The test does not evaluate \${{ ${expression} }}; teach it, or keep the workflow to the expressions it knows.`);
}

const substitute = (value: string | boolean, context: Parameters<typeof evaluate>[1]) =>
  String(value).replace(/\$\{\{\s*(.*?)\s*\}\}/g, (_, expression: string) => evaluate(expression, context));

function exec(file: string, args: string[], env: Record<string, string>): Promise<{ code: number; stdout: string }> {
  return new Promise((resolve) => {
    execFile(file, args, { cwd: root, env, timeout: 30_000 }, (error, stdout) => {
      resolve({ code: error ? (typeof error.code === 'number' ? error.code : -1) : 0, stdout });
    });
  });
}

it('the self-test workflow passes its own checks against the committed bundle', async () => {
  temp = await mkdtemp(join(tmpdir(), 'self-test-'));
  const workflow = parse(await readFile(join(root, '.github/workflows/action-self-test.yml'), 'utf8')) as {
    jobs: Record<string, { steps: Step[] }>;
  };
  const context = { temp, steps: new Map<string, StepResult>() };
  const base = { PATH: process.env.PATH ?? '', HOME: temp, GITHUB_ACTIONS: 'true', GITHUB_WORKSPACE: root, RUNNER_TEMP: temp };
  let ran = 0;
  for (const step of workflow.jobs['self-test']!.steps) {
    if (step.uses?.startsWith('actions/checkout@')) continue;
    const outputFile = join(temp, `output-${++ran}`);
    const summaryFile = join(temp, `summary-${ran}`);
    await writeFile(outputFile, '');
    await writeFile(summaryFile, '');
    const env: Record<string, string> = { ...base, GITHUB_OUTPUT: outputFile, GITHUB_STEP_SUMMARY: summaryFile };
    for (const [name, value] of Object.entries(step.env ?? {})) env[name] = substitute(value, context);
    let result: { code: number; stdout: string };
    if (step.uses === './') {
      for (const [name, value] of Object.entries(step.with ?? {})) env[`INPUT_${name.toUpperCase()}`] = substitute(value, context);
      result = await exec(process.execPath, [BUNDLE], env);
    } else if (step.run !== undefined) {
      // The runner's node is the job's; here it is the project's pinned one.
      env.PATH = `${dirname(process.execPath)}:${env.PATH}`;
      result = await exec('bash', ['-e', '-c', step.run], env);
    } else {
      throw new Error(`Step "${step.name}" is neither ./ nor run:`);
    }
    const outcome = result.code === 0 ? 'success' : 'failure';
    if (step.id) context.steps.set(step.id, { outputs: parseOutputFile(await readFile(outputFile, 'utf8')), outcome });
    if (!step['continue-on-error']) expect(result.code, `step "${step.name}":\n${result.stdout}`).toBe(0);
  }
  expect(ran).toBeGreaterThan(5);
}, 120_000);
