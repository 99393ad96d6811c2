import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readFile, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { isBuiltin } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { Client } from '@modelcontextprotocol/client';
import { StdioClientTransport } from '@modelcontextprotocol/client/stdio';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TOOL_NAMES } from '../../mcp/tool-names.ts';

/*
 * Installs the packed tarball into a fresh project, the way a user does, and uses what it installed:
 * the library by require() and import, the CLI by npx, the MCP server over stdio.
 */

const run = promisify(execFile);
const ROOT = join(import.meta.dirname, '../..');

interface Manifest {
  name: string;
  version: string;
  dependencies?: Record<string, string>;
  bin: Record<string, string>;
}

interface LockEntry {
  version: string;
  dependencies?: Record<string, string>;
}

const manifest = JSON.parse(await readFile(join(ROOT, 'package.json'), 'utf8')) as Manifest;
const runtimeDependencies = Object.keys(manifest.dependencies ?? {}).sort();

/**
 * npm run by `npm test` exports npm_config_* (the project's prefix among them), which would make the
 * inner npm install into this checkout; the inner npm sees only the user's environment.
 */
function userEnv(): NodeJS.ProcessEnv {
  return Object.fromEntries(Object.entries(process.env).filter(([key]) => !/^npm_/i.test(key) && key !== 'INIT_CWD'));
}

function npm(args: string[], cwd: string) {
  return run('npm', [...args, '--no-audit', '--no-fund', '--no-update-notifier'], { cwd, env: userEnv(), maxBuffer: 16 * 1024 * 1024 });
}

/**
 * The runtime dependencies and what they depend on, as this checkout's package-lock.json pins them.
 * `npm ci` has put exactly these tarballs in the npm cache, but not the registry metadata that
 * `npm install <tarball>` would ask for to resolve a range; given these entries in the new
 * project's lockfile, npm installs from the cache alone.
 */
async function lockedRuntimeTree(): Promise<Record<string, LockEntry>> {
  const lock = JSON.parse(await readFile(join(ROOT, 'package-lock.json'), 'utf8')) as { packages: Record<string, LockEntry> };
  const entries: Record<string, LockEntry> = {};
  // Each dependency is found the way Node finds it: nested under the package that needs it first
  // (js-yaml's own argparse 2, say, beside a dev tool's hoisted argparse 1), then further up.
  const pending = runtimeDependencies.map((name) => ({ name, from: '' }));
  while (pending.length > 0) {
    const { name, from } = pending.pop()!;
    const candidates: string[] = [];
    for (let dir = from; dir !== ''; dir = dir.slice(0, Math.max(0, dir.lastIndexOf('/node_modules/'))))
      candidates.push(`${dir}/node_modules/${name}`);
    candidates.push(`node_modules/${name}`);
    const path = candidates.find((candidate) => lock.packages[candidate]);
    if (!path) throw new Error(`package-lock.json has no ${name} for ${from || 'the package'}: run \`npm install\``);
    if (entries[path]) continue;
    entries[path] = lock.packages[path]!;
    pending.push(...Object.keys(lock.packages[path]!.dependencies ?? {}).map((dependency) => ({ name: dependency, from: path })));
  }
  return entries;
}

async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((entry) => entry.isFile()).map((entry) => join(entry.parentPath, entry.name));
}

async function sizeOf(dir: string): Promise<number> {
  let total = 0;
  for (const file of await filesUnder(dir)) total += (await stat(file)).size;
  return total;
}

/** The package a bare specifier names: `csv-parse/sync` is csv-parse, `@scope/x/y` is @scope/x. */
function packageName(specifier: string): string {
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0]!;
}

/**
 * The packages that the JavaScript under `dir` loads at run time: its import statements, dynamic
 * imports and esbuild's `__require()` of bundled CommonJS. (Code-generation strings such as
 * Ajv's `'require("ajv/dist/...")'` are text, not loads, and are not matched.)
 */
async function packagesLoadedBy(dir: string): Promise<string[]> {
  const loads =
    /^\s*(?:import|export)\s[^;]*?\sfrom\s*["']([^"']+)["']|^\s*import\s*["']([^"']+)["']|\bimport\(\s*["']([^"']+)["']\s*\)|\b__require\(\s*["']([^"']+)["']\s*\)/gm;
  const names = new Set<string>();
  for (const file of await filesUnder(dir)) {
    if (!file.endsWith('.js')) continue;
    for (const match of (await readFile(file, 'utf8')).matchAll(loads)) {
      const specifier = match.slice(1).find(Boolean)!;
      if (specifier.startsWith('.') || isBuiltin(specifier)) continue;
      names.add(packageName(specifier));
    }
  }
  return [...names].sort();
}

describe('npm install <tarball>, as a user installs it', () => {
  let work: string;
  let project: string;
  let installed: string;
  let tarball: { filename: string; size: number; unpackedSize: number };

  beforeAll(async () => {
    work = await mkdtemp(join(tmpdir(), 'anyscale-users-install-'));
    const { stdout } = await npm(['pack', '--json', '--pack-destination', work], ROOT);
    tarball = (JSON.parse(stdout) as (typeof tarball)[])[0]!;

    project = join(work, 'project');
    installed = join(project, 'node_modules', manifest.name);
    await mkdir(project);
    await writeFile(join(project, 'package.json'), `${JSON.stringify({ name: 'user-project', version: '1.0.0', private: true })}\n`);
    const lockfile = {
      name: 'user-project',
      version: '1.0.0',
      lockfileVersion: 3,
      requires: true,
      packages: { '': { name: 'user-project', version: '1.0.0' }, ...(await lockedRuntimeTree()) },
    };
    await writeFile(join(project, 'package-lock.json'), `${JSON.stringify(lockfile, null, 2)}\n`);
    // --prefer-offline: from the cache when npm ci filled it (CI, a clone), from the registry otherwise.
    await npm(['install', '--prefer-offline', join(work, tarball.filename)], project);
  }, 120_000);

  afterAll(async () => {
    if (work) await rm(work, { recursive: true, force: true });
  });

  it('prints the tarball and installed sizes, and stays under half of the 30 MB it once pulled', async () => {
    const total = await sizeOf(join(project, 'node_modules'));
    const perPackage = await Promise.all(
      (await readdir(join(project, 'node_modules'), { withFileTypes: true }))
        .filter((entry) => entry.isDirectory() && !entry.name.startsWith('.'))
        .map(async (entry) => `${entry.name} ${(await sizeOf(join(project, 'node_modules', entry.name))).toLocaleString('en')} B`),
    );
    console.log(
      [
        `tarball ${tarball.filename}: ${tarball.size.toLocaleString('en')} B packed, ${tarball.unpackedSize.toLocaleString('en')} B unpacked`,
        `installed node_modules: ${total.toLocaleString('en')} B (${perPackage.join(', ')})`,
      ].join('\n'),
    );
    expect(total).toBeLessThan(15_000_000);
  });

  it('installs only the runtime dependencies, each of which the library loads, and the bins load only undici', async () => {
    const lib = join(installed, 'dist/lib');
    expect(await packagesLoadedBy(lib), 'package.json dependencies must be exactly what dist/lib imports').toEqual(runtimeDependencies);
    const { stdout } = await npm(['ls', '--all', '--json'], project);
    const tree = JSON.parse(stdout) as { dependencies: Record<string, { dependencies?: Record<string, unknown> }> };
    const nameOf = (path: string) => path.slice(path.lastIndexOf('node_modules/') + 'node_modules/'.length);
    const closure = Object.keys(await lockedRuntimeTree()).map(nameOf);
    expect(Object.keys(tree.dependencies)).toEqual([manifest.name]);
    // Every package on disk, at any depth: the package and exactly its runtime closure.
    const parseable = await npm(['ls', '--all', '--parseable'], project);
    const present = parseable.stdout
      .trim()
      .split('\n')
      .filter((path) => path.includes('node_modules/'))
      .map(nameOf);
    expect([...new Set(present)].sort()).toEqual([...new Set([manifest.name, ...closure])].sort());
    // The bins bundle everything but undici, a runtime dependency they load only behind a proxy.
    for (const bin of ['cli', 'mcp'])
      expect(await packagesLoadedBy(join(installed, 'dist', bin)), `dist/${bin} is bundled`).toEqual(['undici']);
  });

  it('require() and import give the same public API, and it works', async () => {
    const script = [
      `const viaRequire = require(${JSON.stringify(manifest.name)});`,
      `import(${JSON.stringify(manifest.name)}).then((viaImport) => {`,
      '  const names = (api) => Object.keys(api).filter((name) => name !== "default" && name !== "module.exports").sort();',
      '  const users = viaRequire.parseUsersDocument("create_users:\\n  - name: Ada\\n    email: ada@example.com\\n    is_sso_user: yes\\n", { format: "yaml" });',
      '  const csv = viaImport.parseUsersDocument("name,email,is_sso_user\\nBo,bo@example.com,false\\n", { format: "csv" });',
      '  console.log(JSON.stringify({ require: names(viaRequire), import: names(viaImport), version: viaImport.VERSION, users, csv }));',
      '});',
    ].join('\n');
    await writeFile(join(project, 'use.cjs'), script);
    const { stdout } = await run(process.execPath, ['use.cjs'], { cwd: project, env: userEnv() });
    const seen = JSON.parse(stdout) as { require: string[]; import: string[]; version: string; users: unknown; csv: unknown };
    expect(seen.require).toEqual(seen.import);
    expect(seen.import).toEqual(
      expect.arrayContaining([
        'Anyscale',
        'createClient',
        'adminBatchCreate',
        'exportUsers',
        'getUser',
        'listUsers',
        'planUsers',
        'AnyscaleError',
      ]),
    );
    expect(seen.version).toBe(manifest.version);
    expect(JSON.stringify(seen.users)).toContain('ada@example.com');
    expect(JSON.stringify(seen.csv)).toContain('bo@example.com');
  });

  it('npx anyscale-users --version prints the package version', async () => {
    const { stdout } = await run('npx', ['--no-install', 'anyscale-users', '--version'], { cwd: project, env: userEnv() });
    expect(stdout.trim()).toBe(manifest.version);
  });

  it('anyscale-users-mcp answers initialize and tools/list over stdio', async () => {
    const client = new Client({ name: 'install-test', version: '1.0.0' });
    const transport = new StdioClientTransport({
      // The link npm made, so its shebang is what starts it, with the Node on PATH.
      command: join(project, 'node_modules/.bin/anyscale-users-mcp'),
      args: ['--local'],
      env: { PATH: process.env.PATH ?? '', HOME: work },
      stderr: 'pipe',
    });
    await client.connect(transport);
    try {
      expect(client.getServerVersion()).toMatchObject({ name: manifest.name, version: manifest.version });
      const { tools } = await client.listTools();
      expect(tools.map((tool) => tool.name)).toEqual([...TOOL_NAMES]);
      const page = await client.callTool({ name: 'list_users', arguments: {} });
      expect(page.isError).toBeFalsy();
    } finally {
      await client.close();
    }
  });
});
