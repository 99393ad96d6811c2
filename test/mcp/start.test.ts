import { once } from 'node:events';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, assertBuilt, connectHttp, spawnHttpServer } from './helpers.ts';

// `npm start`: Streamable HTTP on loopback, backed by the local org, announcing itself.
describe('npm start (scripts/start.mjs)', () => {
  it('serves the local org over HTTP, prints how to connect, and stops on SIGTERM', async () => {
    assertBuilt();
    const { child, url, stdout: printed } = await spawnHttpServer(join(ROOT, 'scripts/start.mjs'), ['--port', '0'], { PATH: process.env.PATH ?? '' });
    const stdout = printed();
    try {
      expect(stdout).toContain('Backed by the local org at http://127.0.0.1:');
      expect(stdout).toContain('Claude Desktop');
      expect(stdout).toContain(`npx @modelcontextprotocol/inspector --cli ${url}`);
      const client = await connectHttp('v1', url);
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
