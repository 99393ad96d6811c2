/**
 * The architecture's import rules (issue 11). `npm run lint:deps` checks them in `npm test`.
 *
 * - core (src/core) is handed a logger, fetch, sleep and clock; it imports no adapter, no
 *   @actions/core, no MCP SDK and no node:sqlite.
 * - The adapters (src/action, src/cli, mcp) import core, their own folder and, of the local org,
 *   only src/local/connect.ts (the one door for `--local` / `local: true`). None imports another.
 * - The local org (src/local) imports core only, never an adapter.
 * - Shipped code (src, mcp) never imports test/, bench/ or scripts/.
 */
const ADAPTERS = ['^src/action/', '^src/cli/', '^mcp/'];

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'core-imports-no-adapter',
      comment: 'Core never imports an adapter or the local org: adapters depend on core, not the other way round.',
      severity: 'error',
      from: { path: '^src/core/' },
      to: { path: ['^src/action/', '^src/cli/', '^src/local/', '^mcp/', '^src/index\\.ts$'] },
    },
    {
      name: 'core-imports-no-platform-sdk',
      comment: 'Core stays free of the GitHub Actions toolkit and the MCP SDK; the adapters bring those.',
      severity: 'error',
      from: { path: '^src/core/' },
      to: { path: ['node_modules/@actions/', 'node_modules/@modelcontextprotocol/'] },
    },
    {
      name: 'core-imports-no-sqlite',
      comment: 'node:sqlite belongs to the local org, not to core.',
      severity: 'error',
      from: { path: '^src/core/' },
      to: { dependencyTypes: ['core'], path: '^(node:)?sqlite$' },
    },
    {
      name: 'action-imports-no-other-adapter',
      severity: 'error',
      from: { path: '^src/action/' },
      to: { path: ['^src/cli/', '^mcp/'] },
    },
    {
      name: 'cli-imports-no-other-adapter',
      severity: 'error',
      from: { path: '^src/cli/' },
      to: { path: ['^src/action/', '^mcp/'] },
    },
    {
      name: 'mcp-imports-no-other-adapter',
      severity: 'error',
      from: { path: '^mcp/' },
      to: { path: ['^src/action/', '^src/cli/'] },
    },
    {
      name: 'adapters-reach-local-org-only-via-connect',
      comment: 'An adapter opens the local org through src/local/connect.ts, never its store or server directly.',
      severity: 'error',
      from: { path: ADAPTERS },
      to: { path: '^src/local/', pathNot: '^src/local/connect\\.ts$' },
    },
    {
      name: 'local-org-imports-no-adapter',
      severity: 'error',
      from: { path: '^src/local/' },
      to: { path: [...ADAPTERS, '^src/index\\.ts$'] },
    },
    {
      name: 'library-entry-exports-core-only',
      comment: 'The library entry (src/index.ts) re-exports core; it pulls in no adapter or local org.',
      severity: 'error',
      from: { path: '^src/index\\.ts$' },
      to: { path: [...ADAPTERS, '^src/local/'] },
    },
    {
      name: 'shipped-code-imports-no-tests',
      severity: 'error',
      from: { path: ['^src/', '^mcp/'] },
      to: { path: ['^test/', '^bench/', '^scripts/'] },
    },
    {
      name: 'no-unresolvable',
      comment: 'An import that does not resolve is a typo or a missing dependency.',
      severity: 'error',
      from: {},
      to: { couldNotResolve: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^dist/' },
    parser: 'swc',
    tsPreCompilationDeps: true,
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      mainFields: ['module', 'main', 'types'],
      extensions: ['.ts', '.js', '.mjs', '.cjs', '.json'],
    },
  },
};
