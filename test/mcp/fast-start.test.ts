import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { once } from 'node:events';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startLocalOrg, type LocalOrg } from '../../src/local/index.ts';
import { chunkOf, DIST, loadedSources } from '../helpers/bundle-graph.ts';
import { BIN, assertBuilt } from './helpers.ts';

/** The bin over raw stdio: what it writes, line by line, as the bytes it wrote. */
interface RawServer {
  child: ChildProcessWithoutNullStreams;
  write(text: string): void;
  /** The first line not yet taken whose JSON satisfies `match`, as soon as it is written. */
  line(match: (message: Record<string, unknown>) => boolean): Promise<string>;
  stderr(): string;
  stop(): Promise<void>;
}

function spawnRaw(args: string[], env: Record<string, string>): RawServer {
  const child = spawn(process.execPath, [BIN, ...args], { env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...env } });
  const lines: string[] = [];
  const waiting: (() => void)[] = [];
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  createInterface({ input: child.stdout }).on('line', (text) => {
    lines.push(text);
    for (const wake of waiting.splice(0)) wake();
  });
  const taken = new Set<number>();
  return {
    child,
    write: (text) => child.stdin.write(text),
    async line(match) {
      for (;;) {
        const index = lines.findIndex((text, i) => !taken.has(i) && match(JSON.parse(text)));
        if (index !== -1) {
          taken.add(index);
          return lines[index]!;
        }
        await new Promise<void>((resolve) => waiting.push(resolve));
      }
    },
    stderr: () => stderr,
    async stop() {
      if (child.exitCode !== null) return;
      child.stdin.end();
      await once(child, 'exit');
    },
  };
}

const json = (message: unknown) => `${JSON.stringify(message)}\n`;
const initialize = (id: number | string, protocolVersion: string) =>
  json({
    jsonrpc: '2.0',
    id,
    method: 'initialize',
    params: { protocolVersion, capabilities: { elicitation: {} }, clientInfo: { name: 'Zoë’s host', version: '1.0' } },
  });
const initialized = json({ jsonrpc: '2.0', method: 'notifications/initialized' });
const listTools = (id: number) => json({ jsonrpc: '2.0', id, method: 'tools/list' });
const byId = (id: unknown) => (message: Record<string, unknown>) => message.id === id;

let org: LocalOrg;
beforeAll(async () => {
  assertBuilt();
  org = await startLocalOrg();
});
afterAll(() => org.close());

const owner = () => ({ ANYSCALE_HOST: org.url, ANYSCALE_CLI_TOKEN: org.ownerToken });

/** initialize and tools/list as the bin answers them; `sdkFirst` makes the SDK answer both, by opening with a ping. */
async function handshake(args: string[], protocolVersion: string, sdkFirst: boolean): Promise<[string, string]> {
  const server = spawnRaw(args, owner());
  try {
    if (sdkFirst) {
      server.write(json({ jsonrpc: '2.0', id: 'first', method: 'ping' }));
      await server.line(byId('first'));
    }
    server.write(initialize(1, protocolVersion));
    const opened = await server.line(byId(1));
    server.write(initialized + listTools(2));
    return [opened, await server.line(byId(2))];
  } finally {
    await server.stop();
  }
}

describe('the stdio handshake answered before the SDK loads (fast-start.ts)', () => {
  it.each<[string[], string]>([
    [[], '2025-06-18'],
    [[], '2025-11-25'],
    [[], '2024-11-05'],
    [['--read-only'], '2025-03-26'],
    [['--tools', 'batch_create_users,list_users'], '2025-06-18'],
    [[], '2099-01-01'],
  ])('answers initialize and tools/list byte for byte as the SDK does (%j, %s)', async (args, version) => {
    const [fast, sdk] = await Promise.all([handshake(args, version, false), handshake(args, version, true)]);
    expect(fast[0]).toBe(sdk[0]);
    expect(fast[1]).toBe(sdk[1]);
    expect(JSON.parse(fast[1]).result.tools.length).toBe(args.length === 0 ? 3 : 2);
  });

  it('hands a pipelined session to the SDK without losing or reordering a byte, split across writes', async () => {
    const server = spawnRaw([], owner());
    try {
      const call = json({
        jsonrpc: '2.0',
        id: 3,
        method: 'tools/call',
        params: { name: 'get_user', arguments: { email: 'owner@example.com' } },
      });
      const all = Buffer.from(initialize('a', '2025-06-18') + initialized + listTools(2) + call + listTools(4));
      // Split inside the multi-byte ’ of the client's name, and again inside the tools/call.
      const cuts = [all.indexOf('’') + 1, all.indexOf('tools/call') + 3, all.length];
      let from = 0;
      for (const cut of cuts) {
        server.child.stdin.write(all.subarray(from, cut));
        from = cut;
        await new Promise((resolve) => setTimeout(resolve, 5));
      }
      expect(JSON.parse(await server.line(byId('a'))).result.serverInfo.name).toBe('anyscale-users');
      expect(JSON.parse(await server.line(byId(2))).result.tools).toHaveLength(3);
      const found = JSON.parse(await server.line(byId(3)));
      expect(found.result.structuredContent.user.email).toBe('owner@example.com');
      expect(JSON.parse(await server.line(byId(4))).result.tools).toHaveLength(3);
      expect(server.stderr()).not.toContain('refused the opening');
    } finally {
      await server.stop();
    }
  });

  it('tells the client with tools/list_changed when the token turns out not to be allowed batch_create_users', async () => {
    const server = spawnRaw([], { ANYSCALE_HOST: org.url, ANYSCALE_CLI_TOKEN: org.collaboratorToken });
    try {
      server.write(initialize(1, '2025-06-18') + initialized + listTools(2));
      expect(JSON.parse(await server.line(byId(2))).result.tools).toHaveLength(3);
      await server.line((message) => message.method === 'notifications/tools/list_changed');
      server.write(listTools(3));
      const names = JSON.parse(await server.line(byId(3))).result.tools.map((tool: { name: string }) => tool.name);
      expect(names).toEqual(['list_users', 'get_user']);
    } finally {
      await server.stop();
    }
  });

  it('ends with exit 1 and says why when the start fails after the handshake, though stdin stays open', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'mcp-fast-'));
    try {
      const notADirectory = join(dir, 'file');
      await writeFile(notADirectory, '');
      const server = spawnRaw(['--local', notADirectory], {});
      server.write(initialize(1, '2025-06-18') + initialized + listTools(2));
      await server.line(byId(2));
      const [code] = await once(server.child, 'exit');
      expect(code).toBe(1);
      expect(server.stderr()).toContain('anyscale-users-mcp: could not start: AnyscaleError: Could not start the local org');
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('ends at once when stdin closes after the opening, with nothing left running', async () => {
    const server = spawnRaw([], owner());
    server.write(initialize(1, '2025-06-18'));
    await server.line(byId(1));
    const started = Date.now();
    await server.stop();
    expect(server.child.exitCode).toBe(0);
    expect(Date.now() - started).toBeLessThan(3_000);
  });
});

describe('what the bundle loads to answer the handshake', () => {
  it('is the entry, main, fast-start and the recorded answers, with no MCP SDK and no zod in them', () => {
    const sources = loadedSources([
      join(DIST, 'mcp/index.js'),
      chunkOf('mcp', 'main-'),
      chunkOf('mcp', 'fast-start-'),
      chunkOf('mcp', 'recorded-handshake-'),
    ]);
    expect(sources).toContain('mcp/fast-start.ts');
    expect(sources.filter((source) => /node_modules\/(zod|@modelcontextprotocol)\//.test(source))).toEqual([]);
  });
});
