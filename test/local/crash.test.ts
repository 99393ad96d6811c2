import { once } from 'node:events';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { describe, expect, it } from 'vitest';
import { startProcess, tempDir, type Running, users } from './helpers.ts';

async function countDomain(org: Running, domain: string): Promise<number> {
  let count = 0;
  let token: string | null = null;
  do {
    const query = new URLSearchParams({ count: '50', ...(token ? { paging_token: token } : {}) });
    const response = await fetch(`${org.url}/api/v2/organization_collaborators/?${query}`, {
      headers: { authorization: `Bearer ${org.ownerToken}` },
    });
    const page = (await response.json()) as { results: { email: string }[]; metadata: { next_paging_token: string | null } };
    count += page.results.filter((r) => r.email.endsWith(`@${domain}`)).length;
    token = page.metadata.next_paging_token;
  } while (token !== null);
  return count;
}

describe('crash safety', () => {
  it('a batch cut off by SIGKILL is afterwards either fully present or fully absent', async () => {
    const dataDir = await tempDir();
    const first = await startProcess(dataDir);
    expect(first.created).toBe(true);
    const ownerToken = first.ownerToken;

    // Kill at several points of a 5,000-user batch: while its body is still arriving, while it is
    // being checked, and while its transaction runs.
    let running = first;
    for (const [round, delayMs] of [0, 40, 90, 140].entries()) {
      const domain = `crash${round}.test`;
      const request = fetch(`${running.url}/api/v2/users/admin_batch_create`, {
        method: 'POST',
        headers: { authorization: `Bearer ${ownerToken}`, 'content-type': 'application/json' },
        body: JSON.stringify(users(5_000, domain)),
      }).catch(() => undefined);
      await new Promise((resolve) => setTimeout(resolve, delayMs));
      const exited = once(running.child, 'exit');
      running.child.kill('SIGKILL');
      await exited;
      await request;

      running = await startProcess(dataDir);
      expect(running.created).toBe(false);
      expect(running.ownerToken).toBe(ownerToken);
      const count = await countDomain(running, domain);
      expect([0, 5_000]).toContain(count);
    }
    // The seeded org survives every kill.
    expect(await countDomain(running, 'example.com')).toBe(4);

    const exited = once(running.child, 'exit');
    running.child.kill('SIGTERM');
    expect(await exited).toEqual([0, null]);
    const db = new DatabaseSync(join(dataDir, 'org.db'));
    expect(db.prepare('PRAGMA integrity_check').get()).toEqual({ integrity_check: 'ok' });
    db.close();
  });

  it('a SIGKILL that lands inside the create transaction leaves none of the batch', async () => {
    const dataDir = await tempDir();
    const running = await startProcess(dataDir);
    // The server's write lock is the transaction: while another connection cannot take it, the
    // batch is being inserted. Polling for that moment makes the kill land inside it, every run.
    const probe = new DatabaseSync(join(dataDir, 'org.db'), { timeout: 0 });
    const serverIsWriting = () => {
      try {
        probe.exec('BEGIN IMMEDIATE');
        probe.exec('ROLLBACK');
        return false;
      } catch {
        return true;
      }
    };
    const request = fetch(`${running.url}/api/v2/users/admin_batch_create`, {
      method: 'POST',
      headers: { authorization: `Bearer ${running.ownerToken}`, 'content-type': 'application/json' },
      body: JSON.stringify(users(8_000, 'inside.test')),
    }).catch(() => undefined);
    const deadline = Date.now() + 10_000;
    while (!serverIsWriting()) {
      if (Date.now() > deadline) throw new Error('the server never took its write lock');
      await new Promise((resolve) => setImmediate(resolve));
    }
    running.child.kill('SIGKILL');
    await once(running.child, 'exit');
    await request;
    probe.close();

    const restarted = await startProcess(dataDir);
    try {
      expect(await countDomain(restarted, 'inside.test')).toBe(0);
      expect(await countDomain(restarted, 'example.com')).toBe(4);
    } finally {
      restarted.child.kill('SIGTERM');
      await once(restarted.child, 'exit');
    }
  });
});
