import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';
import { parse } from 'yaml';
import { OUTPUT_NAMES } from './run-action.ts';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
const action = parse(readFileSync(join(root, 'action.yml'), 'utf8')) as {
  runs: { using: string; main: string };
  branding: { icon: string; color: string };
  inputs: Record<string, { description: string; default?: string }>;
  outputs: Record<string, { description: string }>;
};

/** The inputs the code reads, found by their reader calls (readText('users'), readBoolean('dry-run', …)). */
function inputsReadByCode(): string[] {
  const dir = join(root, 'src/action');
  const names = new Set<string>();
  for (const file of readdirSync(dir)) {
    const text = readFileSync(join(dir, file), 'utf8');
    for (const match of text.matchAll(/read(?:Text|Boolean|Integer)\('([a-z-]+)'/g)) names.add(match[1]!);
  }
  return [...names].sort();
}

it('runs the committed bundle on node24', () => {
  expect(action.runs).toEqual({ using: 'node24', main: 'dist/action/index.js' });
  expect(action.branding.icon).toBeTruthy();
});

it('declares exactly the inputs the code reads, and the outputs it sets, each described', () => {
  expect(Object.keys(action.inputs).sort()).toEqual(inputsReadByCode());
  expect(Object.keys(action.outputs).sort()).toEqual([...OUTPUT_NAMES].sort());
  for (const entry of [...Object.values(action.inputs), ...Object.values(action.outputs)])
    expect(entry.description.length).toBeGreaterThan(20);
  // Defaults the runner fills in must agree with the code's own defaults.
  expect(action.inputs['skip-existing']!.default).toBe('true');
  expect(action.inputs['dry-run']!.default).toBe('false');
  expect(action.inputs.local!.default).toBe('false');
});

it('describes count as the full number, which the cut users output may fall short of', () => {
  expect(action.outputs.count!.description).not.toMatch(/in the users output/);
  expect(action.outputs.count!.description).toMatch(/result\.cut/);
});

it('describes which values of local are a directory', () => {
  expect(action.inputs.local!.description).toMatch(/"\/"/);
  expect(action.inputs.local!.description).toMatch(/"~"/);
});
