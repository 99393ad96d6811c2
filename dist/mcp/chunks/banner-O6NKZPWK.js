import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
import "./chunk-NMMPCZR5.js";

// mcp/banner.ts
var NAME = "anyscale-users";
var TOKEN_PLACEHOLDER = "<MCP_AUTH_TOKEN>";
function json(value) {
  return JSON.stringify(value, null, 2);
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
  httpBanner
};
