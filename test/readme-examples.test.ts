import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { expectNoSecretsPrinted, runCli, useCliBundle, useOrg } from './cli/helpers.ts';

/*
 * The README's promises, run: every `anyscale-users` command in its sh blocks runs, as written,
 * against a local org (the CLI block in a folder with a users.yaml, the users-as-code block in an
 * empty one, each block's commands in order), and must succeed. A `sha256:…` placeholder takes the
 * fingerprint that the block's `plan` printed.
 */

useCliBundle();
const testOrg = useOrg();

interface Example {
  block: number;
  args: string[];
}

function readmeExamples(readme: string): Example[] {
  const blocks = [...readme.matchAll(/^```sh\n([\s\S]*?)^```$/gm)].map((match) => match[1]!);
  return blocks.flatMap((text, block) =>
    text
      .split('\n')
      .map((line) => line.replace(/\s+#.*$/, '').trim())
      .filter((line) => /^(npx )?anyscale-users /.test(line))
      .map((line) => ({ block, args: line.replace(/^(npx )?anyscale-users /, '').split(/\s+/) })),
  );
}

const readme = await readFile(new URL('../README.md', import.meta.url), 'utf8');
const examples = readmeExamples(readme);

describe('the README examples', () => {
  it('are found: the CLI and users-as-code blocks', () => {
    expect(examples.length).toBeGreaterThanOrEqual(7);
    expect(examples.map((example) => example.args[0])).toEqual(expect.arrayContaining(['list', 'get', 'batch-create', 'export', 'plan']));
  });

  it('each run as written and succeed', async () => {
    const { org, flags } = testOrg();
    const folders = new Map<number, string>();
    let fingerprint: string | undefined;
    try {
      for (const { block, args } of examples) {
        if (!folders.has(block)) {
          const folder = await mkdtemp(join(tmpdir(), 'readme-'));
          folders.set(block, folder);
          // The CLI block reads a users.yaml; the users-as-code block writes its own with export.
          if (!examples.some((e) => e.block === block && e.args[0] === 'export')) {
            await writeFile(
              join(folder, 'users.yaml'),
              'create_users:\n  - name: Ada\n    email: ada@example.com\n    is_sso_user: true\n',
            );
          }
        }
        const written = args.map((arg) => (arg === 'sha256:…' && fingerprint ? fingerprint : arg));
        const run = await runCli(written.includes('--local') ? written : [...written, ...flags], { cwd: folders.get(block)! });
        expect(run.code, `anyscale-users ${args.join(' ')}\n${run.stderr}`).toBe(0);
        fingerprint = /sha256:[0-9a-f]{64}/.exec(run.stdout)?.[0] ?? fingerprint;
      }
    } finally {
      for (const folder of folders.values()) await rm(folder, { recursive: true, force: true });
    }
    expect(fingerprint).toMatch(/^sha256:/);
    expectNoSecretsPrinted([org.ownerToken]);
  });
});
