import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, open, rename, rm } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { UserApi } from '../core/anyscale.ts';
import { AnyscaleValidationError } from '../core/errors.ts';
import { formatFromFileName, type UsersFormat } from '../core/users-format.ts';
import type { ActionInputs } from './inputs.ts';
import { workspaceFile } from './users-input.ts';

export interface ExportedFile {
  /** As the users-file input gave it. */
  file: string;
  format: UsersFormat;
  /** Users written. */
  count: number;
}

/**
 * Writes the org's users to the users-file input, in the format its name says. The export goes
 * to a file beside it and is renamed into place only when complete, so a failed export never
 * leaves half a users file where a later plan or commit would read it.
 */
export async function exportToFile(
  api: UserApi,
  inputs: Pick<ActionInputs, 'exportFile' | 'overwrite' | 'includeServiceAccounts'>,
  signal: AbortSignal,
): Promise<ExportedFile> {
  const file = inputs.exportFile!;
  const target = workspaceFile(file);
  if (!inputs.overwrite && existsSync(target)) {
    throw new AnyscaleValidationError([
      {
        field: 'users-file',
        message: `Input "users-file": "${file}" exists; set input "overwrite" to true to replace it, or name another file.`,
      },
    ]);
  }
  const format = formatFromFileName(file);
  const partial = `${target}.${randomUUID()}.partial`;
  // As for record-file: a file in a folder of its own does not need a step to make the folder.
  await mkdir(dirname(target), { recursive: true });
  let count = 0;
  const out = await open(partial, 'wx');
  try {
    const chunks = api.export({
      format,
      include_service_accounts: inputs.includeServiceAccounts,
      signal,
      onPage: (p) => (count = p.exported),
    });
    for await (const chunk of chunks) await out.write(chunk);
    await out.close();
    await rename(partial, target);
  } catch (error) {
    await out.close().catch(() => {});
    await rm(partial, { force: true });
    throw error;
  }
  return { file, format, count };
}
