import { chmod, mkdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { Logger } from '../core/logger.ts';

const PRIVATE_DIR = 0o700;
const PRIVATE_FILE = 0o600;
/** What a data folder may already hold; each is tightened if others can read or write it. */
const KNOWN_FILES = ['org.db', 'org.db-wal', 'org.db-shm', 'owner-token', 'collaborator-token'];

const octal = (mode: number) => `0${(mode & 0o777).toString(8)}`;

async function modeOf(path: string): Promise<number | undefined> {
  try {
    return (await stat(path)).mode;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

/**
 * The local org's folder holds its owner's token in the clear and the database of password and
 * token hashes, so it is its owner's alone: created 0700, and an existing folder (or file in it)
 * that others can reach is tightened to 0700 (0600) rather than refused, with a warning naming
 * the old mode, so that `local serve --data DIR` on a shared folder is safe without a second try.
 * Windows has no such modes; there nothing is changed.
 */
export async function preparePrivateDataDir(dir: string, logger: Logger): Promise<void> {
  const before = await modeOf(dir);
  await mkdir(dir, { recursive: true, mode: PRIVATE_DIR });
  if (process.platform === 'win32') return;
  const now = before ?? (await stat(dir)).mode;
  if ((now & 0o777) !== PRIVATE_DIR) {
    await chmod(dir, PRIVATE_DIR);
    if (before !== undefined)
      logger.warn(`The local org's folder '${dir}' was ${octal(before)}; it is now 0700, as it holds the org's tokens.`);
  }
  for (const name of KNOWN_FILES) {
    const path = join(dir, name);
    const mode = await modeOf(path);
    if (mode === undefined || (mode & 0o077) === 0) continue;
    await chmod(path, PRIVATE_FILE);
    logger.warn(`The local org's file '${path}' was ${octal(mode)}; it is now 0600.`);
  }
}
