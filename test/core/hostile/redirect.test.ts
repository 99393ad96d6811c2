import { afterEach, describe, expect, it } from 'vitest';
import { Anyscale } from '../../../src/core/anyscale.ts';
import { AnyscaleRedirectError } from '../../../src/core/errors.ts';
import { failure } from '../../helpers/clients.ts';
import { CANARY_PASSWORD, CANARY_TOKEN, listBody, startScriptedServer, type ScriptedServer } from '../../helpers/scripted-server.ts';

// Finding H7: a 307 or 308 on the create made fetch send the body, passwords included, to the
// origin the server named. Here the hostile server points at a second server that records
// whatever reaches it; nothing may.

const servers: ScriptedServer[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
});

async function serve(handler: Parameters<typeof startScriptedServer>[0]) {
  const s = await startScriptedServer(handler);
  servers.push(s);
  return s;
}

async function hostilePair(status: number, location = (target: string, path: string) => `${target}${path}`) {
  const elsewhere = await serve(() => ({ status: 201, body: listBody([]) }));
  const hostile = await serve((request) => ({
    status,
    headers: { location: location(elsewhere.url, request.url.pathname + request.url.search) },
    raw: '',
  }));
  const anyscale = new Anyscale({ host: hostile.url, token: CANARY_TOKEN, env: {}, retry: { maxRetries: 2, baseDelayMs: 1 } });
  return { elsewhere, hostile, anyscale };
}

const users = [
  { name: 'Pat', email: 'pat@redirect.test', password: CANARY_PASSWORD, is_sso_user: false },
  { name: 'Sam', email: 'sam@redirect.test', password: CANARY_PASSWORD, is_sso_user: false },
];

describe('redirects are never followed', () => {
  it.each([307, 308])('a %i on the create sends nothing to the target; every user is failed, none created', async (status) => {
    const { elsewhere, hostile, anyscale } = await hostilePair(status);
    const report = await anyscale.user.adminBatchCreate(users, { skipExisting: false });
    expect(report.results.map((r) => r.status)).toEqual(['failed', 'failed']);
    expect(report.results[0]!.error).toMatchObject({ code: 'REDIRECT' });
    expect(elsewhere.requests).toHaveLength(0);
    // One create, not re-sent: a redirect is neither retried nor ambiguous.
    expect(hostile.requests.filter((r) => r.method === 'POST')).toHaveLength(1);
    expect(JSON.stringify(report)).not.toContain(CANARY_PASSWORD);
  });

  it.each([301, 302, 303, 307, 308])('a %i on a read is a typed REDIRECT error naming the target and the host to set', async (status) => {
    const { elsewhere, hostile, anyscale } = await hostilePair(status);
    const error = await failure(anyscale.user.get({ email: 'pat@redirect.test' }));
    expect(error).toBeInstanceOf(AnyscaleRedirectError);
    expect(error.code).toBe('REDIRECT');
    expect((error as AnyscaleRedirectError).location).toBe(
      `${elsewhere.url}/api/v2/organization_collaborators/?email=pat%40redirect.test&count=1`,
    );
    expect(error.message).toBe(
      `Anyscale answered GET /api/v2/organization_collaborators/ with a redirect (${status}) to ${elsewhere.url}/api/v2/organization_collaborators/?email=pat%40redirect.test&count=1. ` +
        `Nothing was sent there, and no token or password: redirects are never followed. If that is where your Anyscale API lives, set the host to ${elsewhere.url} (ANYSCALE_HOST or --host).`,
    );
    expect(elsewhere.requests).toHaveLength(0);
    expect(hostile.requests).toHaveLength(1);
  });

  it('a redirect on the same host says to upgrade, not to change the host', async () => {
    const { anyscale } = await hostilePair(307, () => '/api/v2/userinfo');
    const error = await failure(anyscale.getUserInfo());
    expect(error.message).toContain('with a redirect (307) to http://127.0.0.1:');
    expect(error.message).toContain(
      'on the same host. Nothing was sent there; anyscale-users may be out of date for this API, so upgrade it.',
    );
  });

  it('a Location that echoes the token is redacted, a missing one is said', async () => {
    const echo = await hostilePair(302, (target) => `${target}/login?next=${CANARY_TOKEN}`);
    const error = await failure(echo.anyscale.getUserInfo());
    expect(error.message).not.toContain(CANARY_TOKEN);
    expect((error as AnyscaleRedirectError).location).not.toContain(CANARY_TOKEN);
    const bare = await serve(() => ({ status: 307, raw: '' }));
    const none = await failure(new Anyscale({ host: bare.url, token: CANARY_TOKEN, env: {} }).getUserInfo());
    expect(none.message).toContain('with a redirect (307) without a Location. Nothing was sent again.');
  });
});
