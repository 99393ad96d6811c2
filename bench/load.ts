import { spawn } from 'node:child_process';
import type { OrgProcess } from './org-process.ts';
import type { BenchRow } from './report.ts';
import { fmt } from './stats.ts';

interface AutocannonResult {
  latency: { p50: number; p99: number };
  requests: { average: number };
  non2xx: number;
  errors: number;
}

/** Section 5: list pages under 32 concurrent connections, from autocannon in its own process. */
export async function benchLoad(org: OrgProcess, seconds: number): Promise<BenchRow[]> {
  const url = `${org.url}/api/v2/organization_collaborators/?count=50`;
  const result = await new Promise<AutocannonResult>((resolve, reject) => {
    const child = spawn(
      process.execPath,
      ['node_modules/autocannon/autocannon.js', '-c', '32', '-d', String(seconds), '-j', '-H', `Authorization=Bearer ${org.ownerToken}`, url],
      { stdio: ['ignore', 'pipe', 'ignore'] },
    );
    let out = '';
    child.stdout.on('data', (chunk) => (out += chunk));
    child.on('exit', (code) => (code === 0 ? resolve(JSON.parse(out) as AutocannonResult) : reject(new Error(`autocannon exited ${code}`))));
  });
  if (result.non2xx > 0 || result.errors > 0) throw new Error(`load run had ${result.non2xx} non-2xx answers and ${result.errors} errors`);
  return [
    {
      section: 'local org',
      metric: 'list page (50 users), 32 concurrent clients',
      value: `p50 ${result.latency.p50} ms, p99 ${result.latency.p99} ms, ${fmt(result.requests.average, 0)} req/s`,
      target: 'p99 < 20 ms',
      met: result.latency.p99 < 20,
    },
  ];
}
