import { once } from 'node:events';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { describe, expect, it } from 'vitest';
import { MIGRATIONS, SCHEMA_VERSION } from '../../src/local/migrations.ts';
import { type Running, startProcess, tempDir } from './helpers.ts';

async function startTogether(dataDir: string, count: number): Promise<Running[]> {
  const results = await Promise.allSettled(Array.from({ length: count }, () => startProcess(dataDir)));
  const started = results.flatMap((result) => (result.status === 'fulfilled' ? [result.value] : []));
  try {
    expect(results.filter((result) => result.status === 'rejected')).toEqual([]);
    return started;
  } catch (error) {
    await stopAll(started);
    throw error;
  }
}

async function stopAll(processes: readonly Running[]): Promise<void> {
  await Promise.all(
    processes.map(async ({ child }) => {
      const exited = once(child, 'exit');
      child.kill('SIGTERM');
      await exited;
    }),
  );
}

// Several CLI commands or CI steps may open one data dir at the same moment.
describe('processes starting on one data dir at once', () => {
  it('a new dir: all start, one seeds it, and all hold the token in its file', async () => {
    const dataDir = await tempDir();
    const processes = await startTogether(dataDir, 4);
    try {
      expect(processes.filter((p) => p.created)).toHaveLength(1);
      const fileToken = (await readFile(join(dataDir, 'owner-token'), 'utf8')).trim();
      expect(new Set(processes.map((p) => p.ownerToken))).toEqual(new Set([fileToken]));
    } finally {
      await stopAll(processes);
    }
  });

  it('a dir from the first schema: all start, and it is migrated once, keeping its users', async () => {
    const dataDir = await tempDir();
    const seeded = await startTogether(dataDir, 1);
    await stopAll(seeded);
    // Take the dir back to schema version 1 with the same users, as an older release left it.
    const db = new DatabaseSync(join(dataDir, 'org.db'));
    const rows = db
      .prepare('SELECT seq, id, user_id, name, email, permission_level, is_service_account, is_sso_user, created_at FROM collaborators')
      .all();
    const tokens = db.prepare('SELECT token_sha256, collaborator_id FROM tokens').all();
    db.exec('PRAGMA foreign_keys = OFF; DROP TABLE tokens; DROP TABLE collaborators;');
    db.exec(MIGRATIONS[0]!);
    const insert = db.prepare(
      'INSERT INTO collaborators (seq, id, user_id, name, email, permission_level, is_service_account, is_sso_user, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)',
    );
    for (const row of rows) insert.run(...(Object.values(row) as (string | number | null)[]));
    for (const token of tokens) db.prepare('INSERT INTO tokens VALUES (?, ?)').run(...(Object.values(token) as string[]));
    db.exec('PRAGMA user_version = 1');
    db.close();

    const processes = await startTogether(dataDir, 4);
    try {
      expect(processes.every((p) => !p.created && p.ownerToken === seeded[0]!.ownerToken)).toBe(true);
      const response = await fetch(`${processes[0]!.url}/api/v2/organization_collaborators/?collaborator_type=all_accounts`, {
        headers: { authorization: `Bearer ${processes[0]!.ownerToken}` },
      });
      expect(((await response.json()) as { metadata: { total: number } }).metadata.total).toBe(rows.length);
    } finally {
      await stopAll(processes);
    }
    const after = new DatabaseSync(join(dataDir, 'org.db'));
    expect(after.prepare('PRAGMA user_version').get()).toEqual({ user_version: SCHEMA_VERSION });
    after.close();
  });
});
