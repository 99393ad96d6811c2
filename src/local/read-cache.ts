import type { DatabaseSync, StatementSync } from 'node:sqlite';

/** Distinct keys remembered before a cache starts afresh; email and name filters make the keys unbounded. */
const MAX_ENTRIES = 1_000;

/**
 * Answers of reads, kept until the database changes. This connection's own writes call
 * `invalidate()`. Commits by another connection to the same file (a second process on the data
 * dir) change `PRAGMA data_version`, which is checked on every lookup when the database is a file;
 * an in-memory database has no other connections.
 */
export class ReadCache<V> {
  readonly #answers = new Map<string, V>();
  readonly #dataVersion: StatementSync | undefined;
  #seenDataVersion: number | undefined;

  constructor(db: DatabaseSync, options: { shared: boolean }) {
    this.#dataVersion = options.shared ? db.prepare('PRAGMA data_version') : undefined;
  }

  /** The cached answer for `key`, or else what `read()` returns, which is cached unless undefined. */
  get<R extends V | undefined>(key: string, read: () => R): V | R {
    if (this.#dataVersion) {
      const { data_version: dataVersion } = this.#dataVersion.get() as { data_version: number };
      if (dataVersion !== this.#seenDataVersion) {
        this.#answers.clear();
        this.#seenDataVersion = dataVersion;
      }
    }
    const cached = this.#answers.get(key);
    if (cached !== undefined) return cached;
    const answer = read();
    if (answer !== undefined) {
      if (this.#answers.size >= MAX_ENTRIES) this.#answers.clear();
      this.#answers.set(key, answer);
    }
    return answer;
  }

  /** Forgets every answer; called after this connection writes. */
  invalidate(): void {
    this.#answers.clear();
  }
}
