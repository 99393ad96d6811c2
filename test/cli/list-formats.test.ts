import { parse as parseCsv } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { listChunks, type StreamedFormat } from '../../src/cli/list-formats.ts';
import { toDict, type User } from '../../src/core/models.ts';
import { parseUsersDocument } from '../../src/core/users-file.ts';

const user = (n: number, extra: Partial<User> = {}): User => ({
  email: `user${n}@example.com`,
  name: `User "${n}", the ${n}th\\`,
  created_at: '2024-01-01T12:00:00.000000+00:00',
  permission_level: 'collaborator',
  user_id: `usr_${n}`,
  ...extra,
});

const USERS = [user(1), user(2, { user_id: undefined, name: '' }), user(3), user(4, { name: 'Zoë 🙂\t' })];

async function* pagesOf(users: readonly User[], size: number) {
  for (let i = 0; i < users.length; i += size) yield { items: users.slice(i, i + size) };
}

async function render(format: StreamedFormat, users: readonly User[], size = 2): Promise<string[]> {
  const chunks: string[] = [];
  for await (const chunk of listChunks(format, pagesOf(users, size))) chunks.push(chunk);
  return chunks;
}

describe('list formats', () => {
  it('json is exactly the pretty array JSON.stringify prints, whatever the paging, empty included', async () => {
    for (const users of [[], USERS.slice(0, 1), USERS]) {
      for (const size of [1, 3, 50]) {
        expect((await render('json', users, size)).join('')).toBe(`${JSON.stringify(users.map(toDict), null, 2)}\n`);
      }
    }
  });

  it('json is written a page at a time, and an unfinished listing does not parse', async () => {
    const chunks = await render('json', USERS, 2);
    // One chunk a page, then the closing bracket.
    expect(chunks).toHaveLength(3);
    expect(() => JSON.parse(chunks.slice(0, 2).join(''))).toThrow(SyntaxError);
  });

  it('jsonl is one compact to_dict() object a line', async () => {
    const lines = (await render('jsonl', USERS)).join('').split('\n');
    expect(lines.pop()).toBe('');
    expect(lines.map((line) => JSON.parse(line))).toEqual(USERS.map(toDict));
  });

  it('csv has a header and one row a user, quoted where needed', async () => {
    const text = (await render('csv', USERS)).join('');
    const records = parseCsv(text, { columns: true }) as Record<string, string>[];
    expect(records).toEqual(
      USERS.map((u) => ({
        email: u.email,
        name: u.name,
        user_id: u.user_id ?? '',
        permission_level: u.permission_level,
        created_at: u.created_at,
      })),
    );
  });

  it('yaml is a create_users: file that batch-create reads back', async () => {
    // A nameless service account cannot be created from a file, so it is left out here.
    const named = USERS.filter((u) => u.name !== '');
    const read = parseUsersDocument((await render('yaml', named)).join(''), { file: 'users.yaml' });
    expect(read).toEqual(named.map((u) => ({ name: u.name, email: u.email, is_sso_user: false })));
  });
});
