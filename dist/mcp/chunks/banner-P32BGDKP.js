import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
import "./chunk-FH5VPH3F.js";

// mcp/banner.ts
var NAME = "anyscale-users";
var TOKEN_PLACEHOLDER = "<MCP_AUTH_TOKEN>";
function json(value) {
  return JSON.stringify(value, null, 2);
}
function generatedTokenNotice(url, token) {
  const vscode = { servers: { [NAME]: { type: "http", url, headers: { Authorization: `Bearer ${token}` } } } };
  return [
    "No MCP_AUTH_TOKEN was set, so this server made a token for this run; clients must send it:",
    `  MCP_AUTH_TOKEN=${token}`,
    `  Authorization: Bearer ${token}`,
    "For example, in VS Code (.vscode/mcp.json):",
    json(vscode),
    "Set MCP_AUTH_TOKEN to keep one token across runs, or start with --no-auth (loopback only) to serve without one.",
    ""
  ].join("\n");
}
function httpBanner({ url, backend, tools, authRequired }) {
  const headers = authRequired ? { Authorization: `Bearer ${TOKEN_PLACEHOLDER}` } : void 0;
  const claudeDesktop = {
    mcpServers: {
      [NAME]: {
        command: "npx",
        args: ["-y", "mcp-remote", url, ...authRequired ? ["--header", `Authorization: Bearer ${TOKEN_PLACEHOLDER}`] : []]
      }
    }
  };
  const vscode = { servers: { [NAME]: { type: "http", url, ...headers ? { headers } : {} } } };
  const cursor = { mcpServers: { [NAME]: { url, ...headers ? { headers } : {} } } };
  const authFlag = authRequired ? ` --header "Authorization: Bearer ${TOKEN_PLACEHOLDER}"` : "";
  return [
    `Anyscale users MCP server (Streamable HTTP) listening at ${url}`,
    `Backed by ${backend}. Tools: ${tools.join(", ")}.`,
    ...authRequired ? ["Clients must send Authorization: Bearer <MCP_AUTH_TOKEN>."] : [],
    "",
    "Claude Desktop (claude_desktop_config.json):",
    json(claudeDesktop),
    "",
    "VS Code (.vscode/mcp.json):",
    json(vscode),
    "",
    "Cursor (~/.cursor/mcp.json):",
    json(cursor),
    "",
    "MCP Inspector:",
    `  npx @modelcontextprotocol/inspector --cli ${url} --transport http --method tools/list${authFlag}`,
    "  (or run `npx @modelcontextprotocol/inspector`, choose Streamable HTTP and enter the URL above)",
    "",
    "Press Ctrl+C to stop.",
    ""
  ].join("\n");
}
export {
  generatedTokenNotice,
  httpBanner
};
