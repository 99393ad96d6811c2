import { afterEach, describe, expect, it } from 'vitest';
import { failure, testClient } from '../../helpers/clients.ts';
import { startScriptedServer, type ScriptedServer } from '../../helpers/scripted-server.ts';

let server: ScriptedServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

describe('error text hygiene', () => {
  it('cuts a 100 KB server detail to about 1,000 characters and says how long it was', async () => {
    const detail = 'x'.repeat(100_000);
    server = await startScriptedServer(() => ({ status: 400, body: { error: { detail } } }));
    const error = await failure(testClient(server.url).client.get('/x/'));
    expect(error.message).toContain('(cut; 100000 characters in all)');
    expect(error.message.length).toBeLessThan(1_100);
  });

  it('ends a 503 message with one period when the detail has its own', async () => {
    server = await startScriptedServer(() => ({ status: 503, body: { error: { detail: 'Service unavailable.' } } }));
    const error = await failure(testClient(server.url, { retry: { maxRetries: 0 } }).client.get('/x/'));
    expect(error.message).toContain('Service unavailable. Try again later');
    expect(error.message).not.toContain('..');
  });
});
