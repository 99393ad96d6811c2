import type { DatabaseSync } from 'node:sqlite';
import { immediateTransaction } from './transaction.ts';

/**
 * The schema, one entry per version: entry N takes `PRAGMA user_version` from N to N+1. Entries
 * are only ever appended, never edited, because existing data dirs have already run them.
 */
export const MIGRATIONS: readonly string[] = [
  `
  CREATE TABLE collaborators (
    -- Keyset paging walks this column. AUTOINCREMENT guarantees a new row always gets a larger
    -- value than any row ever had, so a paging walk never sees a late insert behind its cursor.
    seq                INTEGER PRIMARY KEY AUTOINCREMENT,
    id                 TEXT    NOT NULL UNIQUE,
    -- Null for service accounts, which are identities without a user behind them.
    user_id            TEXT    UNIQUE,
    name               TEXT,
    -- Stored lower-cased, as the backend does.
    email              TEXT    NOT NULL,
    permission_level   TEXT    NOT NULL CHECK (permission_level IN ('owner', 'collaborator')),
    is_service_account INTEGER NOT NULL CHECK (is_service_account IN (0, 1)),
    is_sso_user        INTEGER NOT NULL CHECK (is_sso_user IN (0, 1)),
    lastname           TEXT,
    title              TEXT,
    -- A salted scrypt hash (see secrets.ts); the plain password is never stored.
    password_hash      TEXT,
    created_at         TEXT    NOT NULL
  ) STRICT;

  CREATE UNIQUE INDEX collaborators_email ON collaborators (lower(email));

  CREATE TABLE tokens (
    -- sha256 of the token: a copied database file does not hand out working credentials.
    token_sha256    TEXT PRIMARY KEY,
    collaborator_id TEXT NOT NULL REFERENCES collaborators (id)
  ) STRICT, WITHOUT ROWID;
  `,
  `
  -- The name and account-type filters read a page by walking an index in seq order (seq is the
  -- rowid, which every index entry carries) instead of scanning the table: a get by name in an
  -- org of 100,000 users went from ~10 ms to well under one.
  CREATE INDEX collaborators_name ON collaborators (name COLLATE NOCASE);
  CREATE INDEX collaborators_service_account ON collaborators (is_service_account);
  `,
  `
  -- A collaborator as the list endpoint answers it, as JSON, written once when the row is: a
  -- listing page then reads one column a row instead of eleven and joins strings instead of building
  -- and serializing objects (a page of 50 went from ~100 µs to ~30 µs). Rows never change after
  -- insert, and SQLite keeps the column in step with the row by definition. SQLite cannot add a
  -- stored column to an existing table, so the table is rebuilt the documented way.
  CREATE TABLE collaborators_v3 (
    seq                INTEGER PRIMARY KEY AUTOINCREMENT,
    id                 TEXT    NOT NULL UNIQUE,
    user_id            TEXT    UNIQUE,
    name               TEXT,
    email              TEXT    NOT NULL,
    permission_level   TEXT    NOT NULL CHECK (permission_level IN ('owner', 'collaborator')),
    is_service_account INTEGER NOT NULL CHECK (is_service_account IN (0, 1)),
    is_sso_user        INTEGER NOT NULL CHECK (is_sso_user IN (0, 1)),
    lastname           TEXT,
    title              TEXT,
    password_hash      TEXT,
    created_at         TEXT    NOT NULL,
    listing            TEXT    NOT NULL GENERATED ALWAYS AS (json_object(
      'id', id,
      'user_id', user_id,
      'name', name,
      'email', email,
      'permission_level', permission_level,
      -- The org has only the two base roles, which coincide with the (deprecated) permission level.
      'base_role', permission_level,
      'additional_roles', json('[]'),
      'created_at', created_at,
      'is_service_account', json(CASE is_service_account WHEN 1 THEN 'true' ELSE 'false' END)
    )) STORED
  ) STRICT;

  INSERT INTO collaborators_v3 (seq, id, user_id, name, email, permission_level, is_service_account,
                                is_sso_user, lastname, title, password_hash, created_at)
    SELECT seq, id, user_id, name, email, permission_level, is_service_account,
           is_sso_user, lastname, title, password_hash, created_at
    FROM collaborators;
  -- Carry the AUTOINCREMENT high-water mark over, so no seq is ever handed out twice.
  UPDATE sqlite_sequence SET seq = max(seq, coalesce((SELECT seq FROM sqlite_sequence WHERE name = 'collaborators'), 0))
    WHERE name = 'collaborators_v3';

  DROP TABLE collaborators;
  ALTER TABLE collaborators_v3 RENAME TO collaborators;
  CREATE UNIQUE INDEX collaborators_email ON collaborators (lower(email));
  CREATE INDEX collaborators_name ON collaborators (name COLLATE NOCASE);
  CREATE INDEX collaborators_service_account ON collaborators (is_service_account);
  `,
];

export const SCHEMA_VERSION = MIGRATIONS.length;

function checkKnown(version: number): void {
  if (version > SCHEMA_VERSION) {
    throw new Error(
      `The local org database has schema version ${version}, newer than this code knows (${SCHEMA_VERSION}). ` +
        'Upgrade anyscale-users or use another data dir.',
    );
  }
}

/**
 * Brings the database up to SCHEMA_VERSION, each step in its own transaction. The version is read
 * again under each step's write lock: another process opening the same data dir at the same time
 * may have applied the step already.
 */
export function migrate(db: DatabaseSync): void {
  checkKnown(userVersion(db));
  if (userVersion(db) === SCHEMA_VERSION) return;
  // A step may rebuild a table that tokens refer to, and dropping the old one would cascade the
  // foreign key checks over every token. SQLite's way: keys off for the rebuild (the pragma has no
  // effect inside a transaction), and a check of every reference before each step commits.
  const keysWereOn = (db.prepare('PRAGMA foreign_keys').get() as { foreign_keys: number }).foreign_keys === 1;
  db.exec('PRAGMA foreign_keys = OFF');
  try {
    let upToDate = false;
    while (!upToDate) {
      upToDate = immediateTransaction(db, () => {
        const version = userVersion(db);
        checkKnown(version);
        if (version === SCHEMA_VERSION) return true;
        db.exec(MIGRATIONS[version]!);
        if (db.prepare('PRAGMA foreign_key_check').all().length > 0) {
          throw new Error(`Migration to schema version ${version + 1} left references that point nowhere.`);
        }
        // user_version lives in the database header, so setting it commits or rolls back with the step.
        db.exec(`PRAGMA user_version = ${version + 1}`);
        return false;
      });
    }
  } finally {
    if (keysWereOn) db.exec('PRAGMA foreign_keys = ON');
  }
}

export function userVersion(db: DatabaseSync): number {
  const row = db.prepare('PRAGMA user_version').get() as { user_version: number };
  return row.user_version;
}
