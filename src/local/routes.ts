import type { IncomingMessage } from 'node:http';
import { parseBatchBody } from './batch-body.ts';
import { HttpError, JsonText, readJsonBody, type Reply } from './http.ts';
import { parseListQuery } from './list-query.ts';
import type { Collaborator, UserStore } from './store.ts';

/** What a route handler gets: the request, who sent it (already authenticated), and the store. */
export interface RouteContext {
  req: IncomingMessage;
  url: URL;
  caller: Collaborator;
  store: UserStore;
  maxBodyBytes: number;
}

export type RouteHandler = (context: RouteContext) => Reply | Promise<Reply>;

/** `GET /api/v2/organization_collaborators/`: one page of the org, filtered. */
export function listCollaborators({ url, store }: RouteContext): Reply {
  const query = parseListQuery(url.searchParams);
  const page = store.listJson(query.filters, { count: query.count, after: query.pagingToken });
  // Each collaborator is stored as the JSON this endpoint answers (see the store's `listing` column).
  const metadata = JSON.stringify({ total: page.total, next_paging_token: page.nextCursor ?? null });
  return { status: 200, body: new JsonText(`{"results":[${page.listings.join(',')}],"metadata":${metadata}}`) };
}

/** `POST /api/v2/users/admin_batch_create`: owners create users, all or none. */
export async function adminBatchCreate({ req, caller, store, maxBodyBytes }: RouteContext): Promise<Reply> {
  if (caller.permissionLevel !== 'owner') throw new HttpError(403, 'Permission denied');
  const users = parseBatchBody(await readJsonBody(req, maxBodyBytes));
  const created = await store.batchCreate(users);
  return {
    status: 201,
    body: {
      results: created.map((c) => ({
        user_id: c.userId,
        name: c.name,
        email: c.email,
        created_at: c.createdAt,
        is_sso_user: c.isSsoUser,
        lastname: c.lastname,
        title: c.title,
      })),
      metadata: { total: created.length, next_paging_token: null },
    },
  };
}

/** The local org is one organization; its id has the shape of the real ones. */
export const LOCAL_ORGANIZATION_ID = 'org_local0000000000000000000';

/**
 * `GET /api/v2/userinfo/`: who the token belongs to; the SDK calls it first to check its
 * credentials. The fields are the ones the SDK's UserInfo model names that this org can fill.
 */
export function userinfo({ caller }: RouteContext): Reply {
  return {
    status: 200,
    body: {
      result: {
        // A service account has no user id; its identity id is the only id it has.
        id: caller.userId ?? caller.id,
        email: caller.email,
        name: caller.name,
        organization_permission_level: caller.permissionLevel,
        organization_ids: [LOCAL_ORGANIZATION_ID],
      },
    },
  };
}
