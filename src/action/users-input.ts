import { readFile } from 'node:fs/promises';
import { isAbsolute, relative, resolve, sep } from 'node:path';
import { AnyscaleValidationError } from '../core/errors.ts';
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

async function readUsersFile(path: string, workspace: string): Promise<string> {
  try {
    return await readFile(resolve(workspace, path), 'utf8');
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'there is no such file' : (error as Error).message;
    throw new AnyscaleValidationError([
      {
        field: 'users-file',
        message: `Input "users-file": cannot read "${path}" (${reason}). Give a path relative to the repository root, and run actions/checkout before this step.`,
      },
    ]);
  }
}

/**
 * Reads and validates the users of a batch with core's users-document parser (loaded only for
 * batch-create, so that list and get do not pay for the YAML and CSV parsers). Any problem
 * throws an AnyscaleValidationError whose issues carry the file and line.
 */
export async function loadUsers(source: UsersSource, workspace: string): Promise<LoadedUsers> {
  const { parseUsersDocument } = await import('../core/users-file.ts');
  if (source.kind === 'inline') {
    return { users: parseUsersDocument(source.text, { file: INLINE_USERS_LABEL, format: 'yaml' }), file: undefined };
  }
  const text = await readUsersFile(source.path, workspace);
  const file = workspacePath(source.path, workspace);
  return { users: parseUsersDocument(text, { file }), file };
}
