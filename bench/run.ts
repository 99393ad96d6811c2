/**
 * `npm run bench`: each case of the speed issue against a floor measured in the same run (these
 * machines are shared and noisy), as medians, at 0 ms and at 50 ms of added latency; memory of
 * `list --json` and of parsing users files; start-up; the local org under load. Writes the table
 * into BENCHMARKS.md between its markers.
 *
 *   node bench/run.ts [--quick] [--runs N] [--out FILE|-]
 *
 * `--quick` is the tiny version a test runs to keep the bench working: a few users, one run each.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { parseArgs } from 'node:util';
import { benchColdStart } from './cold-start.ts';
import { benchAtLatency, type LatencySizes } from './latency.ts';
import { benchLoad } from './load.ts';
import { benchListMemory, benchParsing } from './memory.ts';
import { seedUsers, startOrgProcess } from './org-process.ts';
import { renderTable, type BenchRow } from './report.ts';

const { values } = parseArgs({
  options: {
    quick: { type: 'boolean', default: false },
    runs: { type: 'string' },
    out: { type: 'string' },
  },
});
const quick = values.quick;
const runs = Number(values.runs ?? (quick ? 1 : 3));
const out = values.out ?? (quick ? '-' : 'BENCHMARKS.md');
const sizes: LatencySizes = quick
  ? { create: 200, org: 200, lookups: 20, list: 100 }
  : { create: 5_000, org: 2_500, lookups: 200, list: 10_000 };
const bigList = quick ? 200 : 100_000;
const latencies = quick ? [0, 5] : [0, 50];
const loadSeconds = quick ? 1 : 3;

const progress = (message: string) => process.stderr.write(`bench: ${message}\n`);
const rows: BenchRow[] = [];
const started = performance.now();

for (const latencyMs of latencies) rows.push(...(await benchAtLatency(latencyMs, sizes, runs, progress)));

const bigOrg = await startOrgProcess();
try {
  progress(`seeding ${bigList} users`);
  await seedUsers(bigOrg, bigList, 'walk');
  progress('memory of list --json');
  rows.push(...(await benchListMemory(bigOrg, bigList, runs)));
  progress('cold start');
  rows.push(...(await benchColdStart(bigOrg, 'owner@example.com', quick ? 1 : runs * 5)));
  progress('local org under load');
  rows.push(...(await benchLoad(bigOrg, loadSeconds, quick ? 1 : 3)));
} finally {
  await bigOrg.stop();
}
progress('parsing users files');
rows.push(...(await benchParsing(bigList, runs)));

const seconds = ((performance.now() - started) / 1000).toFixed(0);
const table = renderTable(rows);
const section = [
  `Measured ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC with \`npm run bench\` on ${cpus().length} × ${cpus()[0]?.model.trim()}, ${(totalmem() / 1024 ** 3).toFixed(0)} GB, Node ${process.versions.node} (shared with other work);`,
  `medians of ${runs} runs (${runs + 2} for batch create and the lookups dry run; cold start: ${quick ? 1 : runs * 5}; local org: ${quick ? 1 : 3} rounds of ${loadSeconds} s); the bench took ${seconds} s.`,
  '',
  table,
].join('\n');

if (out === '-') {
  process.stdout.write(`${table}\n`);
} else {
  const start = '<!-- bench:start -->';
  const end = '<!-- bench:end -->';
  const current = existsSync(out) ? readFileSync(out, 'utf8') : `# Benchmarks\n\n${start}\n${end}\n`;
  const before = current.slice(0, current.indexOf(start) + start.length);
  const after = current.slice(current.indexOf(end));
  writeFileSync(out, `${before}\n${section}\n${after}`);
  process.stdout.write(`${section}\n`);
}
