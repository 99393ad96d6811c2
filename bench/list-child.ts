/**
 * One `list --json` in a fresh process, stdout to /dev/null, reporting its peak RSS:
 *   node bench/list-child.ts cli|raw URL TOKEN_FILE
 * `cli` runs the CLI bundle in this process; `raw` is the floor, a fetch loop that writes the same
 * pretty JSON array page by page. Prints `{"maxRssKb":…}` to the file in BENCH_RSS_FILE at exit.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { authHeaders } from './org-process.ts';

const [mode, url, tokenFile] = process.argv.slice(2) as [string, string, string];
process.on('exit', () => writeFileSync(process.env.BENCH_RSS_FILE!, JSON.stringify({ maxRssKb: process.resourceUsage().maxRSS })));

const write = (chunk: string) =>
  new Promise<void>((resolve) => {
    if (process.stdout.write(chunk)) resolve();
    else process.stdout.once('drain', resolve);
  });

if (mode === 'cli') {
  process.argv = [
    process.argv[0]!,
    'anyscale-users',
    'list',
    '--json',
    '--collaborator-type',
    'all_accounts',
    '--host',
    url,
    '--token-file',
    tokenFile,
  ];
  // A URL, not a literal path: the bundle has no types, and the bench reads it as a user runs it.
  await import(new URL('../dist/cli/index.js', import.meta.url).href);
} else {
  const headers = authHeaders(readFileSync(tokenFile, 'utf8').trim());
  let token: string | null = null;
  let first = true;
  do {
    const params = new URLSearchParams({ collaborator_type: 'all_accounts', count: '50' });
    if (token) params.set('paging_token', token);
    const body = (await (await fetch(`${url}/api/v2/organization_collaborators/?${params}`, { headers })).json()) as {
      results: unknown[];
      metadata: { next_paging_token: string | null };
    };
    let chunk = '';
    for (const user of body.results) {
      chunk += `${first ? '[\n  ' : ',\n  '}${JSON.stringify(user, null, 2).replaceAll('\n', '\n  ')}`;
      first = false;
    }
    await write(chunk);
    token = body.metadata.next_paging_token;
  } while (token);
  await write(first ? '[]\n' : '\n]\n');
}
