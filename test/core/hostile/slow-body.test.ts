import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { failure, testClient } from '../../helpers/clients.ts';

/** A server that sends its headers and the first byte of a body, then nothing more. */
async function dribblingServer(): Promise<{ url: string; server: Server }> {
  const server = createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'application/json' });
    res.write('[');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, server };
}

let open: Server | undefined;
afterEach(async () => {
  open?.closeAllConnections();
  await new Promise((resolve) => open?.close(resolve));
  open = undefined;
});

describe('a body that never ends', () => {
  it('is a TIMEOUT on a read: the timeout covers the body, not only the headers', async () => {
    const { url, server } = await dribblingServer();
    open = server;
    const { client } = testClient(url, { timeouts: { readMs: 100 }, retry: { maxRetries: 0 } });
    const error = await failure(client.get('/api/v2/organization_collaborators/'));
    expect(error.code).toBe('TIMEOUT');
  });

  it('on a create, is reported as possibly processed, so the batch settles it by lookup', async () => {
    const { url, server } = await dribblingServer();
    open = server;
    const { client } = testClient(url, { timeouts: { createBaseMs: 100, createPerUserMs: 0 } });
    const error = await failure(client.post('/api/v2/users/admin_batch_create', [], { users: 1 }));
    expect(error.code).toBe('TIMEOUT');
    expect((error as unknown as { maybeProcessed: boolean }).maybeProcessed).toBe(true);
  });
});
