import { execFile, execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { loadLocalOrg, openOrg } from '../../src/local/connect.ts';
import { silentLogger } from '../../src/core/logger.ts';

function runsLocalOrg(node: string): boolean {
  const [major = 0] = execFileSync(node, ['--version'], { encoding: 'utf8' }).trim().slice(1).split('.').map(Number);
  return major >= 24;
}

describe('connecting to the local org', () => {
  it('says which Node the local org needs when its node:sqlite falls short', async () => {
    const error = await loadLocalOrg(async () => false).catch((caught: unknown) => caught);
    expect(error).toMatchObject({ code: 'CONFIG' });
    expect((error as Error).message).toMatch(/^The local org needs Node 24 or later, for its node:sqlite; this is Node \d+/);
  });

  it('gives a client holding the owner token, over real HTTP, and names the tokens to mask', async () => {
    const org = await openOrg({ kind: 'local', dataDir: undefined }, silentLogger);
    try {
      expect(org.anyscale.client.host).toBe(org.host);
      expect(org.local).toBe(true);
      expect(org.description).toBe(`the local org at ${org.host} (in memory)`);
      expect(org.secrets).toHaveLength(2);
      for (const secret of org.secrets) expect(org.description).not.toContain(secret);
      expect((await org.anyscale.user.get({ email: 'owner@example.com' })).permission_level).toBe('owner');
    } finally {
      await org.close();
    }
  });

  it('opens a remote org as a client only, naming no secrets', async () => {
    const org = await openOrg({ kind: 'remote', host: 'http://127.0.0.1:9', token: 'aph0_remote_test' }, silentLogger);
    expect(org).toMatchObject({ host: 'http://127.0.0.1:9', local: false, description: 'Anyscale at http://127.0.0.1:9', secrets: [] });
    await org.close();
  });

  it('turns a data folder it cannot use into a CONFIG error naming the folder', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'connect-'));
    try {
      const notAFolder = join(dir, 'file');
      await writeFile(notAFolder, 'x');
      const error = await openOrg({ kind: 'local', dataDir: notAFolder }, silentLogger).catch((caught: unknown) => caught);
      expect(error).toMatchObject({ code: 'CONFIG' });
      expect((error as Error).message).toContain(`Could not start the local org in ${notAFolder}`);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  // The machines this runs on keep an older Node on the PATH beside the pinned Node 24: the built
  // CLI must fail there with the CONFIG message, not an internal error.
  const oldNode = ['/usr/bin/node', '/usr/local/bin/node'].find((path) => existsSync(path) && !runsLocalOrg(path));
  it.runIf(oldNode !== undefined)('the built CLI says so on a Node older than 24', async () => {
    const result = await promisify(execFile)(oldNode!, ['dist/cli/index.js', '--local', 'list']).catch((error: unknown) => error);
    expect(result).toMatchObject({ code: 1 });
    expect((result as { stderr: string }).stderr).toMatch(/^Error \[CONFIG\]: The local org needs Node 24 or later/);
  });
});
