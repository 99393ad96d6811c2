// Bundles each adapter into committed files under dist/<adapter>/ (GitHub runs dist/action as is,
// and npx starts the bins with nothing to resolve but undici, see below), writes the third-party licence
// notices of what each bundle contains beside it, and emits the library with its types.
// Each adapter is an entry, index.js, plus chunks/: with code splitting every dynamic import()
// (a command not chosen, the local org, the YAML and CSV parsers, the MCP HTTP transport) is a
// chunk that loads only when it runs, so a start pays only for what its command needs.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outRoot = process.argv[2] ? join(process.cwd(), process.argv[2]) : join(root, 'dist');

// undici (1 MB bundled, loaded only behind a proxy) is a runtime dependency of the package, so
// the npm bins use the installed copy instead of carrying one each; the action has no
// node_modules on the runner and bundles everything.
const bundles = [
  { name: 'action', entry: 'src/action/index.ts', external: [] },
  { name: 'mcp', entry: 'mcp/index.ts', external: ['undici'] },
  { name: 'cli', entry: 'src/cli/index.ts', external: ['undici'] },
];

// ESM output needs `require` for the CommonJS dependencies that esbuild wraps.
const banner = [
  "import { createRequire as __createRequire } from 'node:module';",
  'const require = __createRequire(import.meta.url);',
].join('\n');

/**
 * @actions/core imports its OIDC client at the top, and with it @actions/http-client and undici
 * (about 780 KB, 30-40 ms of every start), though only core.getIDToken() uses it. This puts a
 * stand-in in its place that imports the real client on the first getIDToken() call; with code
 * splitting the client lands in a chunk that an ordinary run never loads.
 */
const lazyOidcClient = {
  name: 'lazy-oidc-client',
  setup(build) {
    build.onResolve({ filter: /^\.\/oidc-utils\.js$/ }, (args) => {
      if (args.namespace !== 'file' || !/[\\/]@actions[\\/]core[\\/]lib[\\/]/.test(args.importer)) return undefined;
      return { path: 'oidc-utils.js', namespace: 'lazy-oidc-client', pluginData: { resolveDir: dirname(args.importer) } };
    });
    build.onLoad({ filter: /.*/, namespace: 'lazy-oidc-client' }, (args) => ({
      contents: [
        'export class OidcClient {',
        '  static async getIDToken(audience) {',
        "    const { OidcClient } = await import('./oidc-utils.js');",
        '    return OidcClient.getIDToken(audience);',
        '  }',
        '}',
      ].join('\n'),
      resolveDir: args.pluginData.resolveDir,
      loader: 'js',
    }));
  },
};

/**
 * The MCP SDK imports its JSON Schema validator, ajv with ajv-formats (about 300 KB, 100 ms and
 * more of every start), at the top, though only a confirmation form's answer or a JSON Schema
 * tool is ever validated with it, and never before the first tools/list. This puts a stand-in
 * in its place that loads the real one on its first getValidator() call. That call is
 * synchronous, so the real one is its own entry, chunks/json-schema-validator.js, read with
 * require() (Node 24 requires ES modules synchronously); the stand-in only ever lands in chunks/.
 */
const VALIDATOR_ENTRY = 'chunks/json-schema-validator';
const lazyJsonSchemaValidator = {
  name: 'lazy-json-schema-validator',
  setup(build) {
    build.onResolve({ filter: /^@modelcontextprotocol\/server\/_shims$/ }, (args) => {
      // The real one's own entry imports the real module.
      if (args.importer.endsWith(join('mcp', 'json-schema-validator.ts'))) return undefined;
      return { path: 'shims.js', namespace: 'lazy-json-schema-validator' };
    });
    build.onResolve({ filter: /^\.\/json-schema-validator\.js$/, namespace: 'lazy-json-schema-validator' }, () => ({
      path: './json-schema-validator.js',
      external: true,
    }));
    build.onLoad({ filter: /.*/, namespace: 'lazy-json-schema-validator' }, () => ({
      contents: [
        "import process from 'node:process';",
        'export { process };',
        'let Real;',
        'export class DefaultJsonSchemaValidator {',
        '  #args;',
        '  #inner;',
        '  constructor(...args) {',
        '    this.#args = args;',
        '  }',
        '  getValidator(schema) {',
        "    Real ??= require('./json-schema-validator.js').DefaultJsonSchemaValidator;",
        '    this.#inner ??= new Real(...this.#args);',
        '    return this.#inner.getValidator(schema);',
        '  }',
        '}',
      ].join('\n'),
      loader: 'js',
    }));
  },
};

/**
 * The stdio server answers `initialize` and `tools/list` before it loads the MCP SDK
 * (mcp/fast-start.ts), from answers the real server gives. This records them here, from the same
 * sources, and puts them in place of mcp/recorded-handshake.ts, which would record them at run time.
 */
const { recordHandshake } = await import('../mcp/handshake-record.ts');
const recordedHandshake = {
  name: 'recorded-handshake',
  setup(build) {
    build.onLoad({ filter: /[\\/]mcp[\\/]recorded-handshake\.ts$/ }, async () => ({
      contents: `const recorded = JSON.parse(${JSON.stringify(JSON.stringify(await recordHandshake()))});\nexport async function recordedHandshake() {\n  return recorded;\n}\n`,
      loader: 'js',
    }));
  },
};

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
  const outdir = join(outRoot, bundle.name);
  const result = await build({
    entryPoints: {
      index: join(root, bundle.entry),
      ...(bundle.name === 'mcp' ? { [VALIDATOR_ENTRY]: join(root, 'mcp/json-schema-validator.ts') } : {}),
    },
    outdir,
    external: bundle.external,
    splitting: true,
    chunkNames: 'chunks/[name]-[hash]',
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
    // The bins' shebang comes from their entry files; a banner would put it on every chunk too.
    banner: { js: banner },
    plugins: bundle.name === 'mcp' ? [lazyOidcClient, lazyJsonSchemaValidator, recordedHandshake] : [lazyOidcClient],
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
execFileSync(join(root, 'node_modules/.bin/tsc'), ['-p', join(root, 'tsconfig.lib.json'), '--outDir', relative(root, libOut)], {
  cwd: root,
  stdio: 'inherit',
});
if (!existsSync(join(libOut, 'index.d.ts'))) throw new Error('type declarations were not emitted');
// Sources import each other as `.ts` (so Node runs them as is); consumers resolve `.js`.
for (const file of readdirSync(libOut, { recursive: true })) {
  if (!String(file).endsWith('.d.ts')) continue;
  const path = join(libOut, String(file));
  writeFileSync(path, readFileSync(path, 'utf8').replace(/(from\s+'\.{1,2}\/[^']+)\.ts'/g, "$1.js'"));
}
