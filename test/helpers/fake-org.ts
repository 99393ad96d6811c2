import { collaborator, listBody, type Handler, type RecordedRequest, type Reply } from './scripted-server.ts';

/**
 * A minimal stateful org for scripted tests of the batch-create paths: enough of the protocol to
 * list, look up by email and create, plus a hook to fail a create after it was applied.
 */
export function fakeOrg(existing = 0) {
  const rows: Record<string, unknown>[] = Array.from({ length: existing }, (_, i) => collaborator(i));
  const state = {
    rows,
    /** Per POST number (0-based): apply the create, then answer this way instead of 201. */
    afterApply: new Map<number, Reply>(),
    posts: 0,
    gets: 0,
  };
  const list = (req: RecordedRequest): Reply => {
    state.gets++;
    const email = req.url.searchParams.get('email')?.toLowerCase();
    const count = Number(req.url.searchParams.get('count') ?? 50);
    const start = Number(req.url.searchParams.get('paging_token') ?? 0);
    const matching = email ? state.rows.filter((r) => r.email === email) : state.rows;
    const page = matching.slice(start, start + count);
    const next = start + count < matching.length ? String(start + count) : null;
    return { body: listBody(page, next, matching.length) };
  };
  const create = (req: RecordedRequest): Reply => {
    const number = state.posts++;
    const users = JSON.parse(req.body) as { email: string; name: string; is_sso_user: boolean }[];
    const taken = users.find((u) => state.rows.some((r) => r.email === u.email.toLowerCase()));
    if (taken) return { status: 409, body: { error: { detail: `User with email '${taken.email}' already exists.` } } };
    const created = users.map((u) => {
      const row = collaborator(state.rows.length, { email: u.email.toLowerCase(), name: u.name });
      state.rows.push(row);
      return { user_id: row.user_id, name: u.name, email: row.email, created_at: row.created_at, is_sso_user: u.is_sso_user };
    });
    return state.afterApply.get(number) ?? { status: 201, body: { results: created, metadata: { total: created.length } } };
  };
  const handler: Handler = (req) => (req.method === 'POST' ? create(req) : list(req));
  return { state, handler };
}
