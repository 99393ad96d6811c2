import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, assertBuilt, connectHttp } from './helpers.ts';

// `npm start`: Streamable HTTP on loopback, backed by the local org, announcing itself.
describe('npm start (scripts/start.mjs)', () => {
  it('serves the local org over HTTP, prints how to connect, and stops on SIGTERM', async () => {
    assertBuilt();
    const child = spawn(process.execPath, [join(ROOT, 'scripts/start.mjs'), '--port', '0'], {
      env: { PATH: process.env.PATH ?? '' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const url = await new Promise<string>((resolve, reject) => {
      child.stdout.on('data', (chunk: Buffer) => {
        stdout += chunk.toString();
        const match = /listening at (http:\/\/127\.0\.0\.1:\d+\/mcp)/.exec(stdout);
        if (match && stdout.includes('Press Ctrl+C')) resolve(match[1]!);
      });
      child.once('exit', () => reject(new Error(`start.mjs exited early: ${stderr}`)));
    });
    try {
      expect(stdout).toContain('Backed by the local org at http://127.0.0.1:');
      expect(stdout).toContain('Claude Desktop');
      expect(stdout).toContain(`npx @modelcontextprotocol/inspector --cli ${url}`);
      const client = await connectHttp('v1', url);
      const page = await client.call('list_users', {});
      expect((page.structuredContent as { total: number }).total).toBe(5);
      await client.close();
    } finally {
      child.kill('SIGTERM');
    }
    const [code] = await once(child, 'exit');
    expect(code).toBe(0);
  });
});
