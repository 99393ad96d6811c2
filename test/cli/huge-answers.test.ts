import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHugeServer, type HugeServer } from '../helpers/huge-server.ts';
import { CANARY_TOKEN } from '../helpers/scripted-server.ts';
import { expectNoSecretsPrinted, runCli, useCliBundle } from './helpers.ts';

// Findings H3 and H4 as a person meets them: `list --max-items 1` against a 200 MB page, and a
// gzip bomb. The CLI runs as a subprocess that reports its own peak RSS as it exits.

useCliBundle();

const MB = 1024 * 1024;
let dir: string;
let tokenFile: string;
let preload: string;
const servers: HugeServer[] = [];

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'cli-huge-'));
  tokenFile = join(dir, 'token');
  await writeFile(tokenFile, CANARY_TOKEN, { mode: 0o600 });
  preload = join(dir, 'peak-rss.mjs');
  await writeFile(preload, "process.on('exit', () => process.stderr.write('peak-rss-kb=' + process.resourceUsage().maxRSS + '\\n'));\n");
});
afterAll(async () => {
  await Promise.all(servers.map((s) => s.close()));
  if (dir) await rm(dir, { recursive: true, force: true });
  expectNoSecretsPrinted([CANARY_TOKEN]);
});

async function listAgainst(server: HugeServer) {
  const run = await runCli(['list', '--max-items', '1', '--json', '--host', server.url, '--token-file', tokenFile], {
    env: { NODE_OPTIONS: `--import=${pathToFileURL(preload).href}` },
  });
  const peak = Number(/peak-rss-kb=(\d+)/.exec(run.stderr)?.[1]);
  return { run, peakMb: peak / 1024 };
}

// Node alone starts at about 50 MB; the cap adds 32 MiB of body. 862 MB was the figure before.
const PEAK_LIMIT_MB = 200;

describe('huge answers to the CLI', () => {
  it('list --max-items 1 on a 200 MB page stops at the cap: TOO_LARGE, exit 1, bounded memory', async () => {
    const server = await startHugeServer({ bytes: 200 * MB });
    servers.push(server);
    const { run, peakMb } = await listAgainst(server);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain(
      'Error [TOO_LARGE]: Anyscale answered GET /api/v2/organization_collaborators/ with a body larger than 32 MiB',
    );
    expect(server.requests()).toBe(1);
    expect(server.bytesWritten()).toBeLessThan(64 * MB);
    expect(peakMb).toBeGreaterThan(0);
    expect(peakMb).toBeLessThan(PEAK_LIMIT_MB);
  });

  it('a gzip bomb is refused the same way, after decompression, in bounded memory', async () => {
    const server = await startHugeServer({ bytes: 200 * MB, gzip: true });
    servers.push(server);
    const { run, peakMb } = await listAgainst(server);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('Error [TOO_LARGE]:');
    expect(run.stderr).toContain('(after decompression)');
    expect(server.requests()).toBe(1);
    expect(peakMb).toBeLessThan(PEAK_LIMIT_MB);
  });
});
