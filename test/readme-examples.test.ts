import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { ROOT, expectNoSecretsPrinted, runCli, useCliBundle, useOrg } from './cli/helpers.ts';

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

  it('the library example runs as written, against the built package entry', async () => {
    const { org } = testOrg();
    const snippet = /^```ts\n([\s\S]*?)^```$/m.exec(readme)![1]!;
    expect(snippet).toContain("from 'anyscale-users'");
    const folder = await mkdtemp(join(tmpdir(), 'readme-lib-'));
    try {
      const script = join(folder, 'example.mjs');
      // The package name resolves to what the package exports; here, the built entry in this checkout.
      await writeFile(script, snippet.replace("from 'anyscale-users'", `from ${JSON.stringify(join(ROOT, 'dist/lib/index.js'))}`));
      const env = { PATH: process.env.PATH ?? '', HOME: folder, ANYSCALE_HOST: org.url, ANYSCALE_CLI_TOKEN: org.ownerToken };
      const { stdout } = await promisify(execFile)(process.execPath, [script], { env });
      expect(stdout).toContain('owner@example.com');
      expect(stdout).toMatch(/created: [01]/);
      expect(stdout).not.toContain(org.ownerToken);
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
  });
});
