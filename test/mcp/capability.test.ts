import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startLocalOrg, type LocalOrg } from '../../src/local/index.ts';
import { assertBuilt, connectStdio } from './helpers.ts';

let org: LocalOrg;

beforeAll(async () => {
  assertBuilt();
  org = await startLocalOrg();
});
afterAll(() => org.close());

const connect = (token: string, extra: Record<string, string> = {}) =>
  connectStdio('v2', [], { env: { ANYSCALE_HOST: org.url, ANYSCALE_CLI_TOKEN: token, ...extra } });

describe('the start check of what the token may do', () => {
  it('withdraws batch_create_users from a collaborator once the handshake is answered, and logs why', async () => {
    const client = await connect(org.collaboratorToken);
    try {
      // The 2025 handshake is answered before the check (fast-start.ts); tools/list_changed follows it.
      const names = async () => (await client.listTools()).map((tool) => tool.name);
      await expect.poll(names, { timeout: 5_000 }).toEqual(['list_users', 'get_user']);
      expect(client.stderr()).toContain('Not offering batch_create_users: ada@example.com is a collaborator, not an owner');
      expect(client.stderr()).not.toContain(org.collaboratorToken);
    } finally {
      await client.close();
    }
  });

  it('does not offer batch_create_users to a collaborator on a 2026 connection, and says why in its instructions', async () => {
    const client = await connectStdio('v2', [], {
      env: { ANYSCALE_HOST: org.url, ANYSCALE_CLI_TOKEN: org.collaboratorToken },
      modern: true,
    });
    try {
      expect((await client.listTools()).map((tool) => tool.name)).toEqual(['list_users', 'get_user']);
      expect(client.instructions()).toContain(
        "batch_create_users is not offered: the configured token belongs to ada@example.com, whose level in the organization is 'collaborator', and only an owner can create users.",
      );
    } finally {
      await client.close();
    }
  });

  it('offers every tool to an owner, with the usual instructions', async () => {
    const client = await connect(org.ownerToken);
    try {
      expect((await client.listTools()).map((tool) => tool.name)).toEqual(['list_users', 'get_user', 'batch_create_users']);
      expect(client.instructions()).not.toContain('is not offered');
    } finally {
      await client.close();
    }
  });

  it('when the check cannot be made, holds nothing back and warns', async () => {
    const client = await connectStdio('v2', [], {
      env: { ANYSCALE_HOST: 'http://127.0.0.1:9', ANYSCALE_CLI_TOKEN: org.ownerToken, ANYSCALE_USERS_READ_TIMEOUT_MS: '500' },
    });
    try {
      await expect.poll(() => client.stderr(), { timeout: 5_000 }).toContain('Could not check what the token may do (NETWORK)');
      expect((await client.listTools()).map((tool) => tool.name)).toContain('batch_create_users');
    } finally {
      await client.close();
    }
  });
});
