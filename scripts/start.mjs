// What `npm start` runs: the MCP server over Streamable HTTP on 127.0.0.1, backed by the embedded
// local org, so it can be tried without an Anyscale account. The server itself prints its URL,
// ready client configurations and the MCP Inspector command on stdout, and, unless MCP_AUTH_TOKEN
// is set, the token it made for this run on stderr (docs/mcp-http-auth.md). Extra arguments pass through
// (`npm start -- --port 9000`). It runs the built bundle and does not build it.
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const bin = join(dirname(fileURLToPath(import.meta.url)), '..', 'dist', 'mcp', 'index.js');
if (!existsSync(bin)) {
  process.stderr.write('dist/mcp/index.js is missing: run `npm run build` first, then `npm start`.\n');
  process.exit(1);
}
// The bin reads its options from process.argv; running it in this process keeps signals simple.
process.argv.splice(2, 0, '--http', '--local');
await import(pathToFileURL(bin).href);
