// npm run coverage: the whole suite, with coverage that sees the adapters. The adapter tests run
// the action, the CLI and the MCP server as subprocesses, which vitest's own coverage cannot see.
// So they run from their TypeScript sources (ANYSCALE_USERS_TEST_ENTRIES=source), and Node writes
// each subprocess's V8 coverage to a folder (NODE_V8_COVERAGE). Node runs .ts by replacing the
// types with blanks, so every position in that data is the source's own. Each script is then
// converted with ast-v8-to-istanbul, the converter vitest's v8 provider uses for the test process,
// so both halves count the same statements and merge by location into one report in coverage/.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { stripTypeScriptTypes } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import astV8ToIstanbul from 'ast-v8-to-istanbul';
import libCoverage from 'istanbul-lib-coverage';
import libReport from 'istanbul-lib-report';
import reports from 'istanbul-reports';
import { parseAstAsync } from 'vitest/node';

interface ScriptCoverage {
  url: string;
  functions: Parameters<typeof astV8ToIstanbul>[0]['coverage']['functions'];
}

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, 'coverage');
const raw = join(out, 'subprocesses');
const include = ['src/**/*.ts', 'mcp/**/*.ts'];
const counted = new RegExp(`^file://${root}/(src|mcp)/.+\\.ts$`);

rmSync(out, { recursive: true, force: true });
mkdirSync(raw, { recursive: true });
execFileSync(
  join(root, 'node_modules/.bin/vitest'),
  [
    'run',
    ...process.argv.slice(2),
    ...[
      '--coverage.enabled',
      '--coverage.provider=v8',
      '--coverage.reporter=json',
      `--coverage.reportsDirectory=${join(out, 'in-process')}`,
    ],
    ...include.map((glob) => `--coverage.include=${glob}`),
  ],
  // Vitest's workers are threads, so only the spawned adapters write to NODE_V8_COVERAGE.
  { cwd: root, stdio: 'inherit', env: { ...process.env, ANYSCALE_USERS_TEST_ENTRIES: 'source', NODE_V8_COVERAGE: raw } },
);

const map = libCoverage.createCoverageMap(JSON.parse(readFileSync(join(out, 'in-process', 'coverage-final.json'), 'utf8')));
const stripped = new Map<string, string>();
for (const file of readdirSync(raw).filter((name) => name.endsWith('.json'))) {
  const { result } = JSON.parse(readFileSync(join(raw, file), 'utf8')) as { result: ScriptCoverage[] };
  for (const script of result.filter((entry) => counted.test(entry.url))) {
    const path = fileURLToPath(script.url);
    if (!stripped.has(path)) stripped.set(path, stripTypeScriptTypes(readFileSync(path, 'utf8')));
    const code = stripped.get(path)!;
    map.merge(await astV8ToIstanbul({ code, ast: parseAstAsync(code), coverage: script }));
  }
}

const context = libReport.createContext({ dir: out, coverageMap: map, defaultSummarizer: 'nested' });
for (const kind of ['html', 'json-summary', 'text-summary'] as const) reports.create(kind).execute(context);

// Lines covered per part of the architecture: the figure the docs quote.
const parts = new Map<string, { covered: number; total: number }>();
for (const file of map.files()) {
  const part = /\/(src\/[a-z]+|mcp)\//.exec(file)?.[1] ?? file.slice(root.length + 1);
  const lines = map.fileCoverageFor(file).toSummary().lines;
  const sum = parts.get(part) ?? { covered: 0, total: 0 };
  parts.set(part, { covered: sum.covered + lines.covered, total: sum.total + lines.total });
}
// A file of re-exports only (src/index.ts) has no lines to count.
for (const [part, { covered, total }] of [...parts].filter(([, sum]) => sum.total > 0).sort()) {
  process.stdout.write(`${part.padEnd(12)} lines ${((100 * covered) / total).toFixed(1)}% (${covered}/${total})\n`);
}
