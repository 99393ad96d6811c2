import type { DatabaseSync } from 'node:sqlite';

/**
 * Runs `work` inside `BEGIN IMMEDIATE … COMMIT`, rolling back if it throws. IMMEDIATE takes the
 * write lock up front, so a check-then-insert inside `work` cannot race another connection to the
 * same file, and a process killed mid-way leaves nothing of `work` behind.
 */
export function immediateTransaction<T>(db: DatabaseSync, work: () => T): T {
  db.exec('BEGIN IMMEDIATE');
  try {
    const result = work();
    db.exec('COMMIT');
    return result;
  } catch (error) {
    db.exec('ROLLBACK');
    throw error;
  }
}
