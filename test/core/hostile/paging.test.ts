import { afterEach, describe, expect, it } from 'vitest';
import { UserApi } from '../../../src/core/anyscale.ts';
import { findExistingUsers } from '../../../src/core/operations/existing-users.ts';
import { failure, testClient } from '../../helpers/clients.ts';
import { startScriptedServer, type Handler, type ScriptedServer } from '../../helpers/scripted-server.ts';

// A server that hands out the same token for ever, or pages far past its own total, would keep
// every token-following loop requesting without end (finding H2). Each loop must stop, typed.

let server: ScriptedServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

let nextId = 0;
function user(email: string) {
  nextId++;
  return {
    id: `cbt_${nextId}`,
    user_id: `usr_${nextId}`,
    name: 'Pat',
    email,
    permission_level: 'collaborator',
    created_at: '2026-01-01T00:00:00Z',
  };
}

async function api(handler: Handler) {
  server = await startScriptedServer(handler);
  return { users: new UserApi(testClient(server.url).client), server };
}

const repeating: Handler = () => ({ body: { results: [user('someone@loop.test')], metadata: { total: 5, next_paging_token: 'same' } } });

describe('paging that always ends', () => {
  it('stops a listing whose server repeats a paging token, with BAD_RESPONSE naming the loop', async () => {
    const { users, server } = await api(repeating);
    const error = await failure(users.list().toArray());
    expect(error).toMatchObject({ code: 'BAD_RESPONSE', message: expect.stringContaining('repeated a paging token in the user listing') });
    // The first page, then the page for 'same', whose answer repeats it.
    expect(server.requests).toHaveLength(2);
  });

  it('stops get() and the existence lookups the same way', async () => {
    const { users, server } = await api(repeating);
    await expect(users.get({ email: 'absent@loop.test' })).rejects.toMatchObject({ code: 'BAD_RESPONSE' });
    expect(server.requests).toHaveLength(2);
    const { client } = testClient(server.url);
    await expect(findExistingUsers(client, ['absent@loop.test'])).rejects.toMatchObject({
      code: 'BAD_RESPONSE',
      message: expect.stringContaining('lookup of absent@loop.test'),
    });
  });

  it('stops a walk that returns far more than its own metadata.total, each token fresh', async () => {
    let page = 0;
    const { users, server } = await api(() => {
      page++;
      const results = Array.from({ length: 100 }, (_, i) => user(`u${page}-${i}@flood.test`));
      return { body: { results, metadata: { total: 10, next_paging_token: `t${page}` } } };
    });
    const error = await failure(users.list().toArray());
    expect(error).toMatchObject({ code: 'BAD_RESPONSE', message: expect.stringContaining('against a total of 10') });
    // 1,000 items past the total are allowed for users joining during a walk; the 11th page passes that.
    expect(server.requests).toHaveLength(11);
  });

  it('ends a listing on an empty next_paging_token, without sending it back', async () => {
    const { users, server } = await api(() => ({
      body: { results: [user('one@empty.test')], metadata: { total: 1, next_paging_token: '' } },
    }));
    expect(await users.list().toArray()).toHaveLength(1);
    expect(server.requests).toHaveLength(1);
  });
});
