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
    -- A salted scrypt hash (see passwords.ts); the plain password is never stored.
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
];

export const SCHEMA_VERSION = MIGRATIONS.length;

/** Brings the database up to SCHEMA_VERSION, each step in its own transaction. */
export function migrate(db: DatabaseSync): void {
  const current = userVersion(db);
  if (current > SCHEMA_VERSION) {
    throw new Error(
      `The local org database has schema version ${current}, newer than this code knows (${SCHEMA_VERSION}). ` +
        'Upgrade anyscale-users or use another data dir.',
    );
  }
  MIGRATIONS.slice(current).forEach((sql, offset) => {
    immediateTransaction(db, () => {
      db.exec(sql);
      // user_version lives in the database header, so setting it commits or rolls back with the step.
      db.exec(`PRAGMA user_version = ${current + offset + 1}`);
    });
  });
}

export function userVersion(db: DatabaseSync): number {
  const row = db.prepare('PRAGMA user_version').get() as { user_version: number };
  return row.user_version;
}
