import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AnyscaleClient } from '../../src/core/client.ts';
import { environmentFetch, proxySettings } from '../../src/core/environment-fetch.ts';
import { startForwardProxy, type ForwardProxy } from '../helpers/forward-proxy.ts';
import { CANARY_TOKEN, startScriptedServer, type ScriptedServer } from '../helpers/scripted-server.ts';

let proxy: ForwardProxy;
let target: ScriptedServer;

beforeAll(async () => {
  proxy = await startForwardProxy();
  target = await startScriptedServer(() => ({ body: { result: { id: 'usr_1', email: 'me@example.com', name: 'Me' } } }));
});
afterAll(async () => {
  await proxy.close();
  await target.close();
});

function clientWith(env: Record<string, string>): AnyscaleClient {
  return new AnyscaleClient({ host: target.url, token: CANARY_TOKEN, env });
}

const targetAuthority = () => new URL(target.url).host;

describe('proxies from the environment', () => {
  it('sends requests through HTTP_PROXY, as a CONNECT tunnel to the target', async () => {
    const before = proxy.requests.length;
    const served = target.requests.length;
    await clientWith({ HTTP_PROXY: proxy.url }).get('/api/v2/userinfo/');
    expect(proxy.requests.slice(before).map((r) => `${r.method} ${r.target}`)).toEqual([`CONNECT ${targetAuthority()}`]);
    expect(target.requests.length).toBe(served + 1);
    // The proxy is told where to connect, never who is asking.
    expect(JSON.stringify(proxy.requests.slice(before))).not.toContain(CANARY_TOKEN);
  });

  it('reads the lower-case variable first, as curl and Python requests do', async () => {
    const before = proxy.requests.length;
    // The upper-case one names a port nothing listens on: using it would fail the request.
    await clientWith({ http_proxy: proxy.url, HTTP_PROXY: 'http://127.0.0.1:9' }).get('/api/v2/userinfo/');
    expect(proxy.requests.length).toBe(before + 1);
  });

  it.each([['NO_PROXY'], ['no_proxy']])('goes direct to a host listed in %s', async (name) => {
    const before = proxy.requests.length;
    const served = target.requests.length;
    await clientWith({ HTTP_PROXY: proxy.url, [name]: `example.com, 127.0.0.1` }).get('/api/v2/userinfo/');
    expect(proxy.requests.length).toBe(before);
    expect(target.requests.length).toBe(served + 1);
  });

  it('a NO_PROXY entry with another port still goes through the proxy', async () => {
    const before = proxy.requests.length;
    await clientWith({ HTTP_PROXY: proxy.url, NO_PROXY: '127.0.0.1:1' }).get('/api/v2/userinfo/');
    expect(proxy.requests.length).toBe(before + 1);
  });

  it('a proxy that cannot be reached is a NETWORK error that says nothing was sent', async () => {
    const client = new AnyscaleClient({
      host: target.url,
      token: CANARY_TOKEN,
      env: { HTTP_PROXY: 'http://127.0.0.1:9' },
      retry: { maxRetries: 0 },
    });
    await expect(client.get('/api/v2/userinfo/')).rejects.toMatchObject({ code: 'NETWORK' });
  });

  it('through the proxy too, a redirect is a REDIRECT error and nothing reaches its target', async () => {
    const elsewhere = await startScriptedServer(() => ({ body: {} }));
    const hostile = await startScriptedServer(() => ({ status: 307, headers: { location: `${elsewhere.url}/api/v2/userinfo/` }, raw: '' }));
    try {
      const client = new AnyscaleClient({ host: hostile.url, token: CANARY_TOKEN, env: { HTTP_PROXY: proxy.url } });
      await expect(client.get('/api/v2/userinfo/')).rejects.toMatchObject({
        code: 'REDIRECT',
        location: `${elsewhere.url}/api/v2/userinfo/`,
      });
      expect(elsewhere.requests).toHaveLength(0);
      expect(proxy.requests.map((r) => r.target)).not.toContain(new URL(elsewhere.url).host);
    } finally {
      await elsewhere.close();
      await hostile.close();
    }
  });

  it('through the proxy too, a body past the cap is TOO_LARGE', async () => {
    const big = await startScriptedServer(() => ({ raw: JSON.stringify({ result: { name: 'x'.repeat(5000) } }) }));
    try {
      const client = new AnyscaleClient({ host: big.url, token: CANARY_TOKEN, env: { HTTP_PROXY: proxy.url }, maxResponseBytes: 1000 });
      await expect(client.get('/api/v2/userinfo/')).rejects.toMatchObject({ code: 'TOO_LARGE' });
    } finally {
      await big.close();
    }
  });

  it('without a proxy variable, requests use Node’s own fetch and undici is not loaded', () => {
    expect(proxySettings({ NO_PROXY: '*', HTTPS_PROXY: '  ' })).toBeUndefined();
    expect(environmentFetch({})).toBe(globalThis.fetch);
    expect(proxySettings({ HTTPS_PROXY: 'http://proxy.example:3128' })).toEqual({
      httpProxy: undefined,
      httpsProxy: 'http://proxy.example:3128',
      noProxy: '',
    });
  });
});
