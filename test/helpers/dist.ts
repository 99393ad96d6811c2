import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '../..');

/**
 * The entry file of each adapter that the adapter tests run as a subprocess: the committed bundle
 * in dist/ or, for `npm run coverage` (ANYSCALE_USERS_TEST_ENTRIES=source), the TypeScript source
 * itself, which Node 24 runs by stripping types in place, so that c8 maps the subprocesses'
 * coverage onto src/ and mcp/ line for line.
 */
export function adapterEntry(adapter: 'action' | 'cli' | 'mcp'): string {
  if (process.env.ANYSCALE_USERS_TEST_ENTRIES === 'source') {
    return join(ROOT, adapter === 'mcp' ? 'mcp/index.ts' : `src/${adapter}/index.ts`);
  }
  return join(ROOT, 'dist', adapter, 'index.js');
}
