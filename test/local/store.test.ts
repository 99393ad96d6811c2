import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { describe, expect, it } from 'vitest';
import { newApiToken, newIdentityId, newUserId } from '../../src/local/ids.ts';
import { MIGRATIONS, SCHEMA_VERSION } from '../../src/local/migrations.ts';
import { decodeCursor, encodeCursor, InvalidPagingTokenError } from '../../src/local/paging.ts';
import { DuplicateEmailError, type NewAccount, UserStore } from '../../src/local/store.ts';
import { hashToken } from '../../src/local/secrets.ts';
import { formatTimestamp } from '../../src/local/timestamps.ts';
import { tempDir } from './helpers.ts';

const account = (email: string, extra: Partial<NewAccount> = {}): NewAccount => ({
  name: email.split('@')[0]!,
  email,
  isSsoUser: false,
  ...extra,
});

describe('UserStore on a file', () => {
  it('migrates to the current schema version, in WAL mode, and reopens without migrating again', async () => {
    const dir = await tempDir();
    const store = UserStore.open(dir);
    await store.batchCreate([account('a@example.com')]);
    store.close();

    const db = new DatabaseSync(join(dir, 'org.db'));
    expect(SCHEMA_VERSION).toBeGreaterThan(0);
    expect(db.prepare('PRAGMA user_version').get()).toEqual({ user_version: SCHEMA_VERSION });
    expect(db.prepare('PRAGMA journal_mode').get()).toEqual({ journal_mode: 'wal' });
    db.close();

    const reopened = UserStore.open(dir);
    expect(reopened.list({}, { count: 50 }).total).toBe(1);
    reopened.close();
  });

  it('counts again after another process writes to the same data dir', async () => {
    const dir = await tempDir();
    const first = UserStore.open(dir);
    const second = UserStore.open(dir);
    await first.batchCreate([account('a@example.com')]);
    expect(first.list({}, { count: 1 }).total).toBe(1);
    expect(first.list({ email: 'b@example.com' }, { count: 1 }).total).toBe(0);

    const token = newApiToken();
    await second.batchCreate([account('b@example.com', { token })]);
    expect(first.list({}, { count: 1 }).total).toBe(2);
    expect(first.list({ email: 'b@example.com' }, { count: 1 }).total).toBe(1);
    expect(first.findByToken(token)?.email).toBe('b@example.com');
    first.close();
    second.close();
  });

  it('upgrades a data dir made by the first schema, keeping its users, and reads filtered pages through the indexes', async () => {
    const dir = await tempDir();
    const v1 = new DatabaseSync(join(dir, 'org.db'));
    v1.exec(MIGRATIONS[0]!);
    v1.exec('PRAGMA user_version = 1');
    const oldId = newIdentityId();
    v1.prepare(
      `INSERT INTO collaborators (seq, id, user_id, name, email, permission_level, is_service_account, is_sso_user, created_at)
       VALUES (7, ?, ?, 'Old', 'old@example.com', 'owner', 0, 0, ?)`,
    ).run(oldId, newUserId(), formatTimestamp(new Date()));
    const oldToken = newApiToken();
    v1.prepare('INSERT INTO tokens (token_sha256, collaborator_id) VALUES (?, ?)').run(hashToken(oldToken), oldId);
    v1.close();

    const store = UserStore.open(dir);
    expect(store.list({ name: 'old' }, { count: 50 }).rows.map((row) => row.email)).toEqual(['old@example.com']);
    expect(JSON.parse(store.listJson({}, { count: 50 }).listings[0]!)).toMatchObject({ id: oldId, email: 'old@example.com' });
    expect(store.findByToken(oldToken)?.id).toBe(oldId);
    // New rows go on after the old ones: a cursor handed out before the upgrade stays valid.
    await store.batchCreate([account('new@example.com')]);
    const after = store.list({}, { count: 1, after: encodeCursor(7) }).rows;
    expect(after.map((row) => row.email)).toEqual(['new@example.com']);
    store.close();

    const db = new DatabaseSync(join(dir, 'org.db'));
    expect(db.prepare('PRAGMA user_version').get()).toEqual({ user_version: SCHEMA_VERSION });
    const plan = (where: string) =>
      (
        db.prepare(`EXPLAIN QUERY PLAN SELECT seq FROM collaborators WHERE seq > 0 AND ${where} ORDER BY seq LIMIT 51`).all() as {
          detail: string;
        }[]
      )
        .map((row) => row.detail)
        .join('; ');
    expect(plan("name = 'x' COLLATE NOCASE")).toContain('collaborators_name');
    expect(plan('is_service_account = 1')).toContain('collaborators_service_account');
    db.close();
  });

  it('refuses a database from a newer schema', async () => {
    const dir = await tempDir();
    const db = new DatabaseSync(join(dir, 'org.db'));
    db.exec(`PRAGMA user_version = ${SCHEMA_VERSION + 1}`);
    db.close();
    expect(() => UserStore.open(dir)).toThrow(/newer than this code knows/);
  });

  it('keeps only a salted scrypt hash of a password, and only a sha256 of a token', async () => {
    const dir = await tempDir();
    const store = UserStore.open(dir);
    const token = newApiToken();
    await store.batchCreate([
      account('p1@example.com', { password: 'hunter2', token }),
      account('p2@example.com', { password: 'hunter2' }),
    ]);
    store.close();

    const db = new DatabaseSync(join(dir, 'org.db'));
    const hashes = db
      .prepare('SELECT password_hash FROM collaborators ORDER BY seq')
      .all()
      .map((r) => r.password_hash);
    const tokens = db
      .prepare('SELECT token_sha256 FROM tokens')
      .all()
      .map((r) => r.token_sha256);
    db.close();
    expect(hashes[0]).toMatch(/^scrypt\$256\$8\$1\$[A-Za-z0-9+/=]+\$[A-Za-z0-9+/=]+$/);
    expect(hashes[0]).not.toBe(hashes[1]); // different salts
    expect(JSON.stringify(hashes)).not.toContain('hunter2');
    expect(tokens).toEqual([expect.stringMatching(/^[0-9a-f]{64}$/)]);
    expect(tokens[0]).not.toBe(token);
  });
});

describe('UserStore', () => {
  it('keeps each collaborator as exactly the JSON the list endpoint answers', async () => {
    const store = UserStore.open();
    await store.batchCreate([
      account('plain@example.com'),
      account('quotes@example.com', { name: 'Zoë "Z" O\'Neil \\ 東京 \u0007', lastname: 'x', title: 'y' }),
      account('bot@example.com', { name: null, isServiceAccount: true, permissionLevel: 'owner' }),
    ]);
    const { rows } = store.list({}, { count: 50 });
    const { listings, total, nextCursor } = store.listJson({}, { count: 50 });
    expect({ total, nextCursor }).toEqual({ total: 3, nextCursor: undefined });
    expect(listings.map((listing) => JSON.parse(listing))).toEqual(
      rows.map((c) => ({
        id: c.id,
        user_id: c.userId,
        name: c.name,
        email: c.email,
        permission_level: c.permissionLevel,
        base_role: c.permissionLevel,
        additional_roles: [],
        created_at: c.createdAt,
        is_service_account: c.isServiceAccount,
      })),
    );
    expect(JSON.parse(listings[2]!)).toMatchObject({ user_id: null, name: null, is_service_account: true });
    store.close();
  });

  it('creates accounts with Anyscale-shaped ids, lower-cased emails and backend-format timestamps', async () => {
    const store = UserStore.open();
    const [user, serviceAccount] = await store.batchCreate([
      account('Mixed.Case@Example.COM', { lastname: 'L', title: 'T' }),
      account('bot@example.com', { isServiceAccount: true }),
    ]);
    expect(user).toMatchObject({
      email: 'mixed.case@example.com',
      permissionLevel: 'collaborator',
      isServiceAccount: false,
      lastname: 'L',
      title: 'T',
    });
    expect(user!.id).toMatch(/^ide_[a-z0-9]{26}$/);
    expect(user!.userId).toMatch(/^usr_[a-z0-9]{26}$/);
    expect(user!.createdAt).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}\+00:00$/);
    expect(serviceAccount).toMatchObject({ userId: null, isServiceAccount: true, lastname: null, title: null });
    store.close();
  });

  it('enforces unique emails case-insensitively and creates nothing from a batch with a duplicate', async () => {
    const store = UserStore.open();
    await store.batchCreate([account('taken@example.com')]);

    await expect(store.batchCreate([account('new@example.com'), account('TAKEN@example.com')])).rejects.toThrow(
      new DuplicateEmailError('taken@example.com'),
    );
    await expect(store.batchCreate([account('x@example.com'), account('X@Example.com')])).rejects.toThrow(
      "User with email 'x@example.com' already exists.",
    );
    expect(store.list({}, { count: 50 }).rows.map((r) => r.email)).toEqual(['taken@example.com']);
    store.close();
  });

  it('keeps every total up to date as batches are created or refused', async () => {
    const store = UserStore.open();
    const totals = () => [
      store.list({}, { count: 1 }).total,
      store.list({ collaboratorType: 'only_service_accounts' }, { count: 1 }).total,
      store.list({ name: 'Bot' }, { count: 1 }).total,
    ];
    expect(totals()).toEqual([0, 0, 0]);
    const bot = (email: string, name: string) => account(email, { name, isServiceAccount: true });
    await store.batchCreate([account('one@example.com'), bot('bot@example.com', 'Bot')]);
    expect(totals()).toEqual([2, 1, 1]);
    const refused = store.batchCreate([account('two@example.com'), account('one@example.com')]);
    await expect(refused).rejects.toThrow(DuplicateEmailError);
    expect(totals()).toEqual([2, 1, 1]);
    await store.batchCreate([bot('bot2@example.com', 'bot')]);
    expect(totals()).toEqual([3, 2, 2]);
    store.close();
  });

  it('finds the collaborator a token was issued to', async () => {
    const store = UserStore.open();
    const token = newApiToken();
    await store.batchCreate([account('holder@example.com', { token })]);
    expect(store.findByToken(token)?.email).toBe('holder@example.com');
    expect(store.findByToken(newApiToken())).toBeUndefined();
    store.close();
  });

  it('pages in creation order with a total over all pages', async () => {
    const store = UserStore.open();
    await store.batchCreate(Array.from({ length: 5 }, (_, i) => account(`u${i}@example.com`)));
    const first = store.list({}, { count: 2 });
    const second = store.list({}, { count: 2, after: first.nextCursor });
    const third = store.list({}, { count: 2, after: second.nextCursor });
    expect([first, second, third].map((p) => p.rows.map((r) => r.email))).toEqual([
      ['u0@example.com', 'u1@example.com'],
      ['u2@example.com', 'u3@example.com'],
      ['u4@example.com'],
    ]);
    expect([first.total, second.total, third.total]).toEqual([5, 5, 5]);
    expect(third.nextCursor).toBeUndefined();
    // An exactly full last page has no next page either.
    expect(store.list({}, { count: 5 }).nextCursor).toBeUndefined();
    store.close();
  });
});

describe('ids, tokens and timestamps', () => {
  it('match the Anyscale shapes and the SDK token-sanity rule', () => {
    expect(newUserId()).toMatch(/^usr_[a-z0-9]{26}$/);
    expect(newIdentityId()).toMatch(/^ide_[a-z0-9]{26}$/);
    const token = newApiToken();
    expect(token).toMatch(/^aph0_local_[A-Za-z0-9]{32}$/);
    expect(token.startsWith('sss_') || (token.startsWith('a') && token.includes('_'))).toBe(true);
    expect(new Set(Array.from({ length: 100 }, newUserId)).size).toBe(100);
  });

  it('formats created_at with microseconds and +00:00', () => {
    expect(formatTimestamp(new Date('2025-01-02T03:04:05.678Z'))).toBe('2025-01-02T03:04:05.678000+00:00');
  });
});

describe('paging cursors', () => {
  it('round-trip as base64url of a small versioned JSON', () => {
    const cursor = encodeCursor(42);
    expect(JSON.parse(Buffer.from(cursor, 'base64url').toString())).toEqual({ s: 42, v: 1 });
    expect(decodeCursor(cursor)).toBe(42);
  });

  it.each([
    ['garbage', 'not a cursor!'],
    ['not JSON', Buffer.from('{s:1').toString('base64url')],
    ['another version', Buffer.from('{"s":1,"v":2}').toString('base64url')],
    ['a negative seq', Buffer.from('{"s":-1,"v":1}').toString('base64url')],
    ['a fractional seq', Buffer.from('{"s":1.5,"v":1}').toString('base64url')],
    ['a string seq', Buffer.from('{"s":"1","v":1}').toString('base64url')],
    ['extra keys', Buffer.from('{"s":1,"v":1,"x":0}').toString('base64url')],
    ['a flipped character', `${encodeCursor(42).slice(0, -1)}Q`],
    ['trailing bytes', `${encodeCursor(42)}AA`],
    ['null', Buffer.from('null').toString('base64url')],
  ])('reject %s', (_, token) => {
    expect(() => decodeCursor(token)).toThrow(InvalidPagingTokenError);
  });
});
