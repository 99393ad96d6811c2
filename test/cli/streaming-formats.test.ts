import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CANARY_TOKEN, collaborator, listBody, startScriptedServer, type ScriptedServer } from '../helpers/scripted-server.ts';
import { expectNoSecretsPrinted, spawnCli, transcripts, useCliBundle } from './helpers.ts';

useCliBundle();

/** How long the server holds the second page back before giving up on seeing the first user. */
const HOLD_MS = 5_000;

let dir: string;
let tokenFile: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'cli-streaming-'));
  tokenFile = join(dir, 'token');
  await writeFile(tokenFile, `${CANARY_TOKEN}\n`, { mode: 0o600 });
});
afterAll(() => rm(dir, { recursive: true, force: true }));

/**
 * A server that answers the first page at once and holds the second back until the test has seen
 * the first user on the CLI's stdout. A CLI that printed only once every page was in would keep
 * the second page waiting until HOLD_MS, and the server records that it did.
 */
async function holdingServer(): Promise<{ server: ScriptedServer; firstUserSeen: () => void; held: string[] }> {
  let firstUserSeen!: () => void;
  const seen = new Promise<void>((resolve) => (firstUserSeen = resolve));
  const held: string[] = [];
  const server = await startScriptedServer(async (request) => {
    if (!request.url.searchParams.has('paging_token')) return { body: listBody([collaborator(1), collaborator(2)], 'page-2', 3) };
    held.push(
      await Promise.race([seen.then(() => 'released'), new Promise<string>((resolve) => setTimeout(() => resolve('timed out'), HOLD_MS))]),
    );
    return { body: listBody([collaborator(3)], null, 3) };
  });
  return { server, firstUserSeen, held };
}

const READERS: Record<string, (stdout: string) => string[]> = {
  '--json': (stdout) => (JSON.parse(stdout) as { email: string }[]).map((user) => user.email),
  '--jsonl': (stdout) =>
    stdout
      .trimEnd()
      .split('\n')
      .map((line) => (JSON.parse(line) as { email: string }).email),
  csv: (stdout) =>
    stdout
      .trimEnd()
      .split('\n')
      .slice(1)
      .map((line) => line.split(',')[0]!),
  yaml: (stdout) => [...stdout.matchAll(/^ {4}email: "(.+)"$/gm)].map((match) => match[1]!),
};

describe('list streams every format', () => {
  for (const [flag, read] of Object.entries(READERS)) {
    it(`${flag}: the first user is printed before the second page is served`, async () => {
      const { server, firstUserSeen, held } = await holdingServer();
      try {
        const formatArgs = flag.startsWith('--') ? [flag] : ['--format', flag];
        const child = spawnCli(['list', ...formatArgs, '--host', server.url, '--token-file', tokenFile]);
        let stdout = '';
        let stderr = '';
        child.stdout!.on('data', (chunk: Buffer) => {
          stdout += chunk.toString();
          if (stdout.includes('user1@example.com')) firstUserSeen();
        });
        child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
        const code = await new Promise<number | null>((resolve) => child.once('close', resolve));
        transcripts.push({ code, stdout, stderr });
        expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
        expect(held).toEqual(['released']);
        expect(read(stdout)).toEqual(['user1@example.com', 'user2@example.com', 'user3@example.com']);
      } finally {
        await server.close();
      }
    });
  }
});

it('never prints the token', () => {
  expectNoSecretsPrinted([CANARY_TOKEN]);
});
