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
