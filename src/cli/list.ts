import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from '../core/operations/list-users.ts';
import { plural } from '../core/plural.ts';
import { type CommandName, integerOption, type OptionValues, stringOption, switchOption } from './args.ts';
import { connect } from './connection.ts';
import type { CommandContext } from './context.ts';
import { userFilters } from './filters.ts';
import { LIST_FORMATS, listChunks, type ListFormat } from './list-formats.ts';
import { writePreamble } from './preamble.ts';
import { UsageError } from './usage-error.ts';
import { userTable } from './user-table.ts';
import { writeOut } from './write-out.ts';

/** --format, or its short forms --json and --jsonl; two that disagree are a usage error. */
function listFormat(values: OptionValues, command: CommandName): ListFormat {
  const format = stringOption(values, 'format');
  if (format !== undefined && !(LIST_FORMATS as readonly string[]).includes(format)) {
    throw new UsageError(`Invalid value for '--format': '${format}' is not one of ${LIST_FORMATS.join(', ')}.`, command);
  }
  const chosen = [
    ...(format === undefined ? [] : [format as ListFormat]),
    ...(switchOption(values, 'json', command, false) ? (['json'] as const) : []),
    ...(values.jsonl === true ? (['jsonl'] as const) : []),
  ];
  if (new Set(chosen).size > 1) throw new UsageError('give one of --format, --json and --jsonl.', command);
  return chosen[0] ?? 'table';
}

/**
 * `anyscale-users list`. Every format streams: each page is printed as it arrives, so the first
 * rows show while later pages are still being fetched, and memory stays flat with the org's size.
 *
 * The default is every user, not the Anyscale CLI's 10 in batch mode: a listing that silently
 * stops at 10 is a trap for scripts, and streaming makes a long listing cheap.
 */
export async function runList(context: CommandContext): Promise<number> {
  const { values, terminal, command } = context;
  if (values.interactive === true) {
    throw new UsageError("the interactive pager is not offered; the list is printed in full (pipe it to 'less' to page it).", command);
  }
  const format = listFormat(values, command);
  const { filters, preamble } = userFilters(values, command, '<any>');
  const pageSize = integerOption(values, 'page-size', command, { min: 1, max: MAX_PAGE_SIZE }) ?? DEFAULT_PAGE_SIZE;
  const maxItems = integerOption(values, 'max-items', command, { min: 1 });

  const connection = await connect(context.global, context.logger);
  context.redactor = connection.redactor;
  try {
    const pages = connection.anyscale.user
      .list({ ...filters, page_size: pageSize, max_items: maxItems }, { signal: context.signal })
      .pages();
    if (format !== 'table') {
      for await (const chunk of listChunks(format, pages)) await writeOut(terminal.out, chunk);
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
