import { defineConfig } from 'vitest/config';

/**
 * The tests `npm run mutate` runs against each mutant: the in-process ones that exercise the files
 * Stryker mutates. The bundle tests (CLI, action, MCP bins) run dist/, which a mutant never reaches.
 */
export default defineConfig({
  test: {
    include: [
      'test/core/**/*.test.ts',
      'test/contract/error-shapes.test.ts',
      'test/action/masking.test.ts',
      'test/mcp/confirmation.test.ts',
      'test/mcp/options.test.ts',
      'test/mcp/http.test.ts',
      'test/local/data-dir.test.ts',
    ],
    testTimeout: 30_000,
    hookTimeout: 30_000,
  },
});
