import { toDict, type User } from '../core/models.ts';
import { csvField, usersFileChunks } from '../core/operations/export-users.ts';

export const LIST_FORMATS = ['table', 'json', 'jsonl', 'csv', 'yaml'] as const;
export type ListFormat = (typeof LIST_FORMATS)[number];
export type StreamedFormat = Exclude<ListFormat, 'table'>;

type Pages = AsyncIterable<{ readonly items: readonly User[] }>;

const CSV_COLUMNS = ['email', 'name', 'user_id', 'permission_level', 'created_at'] as const;

/**
 * The array `JSON.stringify(users, null, 2)` prints, written a page at a time. A listing cut
 * short by an error leaves the array open, so a parser fails on it rather than taking part of
 * the org for all of it.
 */
async function* jsonArray(pages: Pages): AsyncGenerator<string> {
  let first = true;
  for await (const page of pages) {
    let chunk = '';
    for (const user of page.items) {
      // JSON strings hold no raw line breaks, so indenting every line of an item is safe.
      chunk += `${first ? '[\n  ' : ',\n  '}${JSON.stringify(toDict(user), null, 2).replaceAll('\n', '\n  ')}`;
      first = false;
    }
    yield chunk;
  }
  yield first ? '[]\n' : '\n]\n';
}

async function* jsonLines(pages: Pages): AsyncGenerator<string> {
  for await (const page of pages) {
    let chunk = '';
    for (const user of page.items) chunk += `${JSON.stringify(toDict(user))}\n`;
    yield chunk;
  }
}

async function* csvRows(pages: Pages): AsyncGenerator<string> {
  yield `${CSV_COLUMNS.join(',')}\n`;
  for await (const page of pages) {
    let chunk = '';
    for (const user of page.items) chunk += `${CSV_COLUMNS.map((column) => csvField(user[column] ?? '')).join(',')}\n`;
    yield chunk;
  }
}

/**
 * A listing in one of the machine-readable formats, one string per page as pages arrive: nothing
 * holds the whole listing. YAML is the `create_users:` file that batch-create reads back.
 */
export function listChunks(format: StreamedFormat, pages: Pages): AsyncGenerator<string> {
  switch (format) {
    case 'json':
      return jsonArray(pages);
    case 'jsonl':
      return jsonLines(pages);
    case 'csv':
      return csvRows(pages);
    case 'yaml':
      return usersFileChunks('yaml', pages);
  }
}
