import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { COMMANDS } from '../../src/action/inputs.ts';

/*
 * The example workflows use this action as action.yml declares it: only inputs it has, only
 * outputs it sets, and job outputs that later jobs read are ones their job declares.
 */

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
const action = parse(readFileSync(join(root, 'action.yml'), 'utf8')) as {
  inputs: Record<string, unknown>;
  outputs: Record<string, unknown>;
};

interface Step {
  id?: string;
  'continue-on-error'?: boolean;
  uses?: string;
  run?: string;
  if?: string;
  with?: Record<string, unknown>;
  env?: Record<string, unknown>;
}
interface Job {
  needs?: string | string[];
  if?: string;
  environment?: string;
  outputs?: Record<string, string>;
  steps: Step[];
}
interface Workflow {
  on: Record<string, unknown>;
  jobs: Record<string, Job>;
}

/** The published action, or this checkout of it (the self-test's `uses: ./`). */
const isThisAction = (step: Step) => step.uses === './' || step.uses?.startsWith('anyscale-users/anyscale-users@') === true;
const load = (path: string) => parse(readFileSync(join(root, path), 'utf8')) as Workflow;
const workflows = [
  ...readdirSync(join(root, 'examples'))
    .filter((name) => name.endsWith('.yml'))
    .map((name) => `examples/${name}`),
  '.github/workflows/action-self-test.yml',
];

/** Every `<what>.<id>.outputs.<name>` an expression in this value refers to. */
function outputReferences(value: unknown, what: 'steps' | 'needs'): { id: string; name: string }[] {
  const text = JSON.stringify(value ?? null);
  return [...text.matchAll(new RegExp(`\\b${what}\\.([A-Za-z0-9_-]+)\\.outputs\\.([A-Za-z0-9_-]+)`, 'g'))].map((m) => ({
    id: m[1]!,
    name: m[2]!,
  }));
}

describe.each(workflows)('%s', (name) => {
  const workflow = load(name);

  it('gives this action only inputs action.yml declares, and a command it knows', () => {
    const steps = Object.values(workflow.jobs).flatMap((job) => job.steps.filter(isThisAction));
    expect(steps.length).toBeGreaterThan(0);
    for (const step of steps) {
      for (const input of Object.keys(step.with ?? {})) expect(Object.keys(action.inputs), `input "${input}"`).toContain(input);
      // The self-test's step that shows an unknown command failing is expected to fail.
      if (!step['continue-on-error']) expect(COMMANDS).toContain(step.with?.command);
    }
  });

  it('reads only outputs this action sets, and job outputs their job declares', () => {
    for (const job of Object.values(workflow.jobs)) {
      const ours = new Set(job.steps.filter(isThisAction).map((step) => step.id));
      for (const ref of outputReferences(job, 'steps')) {
        if (ours.has(ref.id)) expect(Object.keys(action.outputs), `steps.${ref.id}.outputs.${ref.name}`).toContain(ref.name);
      }
      const needs = [job.needs ?? []].flat();
      for (const ref of outputReferences(job, 'needs')) {
        expect(needs, `needs.${ref.id}`).toContain(ref.id);
        expect(Object.keys(workflow.jobs[ref.id]!.outputs ?? {}), `needs.${ref.id}.outputs.${ref.name}`).toContain(ref.name);
      }
    }
  });
});

describe('examples/users-as-code.yml', () => {
  const workflow = load('examples/users-as-code.yml');
  const { plan, apply, drift } = workflow.jobs as Record<string, Job>;
  const stepOf = (job: Job, command: string) => job.steps.find((step) => isThisAction(step) && step.with?.command === command)!;

  it('plans on pull requests with a comment, on pushes to main and nightly', () => {
    expect(Object.keys(workflow.on).sort()).toEqual(['pull_request', 'push', 'schedule', 'workflow_dispatch']);
    expect(stepOf(plan!, 'plan').with).toMatchObject({
      'users-file': 'users.yaml',
      'comment-on-pr': "${{ github.event_name == 'pull_request' }}",
    });
    expect(plan!.outputs!.fingerprint).toBe(`\${{ steps.${stepOf(plan!, 'plan').id}.outputs.fingerprint }}`);
  });

  it('applies behind an environment approval, exactly the fingerprint planned, and keeps the record', () => {
    expect(apply!.needs).toBe('plan');
    expect(apply!.environment).toBeTruthy();
    expect(apply!.if).toContain("github.event_name == 'push'");
    const step = stepOf(apply!, 'batch-create');
    expect(step.with).toMatchObject({ 'users-file': 'users.yaml', 'expect-plan': '${{ needs.plan.outputs.fingerprint }}' });
    expect(step.with).not.toHaveProperty('dry-run');
    const upload = apply!.steps.find((s) => s.uses?.startsWith('actions/upload-artifact@'))!;
    expect(upload.if).toBe('always()');
    expect(upload.with!.path).toBe(step.with!['record-file']);
  });

  it('fails the nightly drift job on anything to create or any stray', () => {
    expect(drift!.if).toContain("github.event_name == 'schedule'");
    const check = drift!.steps.find((s) => s.run)!;
    expect(check.env).toEqual({ CHANGES: '${{ needs.plan.outputs.changes }}', STRAYS: '${{ needs.plan.outputs.strays }}' });
    expect(check.run).toContain('exit 1');
  });
});
