/**
 * `npm run bench`: start-up, paging, memory, batch creation and the local org under load, each
 * against a floor measured in the same run (these machines are shared and noisy), reported as
 * medians. Writes the table into BENCHMARKS.md between its markers.
 *
 *   node bench/run.ts [--quick] [--users N] [--batch N] [--runs N] [--load-seconds N] [--out FILE|-]
 *
 * `--quick` is the tiny version a test runs to keep the bench working: 100 users, one run each.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { parseArgs } from 'node:util';
import { benchBatch } from './batch.ts';
import { benchColdStart } from './cold-start.ts';
import { benchLoad } from './load.ts';
import { startOrgProcess, seedUsers } from './org-process.ts';
import { benchPaging } from './paging.ts';
import { renderTable, type BenchRow } from './report.ts';

const { values } = parseArgs({
  options: {
    quick: { type: 'boolean', default: false },
    users: { type: 'string' },
    batch: { type: 'string' },
    runs: { type: 'string' },
    'load-seconds': { type: 'string' },
    out: { type: 'string' },
  },
});
const quick = values.quick;
const users = Number(values.users ?? (quick ? 100 : 100_000));
const batchUsers = Number(values.batch ?? (quick ? 100 : 10_000));
const runs = Number(values.runs ?? (quick ? 1 : 9));
const loadSeconds = Number(values['load-seconds'] ?? (quick ? 1 : 10));
const out = values.out ?? (quick ? '-' : 'BENCHMARKS.md');

const progress = (message: string) => process.stderr.write(`bench: ${message}\n`);
const rows: BenchRow[] = [];
const started = performance.now();

const walkOrg = await startOrgProcess();
try {
  progress(`seeding ${users} users`);
  await seedUsers(walkOrg, users, 'walk');
  progress('cold start');
  rows.push(...(await benchColdStart(walkOrg, 'owner@example.com', quick ? 1 : runs * 3)));
  progress('paging and memory');
  rows.push(...(await benchPaging(walkOrg, users, runs)));
  progress('local org under load');
  rows.push(...(await benchLoad(walkOrg, loadSeconds, quick ? 1 : 3)));
} finally {
  await walkOrg.stop();
}

const batchOrg = await startOrgProcess();
try {
  progress(`batch create of ${batchUsers} users`);
  rows.push(...(await benchBatch(batchOrg, batchUsers, runs)));
} finally {
  await batchOrg.stop();
}

const seconds = ((performance.now() - started) / 1000).toFixed(0);
const table = renderTable(rows);
const section = [
  `Measured ${new Date().toISOString().slice(0, 10)} on ${cpus().length} × ${cpus()[0]?.model.trim()}, Node ${process.versions.node};`,
  `${users.toLocaleString('en')} users to walk, ${batchUsers.toLocaleString('en')} to create, medians of ${runs} runs (cold start: ${runs * 3}; local org: ${quick ? 1 : 3} rounds of ${loadSeconds} s); the bench took ${seconds} s.`,
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
