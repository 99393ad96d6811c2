import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readUsersFile } from '../../src/core/users-file.ts';

const dir = mkdtempSync(join(tmpdir(), 'read-users-file-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('readUsersFile', () => {
  const path = join(dir, 'users.yaml');
  writeFileSync(path, 'create_users:\n  - name: Ann\n    email: ann@read.test\n    is_sso_user: yes\n');

  it('reads and checks a users file from disk', async () => {
    expect(await readUsersFile(path, { file: 'users.yaml', env: {} })).toEqual([
      { name: 'Ann', email: 'ann@read.test', is_sso_user: true },
    ]);
  });

  it('takes its limits from the environment it is given, and refuses an oversized file by its size', async () => {
    const error = await readUsersFile(path, { file: 'users.yaml', env: { ANYSCALE_USERS_FILE_MAX_BYTES: '10' } }).catch((e: unknown) => e);
    expect(error).toMatchObject({
      code: 'VALIDATION',
      issues: [{ file: 'users.yaml', message: expect.stringMatching(/over the limit of/) }],
    });
  });

  it("throws the file system's own error for a missing file, for the adapter to word", async () => {
    await expect(readUsersFile(join(dir, 'missing.yaml'), { env: {} })).rejects.toMatchObject({ code: 'ENOENT', syscall: 'stat' });
  });
});
