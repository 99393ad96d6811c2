import type { User } from '../core/models.ts';
import { StreamingTable, type Column } from './table.ts';
import type { Terminal } from './terminal.ts';

/**
 * `2024-05-01 09:30`, like the Anyscale CLI's `%Y-%m-%d %H:%M`: the wall-clock time as the server
 * wrote it (Python formats the datetime in its own offset, so no conversion to local time).
 */
export function formatCreatedAt(createdAt: string): string {
  const match = /^(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2})/.exec(createdAt);
  if (match) return `${match[1]} ${match[2]}`;
  const date = new Date(createdAt);
  return Number.isNaN(date.getTime()) ? createdAt : date.toISOString().slice(0, 16).replace('T', ' ');
}

/** The Anyscale CLI's columns, in its code's order. */
export const USER_COLUMNS: readonly Column<User>[] = [
  { header: 'EMAIL', value: (user) => user.email },
  { header: 'NAME', value: (user) => user.name },
  { header: 'ID', value: (user) => user.user_id ?? '' },
  { header: 'ROLE', value: (user) => user.permission_level },
  { header: 'CREATED AT', value: (user) => formatCreatedAt(user.created_at) },
];

export function userTable(terminal: Terminal): StreamingTable<User> {
  return new StreamingTable(terminal.out, USER_COLUMNS, { color: terminal.outColor });
}
