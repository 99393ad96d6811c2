import { toDict } from '../core/models.ts';
import { switchOption } from './args.ts';
import { connect } from './connection.ts';
import type { CommandContext } from './context.ts';
import { userFilters } from './filters.ts';
import { writeJson } from './json.ts';
import { writePreamble } from './preamble.ts';
import { UsageError } from './usage-error.ts';
import { userTable } from './user-table.ts';

/** `anyscale-users get`: one user by exact email or name; NOT_FOUND (exit 1) when there is none. */
export async function runGet(context: CommandContext): Promise<number> {
  const { values, terminal, command } = context;
  const json = switchOption(values, 'json', command, false);
  const { filters, preamble } = userFilters(values, command, '<not specified>');
  if (filters.email === undefined && filters.name === undefined) throw new UsageError('Provide --email or --name.', command);

  const connection = await connect(context.global, context.logger);
  context.redactor = connection.redactor;
  try {
    if (!json) writePreamble(terminal, 'Fetching user with:', preamble);
    const user = await connection.anyscale.user.get(filters, { signal: context.signal });
    if (json) {
      writeJson(terminal.out, toDict(user));
    } else {
      userTable(terminal).write([user]);
      terminal.err.write('Fetched 1 user.\n');
    }
    return 0;
  } finally {
    await connection.close();
  }
}
