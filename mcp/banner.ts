/**
 * What the HTTP server prints once it listens: where it is, and ready-to-paste client settings.
 * It never prints a secret: where a client needs MCP_AUTH_TOKEN, it shows a placeholder.
 */
export interface BannerInfo {
  url: string;
  /** Where the Anyscale data comes from, e.g. "the local org at http://127.0.0.1:5000 (in memory)". */
  backend: string;
  tools: readonly string[];
  authRequired: boolean;
}

const NAME = 'anyscale-users';
const TOKEN_PLACEHOLDER = '<MCP_AUTH_TOKEN>';

function json(value: unknown): string {
  return JSON.stringify(value, null, 2);
}

/**
 * What the server says on stderr, never stdout, when it made its own MCP_AUTH_TOKEN: the token, and
 * a client setting that carries it, ready to paste. stdout may be kept in a log or a terminal
 * scroll-back that others see; stderr is the operator's, as with Jupyter's token.
 */
export function generatedTokenNotice(url: string, token: string): string {
  const vscode = { servers: { [NAME]: { type: 'http', url, headers: { Authorization: `Bearer ${token}` } } } };
  return [
    'No MCP_AUTH_TOKEN was set, so this server made a token for this run; clients must send it:',
    `  MCP_AUTH_TOKEN=${token}`,
    `  Authorization: Bearer ${token}`,
    'For example, in VS Code (.vscode/mcp.json):',
    json(vscode),
    'Set MCP_AUTH_TOKEN to keep one token across runs, or start with --no-auth (loopback only) to serve without one.',
    '',
  ].join('\n');
}

export function httpBanner({ url, backend, tools, authRequired }: BannerInfo): string {
  const headers = authRequired ? { Authorization: `Bearer ${TOKEN_PLACEHOLDER}` } : undefined;
  // Claude Desktop's config file starts local (stdio) servers only; mcp-remote bridges stdio to this URL.
  const claudeDesktop = {
    mcpServers: {
      [NAME]: {
        command: 'npx',
        args: ['-y', 'mcp-remote', url, ...(authRequired ? ['--header', `Authorization: Bearer ${TOKEN_PLACEHOLDER}`] : [])],
      },
    },
  };
  const vscode = { servers: { [NAME]: { type: 'http', url, ...(headers ? { headers } : {}) } } };
  const cursor = { mcpServers: { [NAME]: { url, ...(headers ? { headers } : {}) } } };
  const authFlag = authRequired ? ` --header "Authorization: Bearer ${TOKEN_PLACEHOLDER}"` : '';
  return [
    `Anyscale users MCP server (Streamable HTTP) listening at ${url}`,
    `Backed by ${backend}. Tools: ${tools.join(', ')}.`,
    ...(authRequired ? ['Clients must send Authorization: Bearer <MCP_AUTH_TOKEN>.'] : []),
    '',
    'Claude Desktop (claude_desktop_config.json):',
    json(claudeDesktop),
    '',
    'VS Code (.vscode/mcp.json):',
    json(vscode),
    '',
    'Cursor (~/.cursor/mcp.json):',
    json(cursor),
    '',
    'MCP Inspector:',
    `  npx @modelcontextprotocol/inspector --cli ${url} --transport http --method tools/list${authFlag}`,
    '  (or run `npx @modelcontextprotocol/inspector`, choose Streamable HTTP and enter the URL above)',
    '',
    'Press Ctrl+C to stop.',
    '',
  ].join('\n');
}
