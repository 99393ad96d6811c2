import { spawn } from 'node:child_process';
import type { OrgProcess } from './org-process.ts';
import type { BenchRow } from './report.ts';
import { fmt, median, ratio, repeat } from './stats.ts';

interface WalkResult {
  ms: number;
  users: number;
  maxRssKb: number;
}

function walk(org: OrgProcess, mode: 'sdk' | 'raw', max: number): Promise<WalkResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['bench/walk-child.ts', mode, org.url, String(max)], {
      env: { ...process.env, BENCH_TOKEN: org.ownerToken },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let out = '';
    child.stdout.on('data', (chunk) => (out += chunk));
    child.on('exit', (code) => (code === 0 ? resolve(JSON.parse(out) as WalkResult) : reject(new Error(`walk exited ${code}`))));
  });
}

/** Sections 2 and 3: walking the org through list() against a raw fetch loop, and peak memory. */
export async function benchPaging(org: OrgProcess, users: number, runs: number): Promise<BenchRow[]> {
  const small = Math.max(1, Math.floor(users / 10));
  const sdk: WalkResult[] = [];
  const raw: WalkResult[] = [];
  // Interleaved, so that a noisy neighbour slows both sides alike.
  await repeat(runs, async () => {
    raw.push(await walk(org, 'raw', users));
    sdk.push(await walk(org, 'sdk', users));
  });
  const smallSdk: WalkResult[] = [];
  const smallRaw: WalkResult[] = [];
  await repeat(runs, async () => {
    smallRaw.push(await walk(org, 'raw', small));
    smallSdk.push(await walk(org, 'sdk', small));
  });
  for (const result of [...sdk, ...raw]) {
    if (result.users !== users) throw new Error(`a walk saw ${result.users} users, expected ${users}`);
  }
  const sdkMs = median(sdk.map((r) => r.ms));
  const rawMs = median(raw.map((r) => r.ms));
  const pagingRatio = ratio(sdkMs, rawMs);
  const peakMb = (results: WalkResult[]) => median(results.map((r) => r.maxRssKb)) / 1024;
  const rssBig = peakMb(sdk);
  const rssSmall = peakMb(smallSdk);
  // Whether growth is the SDK's own shows in the raw loop: the same pages through fetch alone.
  const rawGrowth = peakMb(raw) / peakMb(smallRaw);
  return [
    {
      section: 'paging',
      metric: `list() over ${users.toLocaleString('en')} users, page size 50`,
      value: `${fmt(sdkMs, 0)} ms (${fmt((users / sdkMs) * 1000, 0)} users/s)`,
      floor: `${fmt(rawMs, 0)} ms (${fmt((users / rawMs) * 1000, 0)} users/s) raw fetch`,
      ratio: pagingRatio,
      target: '≤ 1.15×',
      met: pagingRatio <= 1.15,
    },
    {
      section: 'memory',
      metric: `peak RSS walking ${users.toLocaleString('en')} vs ${small.toLocaleString('en')} users`,
      value: `${fmt(rssBig)} MB`,
      floor: `${fmt(rssSmall)} MB (raw fetch loop: ${fmt(peakMb(raw))} vs ${fmt(peakMb(smallRaw))} MB, ${fmt(rawGrowth, 2)}×)`,
      ratio: rssBig / rssSmall,
      target: '≤ 1.2×',
      met: rssBig / rssSmall <= 1.2,
    },
  ];
}
