import { chmod, mkdir, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { startLocalOrg } from '../../src/local/index.ts';
import { capturingLogger } from '../helpers/clients.ts';
import { tempDir } from './helpers.ts';

const modeOf = async (path: string) => (await stat(path)).mode & 0o777;

describe.skipIf(process.platform === 'win32')('the data folder is its owner alone', () => {
  it('a new folder is made 0700, its files 0600, and nothing is said', async () => {
    const dataDir = join(await tempDir(), 'new', 'org');
    const logger = capturingLogger();
    const org = await startLocalOrg({ dataDir, logger });
    await org.close();
    expect(await modeOf(dataDir)).toBe(0o700);
    for (const name of ['org.db', 'owner-token', 'collaborator-token']) expect(await modeOf(join(dataDir, name)), name).toBe(0o600);
    expect(logger.lines.filter((line) => line.startsWith('warn'))).toEqual([]);
  });

  it('an existing 0777 folder is tightened to 0700, with a warning that names the old mode', async () => {
    const dataDir = join(await tempDir(), 'shared');
    await mkdir(dataDir);
    await chmod(dataDir, 0o777);
    const logger = capturingLogger();
    const org = await startLocalOrg({ dataDir, logger });
    await org.close();
    expect(await modeOf(dataDir)).toBe(0o700);
    expect(logger.lines).toContain(`warn: The local org's folder '${dataDir}' was 0777; it is now 0700, as it holds the org's tokens.`);
  });

  it('files others can read in an existing folder are tightened to 0600 when the org reopens', async () => {
    const dataDir = join(await tempDir(), 'reopened');
    await (await startLocalOrg({ dataDir })).close();
    await chmod(join(dataDir, 'owner-token'), 0o644);
    await chmod(join(dataDir, 'org.db'), 0o666);
    const logger = capturingLogger();
    const org = await startLocalOrg({ dataDir, logger });
    await org.close();
    expect(await modeOf(join(dataDir, 'owner-token'))).toBe(0o600);
    expect(await modeOf(join(dataDir, 'org.db'))).toBe(0o600);
    const warnings = logger.lines.filter((line) => line.startsWith('warn'));
    expect(warnings).toEqual([
      `warn: The local org's file '${join(dataDir, 'org.db')}' was 0666; it is now 0600.`,
      `warn: The local org's file '${join(dataDir, 'owner-token')}' was 0644; it is now 0600.`,
    ]);
  });

  it('an existing 0700 folder is left as it is, without a word', async () => {
    const dataDir = join(await tempDir(), 'private');
    await mkdir(dataDir, { mode: 0o700 });
    await writeFile(join(dataDir, 'unrelated.txt'), 'x', { mode: 0o644 });
    const logger = capturingLogger();
    await (await startLocalOrg({ dataDir, logger })).close();
    expect(await modeOf(dataDir)).toBe(0o700);
    // Only the org's own files are its business.
    expect(await modeOf(join(dataDir, 'unrelated.txt'))).toBe(0o644);
    expect(logger.lines.filter((line) => line.startsWith('warn'))).toEqual([]);
  });
});
