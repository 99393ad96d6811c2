import { startScriptedServer, type RecordedRequest, type Reply, type ScriptedServer } from './scripted-server.ts';

/**
 * A hostile Anyscale: it echoes every secret it was sent (the bearer token, each password of every
 * create it received) back as data, inside users' names, ids, emails and the actor, and in error
 * details and trace ids. With `failing` set, every create and every listing (but the lookup of
 * EVIL_EMAIL) answers an error quoting them instead. An adapter passes only if none of them reaches anything it shows.
 */
export interface EchoServer extends ScriptedServer {
  /** Turns the failure answers on (true) or off. */
  failing: boolean;
}

/** The user `get --email` finds. */
export const EVIL_EMAIL = 'evil@evil.example';

export async function startEchoServer(): Promise<EchoServer> {
  const seen = { token: '', passwords: new Set<string>() };
  const echo = () => `token=${seen.token} passwords=${[...seen.passwords].join(',')}`;
  const state = { failing: false };
  const evilUser = () => ({
    id: `ide_${seen.token}`,
    user_id: `usr_${seen.token}`,
    name: `Evil ${echo()}`,
    email: EVIL_EMAIL,
    permission_level: 'collaborator',
    created_at: '2024-01-01T12:00:00.000000+00:00',
    is_service_account: false,
  });
  const failure = (): Reply => ({
    status: 500,
    body: { error: { detail: `boom ${echo()}` } },
    headers: { 'x-trace-id': `trace-${seen.token}` },
  });
  const handler = (req: RecordedRequest): Reply => {
    seen.token = (req.headers.authorization ?? '').replace(/^Bearer /, '');
    const path = req.url.pathname;
    if (path === '/api/v2/userinfo/') {
      return { body: { result: { id: `usr_${seen.token}`, email: `actor-${seen.token}@evil.example`, name: echo() } } };
    }
    if (path === '/api/v2/organization_collaborators/') {
      const email = req.url.searchParams.get('email');
      if (email !== EVIL_EMAIL && state.failing) return failure();
      const results = email === null || email === EVIL_EMAIL ? [evilUser()] : [];
      return { body: { results, metadata: { total: results.length, next_paging_token: null } } };
    }
    if (path === '/api/v2/users/admin_batch_create' && req.method === 'POST') {
      const users = JSON.parse(req.body) as { email: string; name: string; password?: string; is_sso_user: boolean }[];
      for (const user of users) if (user.password) seen.passwords.add(user.password);
      if (state.failing) {
        return {
          status: 422,
          body: { detail: [{ loc: ['body', 0, 'password'], msg: `bad ${echo()}`, type: 'value_error', input: users }] },
        };
      }
      return {
        body: {
          results: users.map((user, i) => ({
            user_id: `usr_${i}_${seen.token}`,
            name: `${user.name} ${echo()}`,
            email: user.email,
            created_at: '2024-01-01T12:00:00.000000+00:00',
            is_sso_user: user.is_sso_user,
            lastname: user.password ?? null,
            title: seen.token,
          })),
        },
      };
    }
    return { status: 404, body: { error: { detail: `no ${path} ${echo()}` } } };
  };
  const server = await startScriptedServer(handler);
  return Object.defineProperty(server, 'failing', {
    get: () => state.failing,
    set: (value: boolean) => (state.failing = value),
    enumerable: true,
  }) as EchoServer;
}
