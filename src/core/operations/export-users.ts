import type { AnyscaleClient, RequestOptions } from '../client.ts';
import { AnyscaleValidationError } from '../errors.ts';
import type { User } from '../models.ts';
import { USERS_FORMATS, type UsersFormat } from '../users-format.ts';
import { listUsers } from './list-users.ts';

export interface ExportOptions extends RequestOptions {
  /** yaml (the Anyscale CLI's `create_users:` file, default), json or csv. */
  format?: UsersFormat;
  /** Export service accounts too (default: user accounts only). */
  include_service_accounts?: boolean;
  /** Called after each page is yielded, with the number of users written so far. */
  onPage?: (progress: { exported: number }) => void;
}

/**
 * The list API does not return is_sso_user, lastname or title: is_sso_user is written as false,
 * and lastname and title are left out. Reading the export back plans no change either way,
 * since a plan matches users by email alone.
 */
export const EXPORT_HEADER =
  "# Exported by anyscale-users from the organization's user accounts.\n" +
  '# The list API does not return is_sso_user, lastname or title: is_sso_user is written as false\n' +
  '# (set it to true for SSO users before creating them elsewhere), lastname and title are left out.\n';

// A JSON string is a valid YAML double-quoted scalar, so one quoting serves both formats.
const quoted = (value: string) => JSON.stringify(value);

export function csvField(value: string): string {
  return /[",\r\n]|^\s|\s$/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

function render(format: UsersFormat, user: User, first: boolean): string {
  if (format === 'csv') return `${csvField(user.name)},${csvField(user.email)},false\n`;
  if (format === 'json')
    return `${first ? '' : ',\n'}    {"name": ${quoted(user.name)}, "email": ${quoted(user.email)}, "is_sso_user": false}`;
  return `  - name: ${quoted(user.name)}\n    email: ${quoted(user.email)}\n    is_sso_user: false\n`;
}

const OPENING: Record<UsersFormat, string> = {
  yaml: `${EXPORT_HEADER}create_users:\n`,
  json: '{\n  "create_users": [\n',
  csv: 'name,email,is_sso_user\n',
};
const CLOSING: Record<UsersFormat, string> = { yaml: '', json: '\n  ]\n}\n', csv: '' };

/**
 * Users as a users file that batch-create reads back, one string per page: memory stays flat
 * with the number of users. `list --format yaml` writes a listing this way.
 */
export async function* usersFileChunks(
  format: UsersFormat,
  pages: AsyncIterable<{ readonly items: readonly User[] }>,
  onPage?: ExportOptions['onPage'],
): AsyncGenerator<string> {
  let first = true;
  let exported = 0;
  yield OPENING[format];
  for await (const page of pages) {
    let chunk = '';
    for (const user of page.items) {
      chunk += render(format, user, first);
      first = false;
    }
    exported += page.items.length;
    yield chunk;
    onPage?.({ exported });
  }
  // `create_users:` with nothing under it reads as null, not as an empty list.
  if (format === 'yaml' && first) yield '  []\n';
  yield CLOSING[format];
}

/**
 * The org's accounts as a users file, one string per page: memory stays flat with the org's
 * size. Pipe it to a file with `stream.pipeline(Readable.from(exportUsers(...)), out)`.
 */
export async function* exportUsers(client: AnyscaleClient, options: ExportOptions = {}): AsyncGenerator<string> {
  const format = options.format ?? 'yaml';
  if (!(USERS_FORMATS as readonly string[]).includes(format)) {
    throw new AnyscaleValidationError([
      { field: 'format', message: `'format' must be one of ${USERS_FORMATS.join(', ')}; got "${String(format)}".` },
    ]);
  }
  const collaborator_type = options.include_service_accounts ? 'all_accounts' : 'only_user_accounts';
  yield* usersFileChunks(format, listUsers(client, { collaborator_type }, { signal: options.signal }).pages(), options.onPage);
}
