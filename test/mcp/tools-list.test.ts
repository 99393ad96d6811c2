import { afterEach, describe, expect, it } from 'vitest';
import { parseServerConfig } from '../../mcp/options.ts';
import { connectInMemory, startHarness, type Harness, type TestClient } from './helpers.ts';

const opened: { close(): Promise<void> }[] = [];
afterEach(async () => {
  for (const item of opened.splice(0).reverse()) await item.close();
});

async function listed(kind: 'v1' | 'v2', options: Parameters<typeof startHarness>[0] = {}) {
  const harness: Harness = await startHarness(options);
  opened.push(harness);
  const client: TestClient = await connectInMemory(kind, harness);
  opened.push(client);
  return { client, tools: await client.listTools() };
}

describe('tools/list', () => {
  it('matches the reviewed snapshot: names, titles, descriptions, schemas and annotations', async () => {
    const { tools } = await listed('v2');
    // Any change here changes what models see: review it, then update with `vitest -u`.
    await expect(`${JSON.stringify(tools, null, 2)}\n`).toMatchFileSnapshot('./__snapshots__/tools-list.json');
  });

  it('is the same through the v1 client', async () => {
    const [v1, v2] = await Promise.all([listed('v1'), listed('v2')]);
    expect(v1.tools).toEqual(v2.tools);
  });

  it('sets a title, all four annotations and an output schema on every tool', async () => {
    const { tools } = await listed('v2');
    expect(tools.map((tool) => tool.name)).toEqual(['list_users', 'get_user', 'batch_create_users']);
    for (const tool of tools) {
      expect(tool.title, tool.name).toBeTruthy();
      expect(tool.description!.length, tool.name).toBeGreaterThan(200);
      expect(Object.keys(tool.annotations ?? {}).sort(), tool.name).toEqual([
        'destructiveHint',
        'idempotentHint',
        'openWorldHint',
        'readOnlyHint',
      ]);
      expect(tool.outputSchema, tool.name).toBeDefined();
      expect(tool.inputSchema.additionalProperties, tool.name).toBe(false);
    }
    const byName = Object.fromEntries(tools.map((tool) => [tool.name, tool]));
    expect(byName.list_users!.annotations).toEqual({
      readOnlyHint: true,
      destructiveHint: false,
      idempotentHint: true,
      openWorldHint: true,
    });
    expect(byName.batch_create_users!.annotations).toEqual({
      readOnlyHint: false,
      destructiveHint: false,
      idempotentHint: true,
      openWorldHint: true,
    });
    const userItem = (byName.batch_create_users!.inputSchema.properties as Record<string, any>).users.items;
    expect(userItem).toMatchObject({ type: 'object', additionalProperties: false, required: ['name', 'email', 'is_sso_user'] });
  });

  it('has no nullable unions in any input or output schema, which strict clients warn about or refuse', async () => {
    const { tools } = await listed('v2');
    const nullable: string[] = [];
    const visit = (node: unknown, path: string): void => {
      if (Array.isArray(node)) {
        for (const [i, item] of node.entries()) visit(item, `${path}[${i}]`);
        return;
      }
      if (node === null || typeof node !== 'object') return;
      const schema = node as Record<string, unknown>;
      const types = Array.isArray(schema.type) ? schema.type : [schema.type];
      const unions = [schema.anyOf, schema.oneOf].flat().filter(Boolean) as Record<string, unknown>[];
      if (types.includes('null') || unions.some((branch) => branch.type === 'null')) nullable.push(path);
      for (const [key, value] of Object.entries(schema)) visit(value, `${path}.${key}`);
    };
    for (const tool of tools) {
      visit(tool.inputSchema, `${tool.name}.inputSchema`);
      visit(tool.outputSchema, `${tool.name}.outputSchema`);
    }
    expect(nullable).toEqual([]);
  });
});

describe('read-only mode and the allow-list', () => {
  const toolsFor = (argv: string[], env: Record<string, string> = {}) => parseServerConfig(argv, env).tools;

  it.each([
    ['--read-only', ['--read-only'], {}],
    ['ANYSCALE_MCP_READ_ONLY=1', [], { ANYSCALE_MCP_READ_ONLY: '1' }],
  ])('%s offers only the read tools, through both clients', async (_label, argv, env) => {
    for (const kind of ['v1', 'v2'] as const) {
      const { client, tools } = await listed(kind, { tools: toolsFor(argv, env) });
      expect(tools.map((tool) => tool.name)).toEqual(['list_users', 'get_user']);
      // Not merely hidden: the write tool is not there to call.
      const call = client.call('batch_create_users', { users: [{ name: 'a', email: 'a@example.com', is_sso_user: false }] });
      const outcome = await call.then(
        (result) => JSON.stringify(result),
        (error: Error) => error.message,
      );
      expect(outcome).toMatch(/batch_create_users not found/);
    }
  });

  it('read-only wins over an allow-list that names a write tool', () => {
    const warnings: string[] = [];
    expect(parseServerConfig(['--read-only', '--tools', 'get_user,batch_create_users'], {}, (w) => warnings.push(w)).tools).toEqual([
      'get_user',
    ]);
    expect(warnings).toEqual(['read-only mode: not offering batch_create_users']);
  });

  it('--tools offers exactly the listed tools', async () => {
    const { tools } = await listed('v2', { tools: toolsFor(['--tools', 'get_user']) });
    expect(tools.map((tool) => tool.name)).toEqual(['get_user']);
  });
});
