import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startForwardProxy, type ForwardProxy } from '../helpers/forward-proxy.ts';
import { CANARY_TOKEN, collaborator, listBody } from '../helpers/scripted-server.ts';
import { opensslAvailable, startTlsServer, type TlsServer } from '../helpers/tls-server.ts';
import { expectNoSecretsPrinted, runCli, useCliBundle } from './helpers.ts';

useCliBundle();

let proxy: ForwardProxy;
let anyscale: TlsServer;
let dir: string;
let tokenFile: string;

beforeAll(async () => {
  if (!opensslAvailable()) throw new Error('these tests need openssl, to make a throwaway TLS certificate');
  proxy = await startForwardProxy();
  anyscale = await startTlsServer(() => ({ body: listBody([collaborator(1)]) }));
  dir = await mkdtemp(join(tmpdir(), 'cli-proxy-'));
  tokenFile = join(dir, 'token');
  await writeFile(tokenFile, CANARY_TOKEN, { mode: 0o600 });
});
afterAll(async () => {
  await proxy?.close();
  await anyscale?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
  expectNoSecretsPrinted([CANARY_TOKEN]);
});

describe('the CLI behind a proxy, to an https host', () => {
  it('tunnels with CONNECT only, trusts NODE_EXTRA_CA_CERTS, and the proxy never sees the token', async () => {
    const run = await runCli(['list', '--json', '--host', anyscale.url, '--token-file', tokenFile], {
      env: { HTTPS_PROXY: proxy.url, NODE_EXTRA_CA_CERTS: anyscale.caFile },
    });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout).map((u: { email: string }) => u.email)).toEqual(['user1@example.com']);
    expect(proxy.requests.map((r) => `${r.method} ${r.target}`)).toEqual([`CONNECT ${new URL(anyscale.url).host}`]);
    expect(anyscale.requests[0]!.headers.authorization).toBe(`Bearer ${CANARY_TOKEN}`);
    // Everything the proxy carried was TLS: the token is not in it, nor any request line.
    const carried = proxy.tunnelled().toString('latin1');
    expect(carried.length).toBeGreaterThan(0);
    expect(carried).not.toContain(CANARY_TOKEN);
    expect(carried).not.toContain('/api/v2/');
  });

  it('without NODE_EXTRA_CA_CERTS the unknown certificate is refused at once, naming the fix', async () => {
    const before = anyscale.requests.length;
    const run = await runCli(['list', '--json', '--host', anyscale.url, '--token-file', tokenFile], {
      env: { https_proxy: proxy.url },
    });
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('Error [NETWORK]: The TLS certificate of 127.0.0.1:');
    expect(run.stderr).toContain('set NODE_EXTRA_CA_CERTS');
    // One handshake, not a retry schedule: a certificate does not become trusted by waiting.
    expect(proxy.requests.filter((r) => r.method === 'CONNECT').length).toBe(2);
    expect(anyscale.requests.length).toBe(before);
  });
});
