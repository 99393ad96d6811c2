import { once } from 'node:events';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { ROOT, assertBuilt, connectHttp, spawnHttpServer } from './helpers.ts';

// `npm start`: Streamable HTTP on loopback, backed by the local org, announcing itself.
describe('npm start (scripts/start.mjs)', () => {
  it('serves the local org over HTTP, prints how to connect, and stops on SIGTERM', async () => {
    assertBuilt();
    const {
      child,
      url,
      stdout: printed,
      stderr,
    } = await spawnHttpServer(join(ROOT, 'scripts/start.mjs'), ['--port', '0'], { PATH: process.env.PATH ?? '' });
    const stdout = printed();
    try {
      expect(stdout).toContain('Backed by the local org at http://127.0.0.1:');
      expect(stdout).toContain('Claude Desktop');
      expect(stdout).toContain(`npx @modelcontextprotocol/inspector --cli ${url}`);
      // No MCP_AUTH_TOKEN: a token made for this run, on stderr only; without it a client is refused.
      // Written before the banner, but stderr is another pipe: its data may arrive a moment later.
      const token = await vi.waitFor(() => {
        const found = /^ {2}MCP_AUTH_TOKEN=([A-Za-z0-9_-]{43})$/m.exec(stderr())?.[1];
        if (found === undefined) throw new Error('no generated token on stderr yet');
        return found;
      });
      expect(stdout).not.toContain(token);
      expect(stdout).toContain('Authorization: Bearer <MCP_AUTH_TOKEN>');
      expect((await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' })).status).toBe(401);
      const client = await connectHttp('v1', url, { headers: { authorization: `Bearer ${token}` } });
      const page = await client.call('list_users', { collaborator_type: 'all_accounts' });
      expect((page.structuredContent as { total: number }).total).toBe(5);
      await client.close();
    } finally {
      child.kill('SIGTERM');
    }
    const [code] = await once(child, 'exit');
    expect(code).toBe(0);
  });
});
