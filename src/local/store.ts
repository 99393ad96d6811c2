import { chmodSync, closeSync, openSync } from 'node:fs';
import { join } from 'node:path';
import { DatabaseSync, type SQLInputValue, type StatementSync } from 'node:sqlite';
import { newIdentityId, newUserId } from './ids.ts';
import { migrate } from './migrations.ts';
import { decodeCursor, encodeCursor } from './paging.ts';
import { ReadCache } from './read-cache.ts';
import { hashPassword, hashToken } from './secrets.ts';
import { formatTimestamp } from './timestamps.ts';
import { immediateTransaction } from './transaction.ts';

export type PermissionLevel = 'owner' | 'collaborator';
export type CollaboratorType = 'all_accounts' | 'only_service_accounts' | 'only_user_accounts';

/** One member of the org: a user, or a service account (which has no user_id). */
export interface Collaborator {
  id: string;
  userId: string | null;
  name: string | null;
  email: string;
  permissionLevel: PermissionLevel;
  isServiceAccount: boolean;
  isSsoUser: boolean;
  lastname: string | null;
  title: string | null;
  createdAt: string;
}

export interface NewAccount {
  name: string | null;
  email: string;
  /** Kept only as a salted hash. Absent, null and '' (what the SDK sends for SSO users) all mean none. */
  password?: string | null;
  isSsoUser: boolean;
  lastname?: string | null;
  title?: string | null;
  /** Defaults to 'collaborator', the level of users an admin creates. */
  permissionLevel?: PermissionLevel;
  /** Defaults to false. */
  isServiceAccount?: boolean;
  /** An API token to issue to the new account in the same transaction (seeding uses this). */
  token?: string;
}

/**
 * Filters are ANDed. Email and name match exactly but case-insensitively: the SDK documents
 * "exact" matches and the backend lower-cases emails, so this is the reading that agrees with both.
 */
export interface CollaboratorFilters {
  email?: string;
  name?: string;
  collaboratorType?: CollaboratorType;
  isServiceAccount?: boolean;
}

export interface CollaboratorPage {
  rows: Collaborator[];
  /** How many collaborators match the filters, across all pages. */
  total: number;
  /** Where the next page starts; undefined on the last page. */
  nextCursor: string | undefined;
}

export interface ListingPage {
  /** Each collaborator as the list endpoint's JSON text. */
  listings: string[];
  total: number;
  nextCursor: string | undefined;
}

export interface PageRequest {
  count: number;
  /** A cursor from an earlier page's nextCursor. */
  after?: string;
}

export class DuplicateEmailError extends Error {
  readonly email: string;

  constructor(email: string) {
    super(`User with email '${email}' already exists.`);
    this.name = 'DuplicateEmailError';
    this.email = email;
  }
}

/**
 * A collaborator as read by `SELECT ${COLUMNS}`: an array in the order of COLUMNS. node:sqlite
 * builds an object row property by property, and reading a page's fields back out of such objects
 * cost more than the query itself: a page of 50 took about 230 µs with object rows and 85 µs
 * with arrays (see BENCHMARKS.md).
 */
type CollaboratorRow = [
  seq: number,
  id: string,
  userId: string | null,
  name: string | null,
  email: string,
  permissionLevel: PermissionLevel,
  isServiceAccount: number,
  isSsoUser: number,
  lastname: string | null,
  title: string | null,
  createdAt: string,
];

const COLUMNS = 'seq, id, user_id, name, email, permission_level, is_service_account, is_sso_user, lastname, title, created_at';

/** The org's collaborators and tokens in one SQLite database: `<dataDir>/org.db`, or memory without a data dir. */
export class UserStore {
  readonly #db: DatabaseSync;
  // Every list page reports how many collaborators match its filters across all pages. Counting
  // visits every matching row (0.4 ms for 100,000 users, 10 ms with an unindexed filter), which
  // dominated a page; a walk of the org asks the same question on every page.
  readonly #totals: ReadCache<number>;
  // Every request looks up the collaborator behind its token.
  readonly #callers: ReadCache<Collaborator>;
  // Compiling a statement costs more than running most of them. The filters are bound as
  // parameters, so the SQL texts are few (one per combination of filters) and all worth keeping.
  readonly #statements = new Map<string, StatementSync>();

  private constructor(db: DatabaseSync, shared: boolean) {
    this.#db = db;
    this.#totals = new ReadCache(db, { shared });
    this.#callers = new ReadCache(db, { shared });
  }

  static open(dataDir?: string): UserStore {
    const path = dataDir === undefined ? ':memory:' : privateFile(join(dataDir, 'org.db'));
    // The busy timeout makes a second process on the same data dir wait for the write lock rather than fail.
    const db = new DatabaseSync(path, { timeout: 5_000 });
    try {
      // WAL: a commit is one append to the log, so a killed process leaves the last committed
      // state behind, and readers never wait for a writer.
      if (dataDir !== undefined) db.exec('PRAGMA journal_mode = WAL');
      migrate(db);
    } catch (error) {
      db.close();
      throw error;
    }
    // Another process may open the same file; nothing else can open this connection's memory.
    return new UserStore(db, dataDir !== undefined);
  }

  /** One page in seq order, starting after `after` (a cursor from an earlier page's nextCursor). */
  list(filters: CollaboratorFilters, page: PageRequest): CollaboratorPage {
    const { rows, total, nextCursor } = this.#page<CollaboratorRow>(COLUMNS, filters, page);
    return { rows: rows.map(toCollaborator), total, nextCursor };
  }

  /**
   * The same page as `list`, each collaborator already in the list endpoint's JSON (the `listing`
   * column): the listing's hot path, which then only joins strings.
   */
  listJson(filters: CollaboratorFilters, page: PageRequest): ListingPage {
    const { rows, total, nextCursor } = this.#page<[seq: number, listing: string]>('seq, listing', filters, page);
    return { listings: rows.map((row) => row[1]), total, nextCursor };
  }

  #page<Row extends [seq: number, ...rest: unknown[]]>(
    columns: string,
    filters: CollaboratorFilters,
    page: PageRequest,
  ): { rows: Row[]; total: number; nextCursor: string | undefined } {
    const { conditions, params } = filterConditions(filters);
    const countSql = `SELECT count(*) AS total FROM collaborators ${whereClause(conditions)}`;
    // The SQL names the filters and the params hold their values: together they say what was counted.
    const total = this.#totals.get(`${countSql} ${JSON.stringify(params)}`, () => {
      return (this.#statement(countSql).get(params) as { total: number }).total;
    });
    const rows = this.#statement(
      `SELECT ${columns} FROM collaborators ${whereClause(['seq > $after', ...conditions])} ORDER BY seq LIMIT $limit`,
      { arrayRows: true },
    )
      // One row past the page tells whether another page exists.
      .all({
        ...params,
        after: page.after === undefined ? 0 : decodeCursor(page.after),
        limit: page.count + 1,
      }) as unknown as Row[];
    const pageRows = rows.slice(0, page.count);
    const last = pageRows.at(-1);
    return { rows: pageRows, total, nextCursor: rows.length > page.count && last ? encodeCursor(last[0]) : undefined };
  }

  /**
   * Creates all accounts or none, returned in input order. Throws DuplicateEmailError for the
   * first email (case-insensitive) that is already in the org or earlier in `accounts`.
   */
  async batchCreate(accounts: readonly NewAccount[]): Promise<Collaborator[]> {
    const insert = await this.#inserter(accounts);
    return immediateTransaction(this.#db, insert);
  }

  /**
   * Seeds an org that has nobody yet. Under the write lock it checks that the org is empty, runs
   * `beforeCommit` (which keeps the new tokens somewhere) and creates the accounts, so that of two
   * processes starting on one empty data dir exactly one seeds it, and the other finds it seeded.
   * Returns false, changing nothing, when the org already has members.
   */
  async seed(accounts: readonly NewAccount[], beforeCommit: () => void): Promise<boolean> {
    const insert = await this.#inserter(accounts);
    return immediateTransaction(this.#db, () => {
      if (this.#statement('SELECT 1 FROM collaborators LIMIT 1').get() !== undefined) return false;
      beforeCommit();
      insert();
      return true;
    });
  }

  /**
   * The insert of `accounts`, ready to run inside a transaction. Password hashing is slow and
   * asynchronous, so it happens here, before the transaction, which must stay synchronous.
   */
  async #inserter(accounts: readonly NewAccount[]): Promise<() => Collaborator[]> {
    const passwordHashes = await Promise.all(accounts.map((a) => (a.password ? hashPassword(a.password) : null)));
    // Like a database default of now() inside one transaction, a batch shares one creation time.
    const createdAt = formatTimestamp(new Date());
    const exists = this.#statement('SELECT 1 FROM collaborators WHERE lower(email) = ?');
    const insert = this.#statement(
      `INSERT INTO collaborators (id, user_id, name, email, permission_level, is_service_account, is_sso_user,
                                  lastname, title, password_hash, created_at)
       VALUES ($id, $userId, $name, $email, $permissionLevel, $isServiceAccount, $isSsoUser,
               $lastname, $title, $passwordHash, $createdAt)`,
    );
    const issueToken = this.#statement('INSERT INTO tokens (token_sha256, collaborator_id) VALUES (?, ?)');

    return () => {
      // Cached answers are read afresh after this write, whether it commits or not. It runs inside a
      // synchronous transaction, so no read can slip in between the invalidation and the commit.
      this.#totals.invalidate();
      this.#callers.invalidate();
      return accounts.map((account, index) => {
        const email = account.email.toLowerCase();
        // Rows inserted earlier in this loop are visible here, which catches duplicates inside the batch too.
        if (exists.get(email)) throw new DuplicateEmailError(email);
        const isServiceAccount = account.isServiceAccount ?? false;
        const created: Collaborator = {
          id: newIdentityId(),
          userId: isServiceAccount ? null : newUserId(),
          name: account.name,
          email,
          permissionLevel: account.permissionLevel ?? 'collaborator',
          isServiceAccount,
          isSsoUser: account.isSsoUser,
          lastname: account.lastname ?? null,
          title: account.title ?? null,
          createdAt,
        };
        insert.run({
          id: created.id,
          userId: created.userId,
          name: created.name,
          email,
          permissionLevel: created.permissionLevel,
          isServiceAccount: Number(isServiceAccount),
          isSsoUser: Number(created.isSsoUser),
          lastname: created.lastname,
          title: created.title,
          passwordHash: passwordHashes[index] ?? null,
          createdAt,
        });
        if (account.token !== undefined) issueToken.run(hashToken(account.token), created.id);
        return created;
      });
    };
  }

  /**
   * The collaborator a token was issued to, or undefined for an unknown token. Known tokens are
   * cached, so callers share the returned object and must not change it.
   */
  findByToken(token: string): Collaborator | undefined {
    const tokenHash = hashToken(token);
    return this.#callers.get(tokenHash, () => {
      const row = this.#statement(
        `SELECT ${COLUMNS} FROM collaborators WHERE id = (SELECT collaborator_id FROM tokens WHERE token_sha256 = ?)`,
        { arrayRows: true },
      ).get(tokenHash);
      return row ? toCollaborator(row as unknown as CollaboratorRow) : undefined;
    });
  }

  close(): void {
    this.#db.close();
  }

  #statement(sql: string, options: { arrayRows?: boolean } = {}): StatementSync {
    let statement = this.#statements.get(sql);
    if (statement === undefined) {
      statement = this.#db.prepare(sql);
      if (options.arrayRows) statement.setReturnArrays(true);
      this.#statements.set(sql, statement);
    }
    return statement;
  }
}

/**
 * The database holds password and token hashes, so it is readable by its owner only, whatever the
 * umask or the folder's mode. SQLite gives its -wal and -shm files the database file's mode.
 */
function privateFile(path: string): string {
  closeSync(openSync(path, 'a', 0o600));
  chmodSync(path, 0o600);
  return path;
}

function filterConditions(filters: CollaboratorFilters): {
  conditions: string[];
  params: Record<string, SQLInputValue>;
} {
  const conditions: string[] = [];
  const params: Record<string, SQLInputValue> = {};
  if (filters.email !== undefined) {
    // lower(email) on both sides uses the unique index; stored emails are already lower-case.
    conditions.push('lower(email) = lower($email)');
    params.email = filters.email.toLowerCase();
  }
  if (filters.name !== undefined) {
    conditions.push('name = $name COLLATE NOCASE');
    params.name = filters.name;
  }
  if (filters.collaboratorType === 'only_service_accounts') conditions.push('is_service_account = 1');
  if (filters.collaboratorType === 'only_user_accounts') conditions.push('is_service_account = 0');
  if (filters.isServiceAccount !== undefined) {
    conditions.push('is_service_account = $isServiceAccount');
    params.isServiceAccount = Number(filters.isServiceAccount);
  }
  return { conditions, params };
}

function whereClause(conditions: readonly string[]): string {
  return conditions.length === 0 ? '' : `WHERE ${conditions.join(' AND ')}`;
}

function toCollaborator(row: CollaboratorRow): Collaborator {
  const [, id, userId, name, email, permissionLevel, isServiceAccount, isSsoUser, lastname, title, createdAt] = row;
  return {
    id,
    userId,
    name,
    email,
    permissionLevel,
    isServiceAccount: isServiceAccount === 1,
    isSsoUser: isSsoUser === 1,
    lastname,
    title,
    createdAt,
  };
}
