import { readFile, stat } from 'node:fs/promises';
import type { AdminCreateUser } from '../core/models.ts';
import { checkUsersFileSize, parseUsersDocumentAsync, type UsersDocumentOptions, usersFileLimitsFromEnv } from '../core/users-file.ts';
import type { CommandContext } from './context.ts';
import { UsageError } from './usage-error.ts';

/**
 * The users of `-f FILE`, read and checked by core. The size limit is checked before the file is
 * read, and the read stops on Ctrl-C or SIGTERM (context.signal) with nothing sent.
 */
export async function loadUsersFile(path: string, context: Pick<CommandContext, 'command' | 'signal'>): Promise<AdminCreateUser[]> {
  const limits = { ...usersFileLimitsFromEnv(process.env), file: path };
  const text = await readChecked(path, limits, context.command);
  return parseUsersDocumentAsync(text, { ...limits, signal: context.signal });
}

async function readChecked(path: string, limits: UsersDocumentOptions, command: CommandContext['command']): Promise<string> {
  let size: number;
  try {
    size = (await stat(path)).size;
  } catch (error) {
    throw unreadable(path, error, command);
  }
  checkUsersFileSize(size, limits);
  try {
    return await readFile(path, 'utf8');
  } catch (error) {
    throw unreadable(path, error, command);
  }
}

function unreadable(path: string, error: unknown, command: CommandContext['command']): UsageError {
  const code = (error as NodeJS.ErrnoException).code;
  const reason = code === 'ENOENT' ? 'does not exist' : code === 'EISDIR' ? 'is a directory' : `cannot be read (${code})`;
  return new UsageError(`Invalid value for '-f' / '--users-file': File '${path}' ${reason}.`, command);
}
