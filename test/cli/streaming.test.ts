import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { expectNoSecretsPrinted, spawnCli, transcripts, useCliBundle, useOrg } from './helpers.ts';

useCliBundle();
const testOrg = useOrg();

/** How long the proxy holds a later page back before giving up on seeing the first row. */
const HOLD_MS = 5_000;

/*
 * A proxy between the CLI and the org that holds back every page after the first until the test
 * has seen the first row on the CLI's stdout. A CLI that printed only once all pages were in
 * would keep the proxy waiting until HOLD_MS, and the test would see that it did.
 */
let proxy: Server;
let proxyUrl: string;
let firstRowSeen: () => void;
const firstRow = new Promise<void>((resolve) => (firstRowSeen = resolve));
const heldPages: ('released' | 'timed out')[] = [];

beforeAll(async () => {
  proxy = createServer(async (request, response) => {
    const url = new URL(request.url!, testOrg().org.url);
    if (url.searchParams.has('paging_token')) {
      const outcome = await Promise.race([
        firstRow.then(() => 'released' as const),
        new Promise<'timed out'>((resolve) => setTimeout(() => resolve('timed out'), HOLD_MS)),
      ]);
      heldPages.push(outcome);
    }
    const answer = await fetch(url, { headers: { authorization: request.headers.authorization ?? '' } });
    response.writeHead(answer.status, { 'content-type': answer.headers.get('content-type') ?? 'application/json' });
    response.end(await answer.text());
  });
  await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
  proxyUrl = `http://127.0.0.1:${(proxy.address() as AddressInfo).port}`;
});

afterAll(() => new Promise<void>((resolve) => proxy.close(() => resolve())));

it('list prints the first page before the last page is fetched', async () => {
  const { tokenFile, org } = testOrg();
  const child = spawnCli([
    'list',
    '--collaborator-type',
    'all_accounts',
    '--page-size',
    '2',
    '--host',
    proxyUrl,
    '--token-file',
    tokenFile,
  ]);
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (chunk: Buffer) => {
    stdout += chunk.toString();
    if (stdout.includes('owner@example.com')) firstRowSeen();
  });
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const code = await new Promise<number | null>((resolve) => child.once('close', resolve));
  transcripts.push({ code, stdout, stderr });

  expect(code).toBe(0);
  // Five users in pages of two: the second and third pages were both held until the first row showed.
  expect(heldPages).toEqual(['released', 'released']);
  expect(stdout.trimEnd().split('\n')).toHaveLength(6);
  expect(stderr).toContain('Fetched 5 users.');
  expect(org.url).not.toBe(proxyUrl);
});

it('never prints the owner token', () => {
  expectNoSecretsPrinted([testOrg().org.ownerToken]);
});
