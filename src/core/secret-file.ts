import { statSync } from 'node:fs';

/**
 * Whether users other than the owner can read a file that holds a secret. Windows has no POSIX
 * mode bits (statSync reports 0o666 for every file), so there the answer is always no, rather
 * than a warning that nothing can fix.
 */
export function readableByOthers(path: string, platform: NodeJS.Platform = process.platform): boolean {
  return platform !== 'win32' && (statSync(path).mode & 0o077) !== 0;
}
