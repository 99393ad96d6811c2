import { createHmac, timingSafeEqual } from 'node:crypto';
import type { UserFilters } from '../src/core/operations/list-users.ts';

/**
 * list_users cursors. The API's paging token says where a page ends but not which listing it
 * belongs to, so a token reused with other filters pages through that other listing from a
 * point it never reached, which reads as an empty last page: a model would conclude "no match".
 * A cursor therefore carries the token together with a MAC over the token and the filters it was
 * issued for, keyed with this process's secret; a cursor for other filters, an edited one, or one
 * from another process (or before a restart) does not open.
 */
export interface CursorCodec {
  seal(filters: UserFilters, pagingToken: string): string;
  /** The paging token, or undefined when this cursor was not issued here for these filters. */
  open(filters: UserFilters, cursor: string): string | undefined;
}

/** In a fixed order, so the MAC does not depend on how the arguments were spelled out. */
function normalized(filters: UserFilters): unknown[] {
  return [filters.email ?? null, filters.name ?? null, filters.collaborator_type ?? null, filters.is_service_account ?? null];
}

export function cursorCodec(key: Uint8Array): CursorCodec {
  const mac = (filters: UserFilters, token: string) =>
    createHmac('sha256', key)
      .update(JSON.stringify({ version: 1, filters: normalized(filters), token }))
      .digest('base64url');
  return {
    // The token is encoded so that a cursor is always the same plain alphabet, whatever the API issues.
    seal: (filters, token) => `${Buffer.from(token).toString('base64url')}.${mac(filters, token)}`,
    open(filters, cursor) {
      const [encoded, tag, ...rest] = cursor.split('.');
      if (encoded === undefined || tag === undefined || rest.length > 0) return undefined;
      const token = Buffer.from(encoded, 'base64url').toString();
      // The tag is compared as text: base64url decoding would let several spellings pass as one.
      const expected = Buffer.from(mac(filters, token));
      const given = Buffer.from(tag);
      if (given.length !== expected.length || !timingSafeEqual(given, expected)) return undefined;
      // Decoding tolerates stray characters; only the exact encoding this process issued is accepted.
      return Buffer.from(token).toString('base64url') === encoded ? token : undefined;
    },
  };
}
