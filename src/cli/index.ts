#!/usr/bin/env node
// The `anyscale-users` bin. Everything lives in main.ts; this file only ties it to the process.
import { VERSION } from '../core/version.ts';

// `anyscale-users list | head` closes stdout early; that is the reader's choice, not a failure.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

const argv = process.argv.slice(2);
// Scripts and package managers probe a tool with `--version`: answered before anything else loads
// (main.ts loads node:util for parseArgs, about 4 ms of a 30 ms start).
if (argv.length === 1 && argv[0] === '--version') {
  process.stdout.write(`${VERSION}\n`);
} else if (argv[0] === 'mcp') {
  // `npx anyscale-users mcp` is how the MCP registry starts the server: npx runs the bin named
  // after the package. The server is its own bundle beside this one, so it is loaded by path.
  process.argv.splice(2, 1);
  const beside = import.meta.url.endsWith('.ts') ? '../../mcp/index.ts' : '../mcp/index.js';
  await import(new URL(beside, import.meta.url).href);
} else {
  const { main } = await import('./main.ts');
  process.exitCode = await main(argv);
}
