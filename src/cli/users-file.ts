import type { AdminCreateUser } from '../core/models.ts';
import { isAnyscaleError } from '../core/errors.ts';
import { readUsersFile } from '../core/users-file.ts';
import type { CommandContext } from './context.ts';
import { UsageError } from './usage-error.ts';

/**
 * The users of `-f FILE`, read and checked by core: the size limit before the file is read, and
 * a read that Ctrl-C or SIGTERM (context.signal) stops with nothing sent.
 */
export async function loadUsersFile(path: string, context: Pick<CommandContext, 'command' | 'signal'>): Promise<AdminCreateUser[]> {
  try {
    return await readUsersFile(path, { file: path, signal: context.signal });
  } catch (error) {
    // Only the file system's errors are the flag's to word; core's and any other pass as they are.
    if (isAnyscaleError(error) || typeof (error as NodeJS.ErrnoException).syscall !== 'string') throw error;
    throw unreadable(path, error, context.command);
  }
}

function unreadable(path: string, error: unknown, command: CommandContext['command']): UsageError {
  const code = (error as NodeJS.ErrnoException).code;
  const reason = code === 'ENOENT' ? 'does not exist' : code === 'EISDIR' ? 'is a directory' : `cannot be read (${code})`;
  return new UsageError(`Invalid value for '-f' / '--users-file': File '${path}' ${reason}.`, command);
}
