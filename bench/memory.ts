import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { OrgProcess } from './org-process.ts';
import { parseUsersDocumentAsync } from '../src/core/users-file.ts';
import type { BenchRow } from './report.ts';
import { fmt, median } from './stats.ts';

function child(args: string[], env: Record<string, string> = {}): Promise<string> {
  return new Promise((resolve, reject) => {
    const proc = spawn(process.execPath, args, { env: { ...process.env, ...env }, stdio: ['ignore', 'ignore', 'inherit'] });
    proc.on('exit', (code) => (code === 0 ? resolve('') : reject(new Error(`${args.join(' ')} exited ${code}`))));
  });
}

async function peakMb(args: string[], dir: string): Promise<number> {
  const file = join(dir, 'rss.json');
  await child(args, { BENCH_RSS_FILE: file });
  return (JSON.parse(readFileSync(file, 'utf8')) as { maxRssKb: number }).maxRssKb / 1024;
}

/** Medians of peak RSS, the measured thing and its floor interleaved. */
async function comparePeaks(runs: number, dir: string, sdk: string[], floor: string[]): Promise<{ sdk: number; floor: number }> {
  const a: number[] = [];
  const b: number[] = [];
  for (let run = 0; run < runs; run++) {
    b.push(await peakMb(floor, dir));
    a.push(await peakMb(sdk, dir));
  }
  return { sdk: median(a), floor: median(b) };
}

const memoryRow = (
  section: string,
  metric: string,
  result: { sdk: number; floor: number },
  floorName: string,
  goal: number,
  extra = '',
): BenchRow => ({
  section,
  metric,
  value: `${fmt(result.sdk)} MB${extra}`,
  floor: `${fmt(result.floor)} MB ${floorName}`,
  ratio: result.sdk / result.floor,
  target: `≤ ${goal}×`,
  goal,
});

/** `list --json` over an org of `users` (already seeded), against a raw loop that streams the array. */
export async function benchListMemory(org: OrgProcess, users: number, runs: number): Promise<BenchRow[]> {
  const dir = mkdtempSync(join(tmpdir(), 'bench-list-'));
  try {
    const tokenFile = join(dir, 'token');
    writeFileSync(tokenFile, org.ownerToken, { mode: 0o600 });
    const result = await comparePeaks(
      runs,
      dir,
      ['bench/list-child.ts', 'cli', org.url, tokenFile],
      ['bench/list-child.ts', 'raw', org.url, tokenFile],
    );
    return [
      memoryRow('memory', `\`list --json\` peak RSS at ${users.toLocaleString('en')} users`, result, 'raw loop streaming the array', 1.15),
    ];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Peak RSS (and time) parsing a users file of `users`, JSON and YAML, against JSON.parse and js-yaml. */
export async function benchParsing(users: number, runs: number): Promise<BenchRow[]> {
  const dir = mkdtempSync(join(tmpdir(), 'bench-parse-'));
  try {
    let yaml = 'create_users:\n';
    const list = [];
    for (let i = 0; i < users; i++) {
      yaml += `  - name: User ${i}\n    email: user${i}@example.com\n    is_sso_user: ${i % 2 ? 'yes' : 'false'}\n    title: Engineer\n`;
      list.push({ name: `User ${i}`, email: `user${i}@example.com`, is_sso_user: i % 2 === 1, title: 'Engineer' });
    }
    const files = { json: join(dir, 'users.json'), yaml: join(dir, 'users.yaml') };
    writeFileSync(files.yaml, yaml);
    writeFileSync(files.json, JSON.stringify({ create_users: list }, null, 2));
    // The two files must mean the same users, or the comparison says nothing.
    const [fromJson, fromYaml] = await Promise.all([
      parseUsersDocumentAsync(readFileSync(files.json, 'utf8'), { file: files.json }),
      parseUsersDocumentAsync(yaml, { file: files.yaml }),
    ]);
    if (JSON.stringify(fromJson) !== JSON.stringify(fromYaml)) throw new Error('the JSON and YAML files differ');
    const rows: BenchRow[] = [];
    for (const [format, file] of Object.entries(files)) {
      const times: { sdk: number[]; floor: number[] } = { sdk: [], floor: [] };
      const peaks = { sdk: [] as number[], floor: [] as number[] };
      for (let run = 0; run < runs; run++) {
        for (const mode of ['floor', 'sdk'] as const) {
          const out = join(dir, 'out.json');
          await new Promise<void>((resolve, reject) => {
            const proc = spawn(process.execPath, ['bench/parse-child.ts', mode, file], { stdio: ['ignore', 'pipe', 'inherit'] });
            let text = '';
            proc.stdout.on('data', (chunk) => (text += chunk));
            proc.on('exit', (code) => {
              if (code !== 0) return reject(new Error(`parse-child exited ${code}`));
              writeFileSync(out, text);
              resolve();
            });
          });
          const result = JSON.parse(readFileSync(out, 'utf8')) as { ms: number; users: number; maxRssKb: number };
          if (result.users !== users) throw new Error(`a parse saw ${result.users} users`);
          times[mode].push(result.ms);
          peaks[mode].push(result.maxRssKb / 1024);
        }
      }
      const floorName = format === 'json' ? 'JSON.parse' : 'js-yaml';
      rows.push(
        memoryRow(
          'parsing',
          `parse a ${users.toLocaleString('en')}-user ${format.toUpperCase()} file: peak RSS`,
          { sdk: median(peaks.sdk), floor: median(peaks.floor) },
          `${floorName} (time: ${fmt(median(times.sdk), 0)} ms vs ${fmt(median(times.floor), 0)} ms)`,
          2,
        ),
      );
    }
    return rows;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
