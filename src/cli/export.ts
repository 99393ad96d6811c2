import { open } from 'node:fs/promises';
import { formatFromFileName, type UsersFormat } from '../core/users-format.ts';
import { stringOption } from './args.ts';
import { connect } from './connection.ts';
import type { CommandContext } from './context.ts';
import { USERS_FORMATS } from '../core/users-format.ts';
import { UsageError } from './usage-error.ts';
import { writeOut } from './write-out.ts';

/** `anyscale-users export [-o FILE]`: the org as a users file, written page by page. */
export async function runExport(context: CommandContext): Promise<number> {
  const { values, terminal, command } = context;
  const output = stringOption(values, 'output');
  const format = stringOption(values, 'format') ?? formatFromFileName(output);
  if (!(USERS_FORMATS as readonly string[]).includes(format))
    throw new UsageError(`Invalid value for '--format': '${format}' is not one of ${USERS_FORMATS.join(', ')}.`, command);
  let file;
  if (output !== undefined) {
    try {
      // 'wx' fails if the file exists: an export never overwrites a users file by accident.
      file = await open(output, values.force === true ? 'w' : 'wx');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'EEXIST')
        throw new UsageError(`'${output}' exists; give --force to overwrite it.`, command);
      throw error;
    }
  }
  const connection = await connect(context.global, context.logger);
  context.redactor = connection.redactor;
  const { redactor } = connection;
  try {
    const chunks = connection.anyscale.user.export({
      format: format as UsersFormat,
      include_service_accounts: values['include-service-accounts'] === true,
      signal: context.signal,
    });
    for await (const chunk of chunks) {
      // The file is output too: a name the server sent may hold the token.
      if (file) await file.write(redactor.redact(chunk));
      else await writeOut(terminal.out, chunk);
    }
    return 0;
  } finally {
    await file?.close();
    await connection.close();
  }
}
