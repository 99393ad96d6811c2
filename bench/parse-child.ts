/**
 * One parse of a users file in a fresh process, so that its peak RSS is its own:
 *   node bench/parse-child.ts sdk|floor FILE
 * `sdk` is parseUsersDocument; `floor` is JSON.parse for a .json file and js-yaml for YAML.
 * Prints `{"ms":…,"users":…,"maxRssKb":…}`.
 */
import { readFileSync } from 'node:fs';
import { load } from 'js-yaml';
import { parseUsersDocumentAsync } from '../src/core/users-file.ts';

const [mode, file] = process.argv.slice(2) as [string, string];
const text = readFileSync(file, 'utf8');
const started = performance.now();
let users: number;
if (mode === 'sdk') {
  users = (await parseUsersDocumentAsync(text, { file })).length;
} else {
  const document = (file.endsWith('.json') ? JSON.parse(text) : load(text)) as { create_users: unknown[] };
  users = document.create_users.length;
}
const ms = performance.now() - started;
process.stdout.write(`${JSON.stringify({ ms, users, maxRssKb: process.resourceUsage().maxRSS })}\n`);
