import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import type { OrgProcess } from './org-process.ts';
import type { BenchRow } from './report.ts';
import { fmt, median, repeat } from './stats.ts';

/** Wall time from spawn to exit. */
function timeProcess(args: string[], env: Record<string, string> = {}): Promise<number> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, args, { env: { ...process.env, ...env }, stdio: 'ignore' });
    child.on('exit', (code) => (code === 0 ? resolve(performance.now() - started) : reject(new Error(`${args.join(' ')} exited ${code}`))));
  });
}

/**
 * Wall time from spawn to the answer of `tools/list` over stdio, after `initialize`; with
 * `callEmail`, to the answer of a `get_user` sent right after `tools/list` is answered, which
 * waits for what the handshake did not need (the SDK, the connection, the token check).
 */
function timeMcpStartup(org: OrgProcess, callEmail?: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, ['dist/mcp/index.js'], {
      env: { ...process.env, ANYSCALE_HOST: org.url, ANYSCALE_CLI_TOKEN: org.ownerToken },
      stdio: ['pipe', 'pipe', 'ignore'],
    });
    const send = (message: unknown) => child.stdin.write(`${JSON.stringify(message)}\n`);
    const lastId = callEmail === undefined ? 2 : 3;
    createInterface({ input: child.stdout }).on('line', (line) => {
      const message = JSON.parse(line) as { id?: number };
      if (message.id === 1) {
        send({ jsonrpc: '2.0', method: 'notifications/initialized' });
        send({ jsonrpc: '2.0', id: 2, method: 'tools/list' });
      } else if (message.id === 2 && callEmail !== undefined) {
        send({ jsonrpc: '2.0', id: 3, method: 'tools/call', params: { name: 'get_user', arguments: { email: callEmail } } });
      } else if (message.id === lastId) {
        const elapsed = performance.now() - started;
        child.kill();
        resolve(elapsed);
      }
    });
    child.on('error', reject);
    send({
      jsonrpc: '2.0',
      id: 1,
      method: 'initialize',
      params: { protocolVersion: '2025-06-18', capabilities: {}, clientInfo: { name: 'bench', version: '1' } },
    });
  });
}

/** The entry's size and, since bundles are split, the size of all the JavaScript it may load. */
function bundleSize(dir: string): string {
  const kb = (bytes: number) => `${fmt(bytes / 1024, 0)} KB`;
  const scripts = readdirSync(dir, { recursive: true })
    .map(String)
    .filter((file) => file.endsWith('.js'));
  const total = scripts.reduce((sum, file) => sum + statSync(join(dir, file)).size, 0);
  return `entry ${kb(statSync(join(dir, 'index.js')).size)}, all chunks ${kb(total)}`;
}

/** Section 1: each adapter's cold start against the Node floor, interleaved run by run. */
export async function benchColdStart(org: OrgProcess, ownerEmail: string, runs: number): Promise<BenchRow[]> {
  const dir = mkdtempSync(join(tmpdir(), 'bench-action-'));
  const outputFile = join(dir, 'output');
  const summaryFile = join(dir, 'summary');
  const actionEnv = {
    INPUT_COMMAND: 'get',
    INPUT_EMAIL: ownerEmail,
    'INPUT_ANYSCALE-HOST': org.url,
    'INPUT_ANYSCALE-TOKEN': org.ownerToken,
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    RUNNER_TEMP: dir,
  };
  const floorRequest = `await (await fetch(${JSON.stringify(`${org.url}/api/v2/organization_collaborators/?email=${encodeURIComponent(ownerEmail)}&count=1`)}, { headers: { Authorization: 'Bearer ' + process.env.T } })).json();`;
  const times = {
    node: [] as number[],
    nodeFetch: [] as number[],
    action: [] as number[],
    mcp: [] as number[],
    mcpCall: [] as number[],
    cli: [] as number[],
  };
  await repeat(runs, async () => {
    writeFileSync(outputFile, '');
    writeFileSync(summaryFile, '');
    times.node.push(await timeProcess(['-e', '']));
    times.nodeFetch.push(await timeProcess(['--input-type=module', '-e', floorRequest], { T: org.ownerToken }));
    times.action.push(await timeProcess(['dist/action/index.js'], actionEnv));
    times.mcp.push(await timeMcpStartup(org));
    times.mcpCall.push(await timeMcpStartup(org, ownerEmail));
    times.cli.push(await timeProcess(['dist/cli/index.js', '--version']));
  });
  const node = median(times.node);
  const nodeFetch = median(times.nodeFetch);
  const row = (metric: string, value: number, floor: number, floorName: string, bundleDir: string, goal: number): BenchRow => ({
    section: 'cold start',
    metric: `${metric} (bundle: ${bundleSize(bundleDir)})`,
    value: `${fmt(value, 0)} ms`,
    floor: `${fmt(floor, 0)} ms ${floorName}`,
    ratio: value / floor,
    target: `≤ ${goal}×`,
    goal,
  });
  return [
    row('action `get`', median(times.action), nodeFetch, 'node + 1 request', 'dist/action', 1.5),
    // The handshake is answered before the SDK loads (mcp/fast-start.ts); the first call pays for it.
    row('MCP initialize + tools/list (stdio)', median(times.mcp), node, 'node -e ""', 'dist/mcp', 2.5),
    {
      section: 'cold start',
      metric: 'MCP initialize + tools/list + first `get_user` (stdio)',
      value: `${fmt(median(times.mcpCall), 0)} ms`,
      floor: `${fmt(nodeFetch, 0)} ms node + 1 request`,
      ratio: median(times.mcpCall) / nodeFetch,
      target: 'informational',
    },
    row('CLI --version', median(times.cli), node, 'node -e ""', 'dist/cli', 1.5),
  ];
}
