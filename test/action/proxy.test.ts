import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startForwardProxy, type ForwardProxy } from '../helpers/forward-proxy.ts';
import { orgInputs, useLocalOrg } from './org.ts';
import { runAction, useActionBundle } from './run-action.ts';

// The CLI's proxy test covers https and the CA; this shows that the Action takes the same road,
// read from the runner's environment.

useActionBundle();
const local = useLocalOrg();
let proxy: ForwardProxy;

beforeAll(async () => {
  proxy = await startForwardProxy();
});
afterAll(() => proxy?.close());

const orgAuthority = () => new URL(local.org.url).host;

describe('the Action behind a proxy', () => {
  it('the Action sends its requests through HTTP_PROXY from the runner environment', async () => {
    const before = proxy.requests.length;
    const run = await runAction({ command: 'get', email: 'ada@example.com', ...orgInputs(local.org) }, { env: { HTTP_PROXY: proxy.url } });
    expect(run.exitCode).toBe(0);
    expect(JSON.parse(run.outputs.user!).email).toBe('ada@example.com');
    expect(proxy.requests.slice(before).map((r) => `${r.method} ${r.target}`)).toContain(`CONNECT ${orgAuthority()}`);
  });

  it('the Action goes direct to a host in no_proxy', async () => {
    const before = proxy.requests.length;
    const run = await runAction(
      { command: 'get', email: 'ada@example.com', ...orgInputs(local.org) },
      { env: { HTTP_PROXY: proxy.url, no_proxy: '127.0.0.1' } },
    );
    expect(run.exitCode).toBe(0);
    expect(proxy.requests.length).toBe(before);
  });
});
