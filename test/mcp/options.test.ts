import { describe, expect, it } from 'vitest';
import { generatedTokenNotice, httpBanner } from '../../mcp/banner.ts';
import { DEFAULT_HTTP_PORT, UsageError, parseServerConfig } from '../../mcp/options.ts';

describe('command line and environment', () => {
  it('serves stdio with every tool by default', () => {
    const config = parseServerConfig([], {});
    expect(config).toMatchObject({ command: 'serve', transport: 'stdio', local: undefined, elicitation: true });
    expect(config.tools).toEqual(['list_users', 'get_user', 'batch_create_users']);
  });

  it('reads the HTTP options', () => {
    const config = parseServerConfig(['--http', '--port', '0', '--host', '::1', '--allowed-hosts', 'mcp.internal, other'], {
      MCP_AUTH_TOKEN: 'secret',
    });
    expect(config.transport).toBe('http');
    expect(config.http).toEqual({
      host: '::1',
      port: 0,
      allowedHosts: ['mcp.internal', 'other'],
      authToken: 'secret',
      authGenerated: false,
    });
    expect(parseServerConfig(['--http'], {}).http.port).toBe(DEFAULT_HTTP_PORT);
  });

  it('makes a random token for HTTP on loopback when MCP_AUTH_TOKEN is unset: never open by default', () => {
    const first = parseServerConfig(['--http'], {}).http;
    const second = parseServerConfig(['--http', '--host', '::1'], {}).http;
    expect(first.authGenerated).toBe(true);
    expect(first.authToken).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(second.authToken).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(second.authToken).not.toBe(first.authToken);
    expect(parseServerConfig(['--http'], { MCP_AUTH_TOKEN: 'mine' }).http).toMatchObject({ authToken: 'mine', authGenerated: false });
    expect(parseServerConfig([], {}).http).toMatchObject({ authToken: undefined, authGenerated: false });
  });

  it('serves without a token only with --no-auth, and only on loopback', () => {
    for (const host of ['127.0.0.1', '127.8.9.10', '::1', '[::1]', 'localhost']) {
      expect(parseServerConfig(['--http', '--no-auth', '--host', host], {}).http, host).toMatchObject({
        authToken: undefined,
        authGenerated: false,
      });
    }
    for (const host of ['0.0.0.0', '::', '10.0.0.5', '127.0.0.1.evil.example', 'mcp.internal']) {
      expect(() => parseServerConfig(['--http', '--no-auth', '--host', host], {}), host).toThrow(`--no-auth is refused on ${host}`);
    }
    expect(() => parseServerConfig(['--http', '--no-auth'], { MCP_AUTH_TOKEN: 'x' })).toThrow('contradict');
    expect(() => parseServerConfig(['--no-auth'], {})).toThrow('--no-auth only applies with --http');
  });

  it('makes no token off loopback: there MCP_AUTH_TOKEN must be set (the server refuses to start)', () => {
    expect(parseServerConfig(['--http', '--host', '0.0.0.0'], {}).http).toMatchObject({ authToken: undefined, authGenerated: false });
  });

  it('takes --local with or without a directory', () => {
    expect(parseServerConfig(['--local'], {}).local).toEqual({ dataDir: undefined });
    expect(parseServerConfig(['--local', './org-data', '--http'], {}).local).toEqual({ dataDir: './org-data' });
    expect(parseServerConfig(['--http', '--local'], {}).local).toEqual({ dataDir: undefined });
  });

  it('reads ANYSCALE_MCP_READ_ONLY with the one set of yes/no spellings, and refuses to start on any other', () => {
    for (const value of ['1', 'true', 'TRUE', 'yes', 'On', 'y']) {
      expect(parseServerConfig([], { ANYSCALE_MCP_READ_ONLY: value }).tools, value).toEqual(['list_users', 'get_user']);
    }
    for (const value of ['0', 'false', 'No', 'off', '']) {
      expect(parseServerConfig([], { ANYSCALE_MCP_READ_ONLY: value }).tools, value).toContain('batch_create_users');
    }
    expect(() => parseServerConfig([], { ANYSCALE_MCP_READ_ONLY: 'maybe' })).toThrow(
      new UsageError("ANYSCALE_MCP_READ_ONLY must be true/false, yes/no, y/n, on/off or 1/0, in any case; got 'maybe'."),
    );
  });

  it('turns confirmation forms off with ANYSCALE_MCP_ELICITATION=off', () => {
    expect(parseServerConfig([], { ANYSCALE_MCP_ELICITATION: 'off' }).elicitation).toBe(false);
    expect(parseServerConfig([], { ANYSCALE_MCP_ELICITATION: 'on' }).elicitation).toBe(true);
  });

  it.each([
    [['--nope'], /Unknown option '--nope'/],
    [['--port', '80'], /--port only applies with --http/],
    [['--http', '--port', 'eighty'], /--port must be a whole number/],
    [['--tools', 'list_users,drop_org'], /unknown tool 'drop_org'/],
    [['--read-only', '--tools', 'batch_create_users'], /no tool left to offer/],
    [['stray'], /unexpected argument 'stray'/],
  ])('refuses %j', (argv, message) => {
    expect(() => parseServerConfig(argv, {})).toThrow(UsageError);
    expect(() => parseServerConfig(argv, {})).toThrow(message);
  });
});

describe('the HTTP start-up banner', () => {
  const url = 'http://127.0.0.1:8808/mcp';

  function snippets(text: string): unknown[] {
    // Each client config is a JSON block that starts on a line of its own.
    return [...text.matchAll(/^\{\n[\s\S]*?^\}$/gm)].map((match) => JSON.parse(match[0]));
  }

  it('prints the URL, a config for Claude Desktop, VS Code and Cursor, and the Inspector command', () => {
    const text = httpBanner({ url, backend: 'the local org', tools: ['list_users'], authRequired: false });
    expect(text).toContain(`listening at ${url}`);
    expect(snippets(text)).toEqual([
      { mcpServers: { 'anyscale-users': { command: 'npx', args: ['-y', 'mcp-remote', url] } } },
      { servers: { 'anyscale-users': { type: 'http', url } } },
      { mcpServers: { 'anyscale-users': { url } } },
    ]);
    expect(text).toContain(`npx @modelcontextprotocol/inspector --cli ${url} --transport http --method tools/list`);
  });

  it('the notice of a generated token carries it in a ready client setting', () => {
    const text = generatedTokenNotice(url, 'tok-generated-123');
    expect(text).toContain('MCP_AUTH_TOKEN=tok-generated-123');
    expect(snippets(text)).toEqual([
      { servers: { 'anyscale-users': { type: 'http', url, headers: { Authorization: 'Bearer tok-generated-123' } } } },
    ]);
  });

  it('shows where the bearer token goes without printing it', () => {
    const text = httpBanner({ url, backend: 'Anyscale', tools: ['list_users'], authRequired: true });
    const [, vscode, cursor] = snippets(text) as Record<string, Record<string, { headers?: unknown }>>[];
    expect(vscode!.servers!['anyscale-users']!.headers).toEqual({ Authorization: 'Bearer <MCP_AUTH_TOKEN>' });
    expect(cursor!.mcpServers!['anyscale-users']!.headers).toEqual({ Authorization: 'Bearer <MCP_AUTH_TOKEN>' });
    expect(text).toContain('--header "Authorization: Bearer <MCP_AUTH_TOKEN>"');
  });
});
