// Bundles each adapter into one committed file under dist/ (GitHub runs dist/action as is, and
// npx starts the bins without resolving a dependency tree), writes the third-party licence
// notices of what each bundle contains beside it, and emits the library with its types.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outRoot = process.argv[2] ? join(process.cwd(), process.argv[2]) : join(root, 'dist');

const bundles = [
  { name: 'action', entry: 'src/action/index.ts', shebang: false },
  { name: 'mcp', entry: 'mcp/index.ts', shebang: true },
  { name: 'cli', entry: 'src/cli/index.ts', shebang: true },
];

// ESM output needs `require` for the CommonJS dependencies that esbuild wraps.
const banner = [
  "import { createRequire as __createRequire } from 'node:module';",
  'const require = __createRequire(import.meta.url);',
].join('\n');

function packageOf(inputPath) {
  const match = /node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(inputPath);
  return match?.[1];
}

function licenceNotices(metafile) {
  const packages = [...new Set(Object.keys(metafile.inputs).map(packageOf).filter(Boolean))].sort();
  return packages
    .map((name) => {
      const dir = join(root, 'node_modules', name);
      const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
      const file = readdirSync(dir).find((f) => /^(licen[cs]e|copying)/i.test(f));
      const text = file ? readFileSync(join(dir, file), 'utf8').trim() : `License: ${pkg.license ?? 'unknown'}`;
      return `${name}@${pkg.version}\n${'-'.repeat(name.length + pkg.version.length + 1)}\n${text}\n`;
    })
    .join('\n');
}

rmSync(outRoot, { recursive: true, force: true });
for (const bundle of bundles) {
  const outfile = join(outRoot, bundle.name, 'index.js');
  const result = await build({
    entryPoints: [join(root, bundle.entry)],
    outfile,
    bundle: true,
    platform: 'node',
    target: 'node24',
    format: 'esm',
    sourcemap: 'external',
    sourcesContent: false,
    minify: false,
    legalComments: 'none',
    metafile: true,
    logLevel: 'warning',
    banner: { js: (bundle.shebang ? '#!/usr/bin/env node\n' : '') + banner },
  });
  writeFileSync(join(outRoot, bundle.name, 'licenses.txt'), licenceNotices(result.metafile));
}

// The library keeps its dependencies external: whoever installs it resolves them once.
const libOut = join(outRoot, 'lib');
await build({
  entryPoints: [join(root, 'src/index.ts')],
  outfile: join(libOut, 'index.js'),
  bundle: true,
  packages: 'external',
  platform: 'node',
  target: 'node22',
  format: 'esm',
  sourcemap: 'external',
  sourcesContent: false,
  logLevel: 'warning',
});
mkdirSync(libOut, { recursive: true });
execFileSync(
  join(root, 'node_modules/.bin/tsc'),
  ['-p', join(root, 'tsconfig.lib.json'), '--outDir', relative(root, libOut)],
  { cwd: root, stdio: 'inherit' },
);
if (!existsSync(join(libOut, 'index.d.ts'))) throw new Error('type declarations were not emitted');
// Sources import each other as `.ts` (so Node runs them as is); consumers resolve `.js`.
for (const file of readdirSync(libOut, { recursive: true })) {
  if (!String(file).endsWith('.d.ts')) continue;
  const path = join(libOut, String(file));
  writeFileSync(path, readFileSync(path, 'utf8').replace(/(from\s+'\.{1,2}\/[^']+)\.ts'/g, "$1.js'"));
}
