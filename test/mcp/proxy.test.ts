import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startLocalOrg, type LocalOrg } from '../../src/local/index.ts';
import { startForwardProxy, type ForwardProxy } from '../helpers/forward-proxy.ts';
import { assertBuilt, connectStdio } from './helpers.ts';

let proxy: ForwardProxy;
let org: LocalOrg;

beforeAll(async () => {
  assertBuilt();
  proxy = await startForwardProxy();
  org = await startLocalOrg();
});
afterAll(async () => {
  await proxy?.close();
  await org?.close();
});

describe('the MCP server behind a proxy', () => {
  it('the MCP server sends its start check and its tool calls through the proxy', async () => {
    const before = proxy.requests.length;
    const client = await connectStdio('v2', [], {
      env: { ANYSCALE_HOST: org.url, ANYSCALE_CLI_TOKEN: org.ownerToken, HTTP_PROXY: proxy.url },
    });
    try {
      const result = await client.call('get_user', { email: 'ada@example.com' });
      expect(result.isError).toBeFalsy();
      expect(proxy.requests.length).toBeGreaterThan(before);
      expect(proxy.requests.slice(before).every((r) => r.method === 'CONNECT' && r.target === new URL(org.url).host)).toBe(true);
    } finally {
      await client.close();
    }
  });
});
