import { execFile } from 'node:child_process';
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHttpServer, type HttpServerHandle } from '../../mcp/http.ts';
import { ROOT, capturingLogger, startHarness, type Harness } from './helpers.ts';

const run = promisify(execFile);
const CONFORMANCE = join(ROOT, 'node_modules/@modelcontextprotocol/conformance/dist/index.js');
const BASELINE = join(ROOT, 'test/mcp/conformance-expected-failures.yml');
/** The scenarios that apply to any server: each must pass outright, not merely be expected. */
const REQUIRED = ['server-initialize', 'tools-list', 'dns-rebinding-protection', 'http-header-validation'];

interface Check {
  id: string;
  status: string;
}

// The official conformance suite, offline against the HTTP server on loopback.
describe('MCP conformance suite', () => {
  let harness: Harness;
  let server: HttpServerHandle;
  let outDir: string;

  beforeAll(async () => {
    harness = await startHarness();
    server = await startHttpServer(
      { host: '127.0.0.1', port: 0, allowedHosts: [], authToken: undefined },
      harness.factory,
      capturingLogger(),
    );
    outDir = await mkdtemp(join(tmpdir(), 'mcp-conformance-'));
  });

  afterAll(async () => {
    await server?.close();
    await harness?.close();
    await rm(outDir, { recursive: true, force: true });
  });

  it('fails only the scenarios in the baseline, and passes the four that apply to any server', async () => {
    // Exit 0 means the failures are exactly the baseline: no new failure, no stale entry.
    const outcome = await run(
      process.execPath,
      [CONFORMANCE, 'server', '--url', server.url, '--suite', 'all', '--expected-failures', BASELINE, '-o', outDir],
      { timeout: 45_000 },
    ).then(
      () => 'baseline matched',
      (error: { stdout?: string }) => `conformance run failed:\n${error.stdout?.split('=== SUMMARY ===')[1] ?? String(error)}`,
    );
    expect(outcome).toBe('baseline matched');

    const runs = await readdir(outDir);
    for (const scenario of REQUIRED) {
      const dir = runs.find((name) => name.startsWith(`server-${scenario}-`));
      expect(dir, `${scenario} did not run`).toBeDefined();
      const checks = JSON.parse(await readFile(join(outDir, dir!, 'checks.json'), 'utf8')) as Check[];
      expect(checks.filter((check) => check.status === 'SUCCESS').length, scenario).toBeGreaterThan(0);
      expect(
        checks.filter((check) => !['SUCCESS', 'INFO'].includes(check.status)),
        scenario,
      ).toEqual([]);
    }
  }, 60_000);
});
