import { isAbsolute, relative, resolve, sep } from 'node:path';
import { AnyscaleError, AnyscaleValidationError } from '../core/errors.ts';
import type { AdminCreateUser } from '../core/models.ts';
import type { UsersSource } from './inputs.ts';

/** How problems in the inline `users` input are located: `users input:3: …`. */
export const INLINE_USERS_LABEL = 'users input';

export interface LoadedUsers {
  users: AdminCreateUser[];
  /** The file as GitHub annotations name it (relative to the workspace); undefined for inline users. */
  file: string | undefined;
}

/** The repository checkout the step runs in: paths in inputs are relative to it. */
export function workspaceRoot(): string {
  return process.env.GITHUB_WORKSPACE || process.cwd();
}

/** A path from an input, resolved against the workspace. */
export function workspaceFile(path: string): string {
  return resolve(workspaceRoot(), path);
}

/** A path as annotations want it: relative to the repository root, with forward slashes. */
export function workspacePath(path: string, workspace: string): string {
  const inside = relative(workspace, resolve(workspace, path));
  const outside = inside.startsWith('..') || isAbsolute(inside);
  return outside ? path : inside.split(sep).join('/');
}

/** A users file the step cannot read, said as a problem with the users-file input. */
function unreadable(path: string, error: unknown): AnyscaleValidationError {
  const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'there is no such file' : (error as Error).message;
  return new AnyscaleValidationError([
    {
      field: 'users-file',
      message: `Input "users-file": cannot read "${path}" (${reason}). Give a path relative to the repository root, and run actions/checkout before this step.`,
    },
  ]);
}

/**
 * Reads and validates the users of a batch with core's users-document parser (loaded only for
 * batch-create, so that list and get do not pay for the YAML and CSV parsers). Any problem
 * throws an AnyscaleValidationError whose issues carry the file and line.
 */
export async function loadUsers(source: UsersSource, workspace: string, signal?: AbortSignal): Promise<LoadedUsers> {
  const { parseUsersDocumentAsync, readUsersFile, usersFileLimitsFromEnv } = await import('../core/users-file.ts');
  if (source.kind === 'inline') {
    const options = { ...usersFileLimitsFromEnv(process.env), file: INLINE_USERS_LABEL, format: 'yaml' as const, signal };
    return { users: await parseUsersDocumentAsync(source.text, options), file: undefined };
  }
  const file = workspacePath(source.path, workspace);
  try {
    return { users: await readUsersFile(resolve(workspace, source.path), { file, signal }), file };
  } catch (error) {
    // Only the file system's errors are the input's to word; core's and any other pass as they are.
    if (error instanceof AnyscaleError || typeof (error as NodeJS.ErrnoException).syscall !== 'string') throw error;
    throw unreadable(source.path, error);
  }
}
