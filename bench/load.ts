import { spawn } from 'node:child_process';
import type { OrgProcess } from './org-process.ts';
import type { BenchRow } from './report.ts';
import { fmt, median, repeat } from './stats.ts';

interface AutocannonResult {
  latency: { p50: number; p99: number };
  requests: { average: number };
  non2xx: number;
  errors: number;
}

function loadRound(org: OrgProcess, seconds: number): Promise<AutocannonResult> {
  const url = `${org.url}/api/v2/organization_collaborators/?count=50`;
  return new Promise<AutocannonResult>((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [
        'node_modules/autocannon/autocannon.js',
        '-c',
        '32',
        '-d',
        String(seconds),
        '-j',
        '-H',
        `Authorization=Bearer ${org.ownerToken}`,
        url,
      ],
      { stdio: ['ignore', 'pipe', 'ignore'] },
    );
    let out = '';
    child.stdout.on('data', (chunk) => (out += chunk));
    child.on('exit', (code) =>
      code === 0 ? resolve(JSON.parse(out) as AutocannonResult) : reject(new Error(`autocannon exited ${code}`)),
    );
  });
}

/** Section 5: list pages under 32 concurrent connections, from autocannon in its own process; medians of the rounds. */
export async function benchLoad(org: OrgProcess, seconds: number, rounds: number): Promise<BenchRow[]> {
  const results = await repeat(rounds, () => loadRound(org, seconds));
  for (const result of results) {
    if (result.non2xx > 0 || result.errors > 0)
      throw new Error(`load run had ${result.non2xx} non-2xx answers and ${result.errors} errors`);
  }
  const p50 = median(results.map((r) => r.latency.p50));
  const p99 = median(results.map((r) => r.latency.p99));
  const rps = median(results.map((r) => r.requests.average));
  return [
    {
      section: 'local org',
      metric: 'list page (50 users), 32 concurrent clients',
      value: `p50 ${p50} ms, p99 ${p99} ms, ${fmt(rps, 0)} req/s (p99 of each round: ${results.map((r) => r.latency.p99).join(', ')})`,
      target: 'p99 < 20 ms',
      met: p99 < 20,
    },
  ];
}
