import { toDict, type User } from '../core/models.ts';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from '../core/operations/list-users.ts';
import { integerOption, switchOption } from './args.ts';
import { connect } from './connection.ts';
import type { CommandContext } from './context.ts';
import { userFilters } from './filters.ts';
import { writeJson } from './json.ts';
import { writePreamble } from './preamble.ts';
import { plural } from '../core/plural.ts';
import { UsageError } from './usage-error.ts';
import { userTable } from './user-table.ts';

/**
 * `anyscale-users list`. The table streams: each page is printed as it arrives, so the first rows
 * show while later pages are still being fetched. With --json the list is printed once complete,
 * so stdout holds either the whole, valid list or nothing at all.
 *
 * The default is every user, not the Anyscale CLI's 10 in batch mode: a listing that silently
 * stops at 10 is a trap for scripts, and streaming makes a long listing cheap.
 */
export async function runList(context: CommandContext): Promise<number> {
  const { values, terminal, command } = context;
  if (values.interactive === true) {
    throw new UsageError("the interactive pager is not offered; the list is printed in full (pipe it to 'less' to page it).", command);
  }
  const json = switchOption(values, 'json', command, false);
  const { filters, preamble } = userFilters(values, command, '<any>');
  const pageSize = integerOption(values, 'page-size', command, { min: 1, max: MAX_PAGE_SIZE }) ?? DEFAULT_PAGE_SIZE;
  const maxItems = integerOption(values, 'max-items', command, { min: 1 });

  const connection = await connect(context.global, context.logger);
  context.redactor = connection.redactor;
  try {
    const pages = connection.anyscale.user.list({ ...filters, page_size: pageSize, max_items: maxItems }, { signal: context.signal }).pages();
    if (json) {
      const users: User[] = [];
      // Item by item: spreading a page into push() overflows the call stack on a page of ~120,000.
      for await (const page of pages) for (const user of page.items) users.push(user);
      writeJson(terminal.out, users.map(toDict));
      return 0;
    }
    writePreamble(terminal, 'Listing users with:', [
      ...preamble,
      ['mode', 'batch'],
      ['per-page limit', String(pageSize)],
      ['max-items total', maxItems === undefined ? 'all' : String(maxItems)],
    ]);
    if (!connection.local) terminal.err.write(`View your Users in the UI at ${connection.host}/collaborators\n`);
    const table = userTable(terminal);
    for await (const page of pages) table.write(page.items);
    terminal.err.write(table.rowCount === 0 ? 'No users found.\n' : `Fetched ${plural(table.rowCount, 'user')}.\n`);
    return 0;
  } finally {
    await connection.close();
  }
}
