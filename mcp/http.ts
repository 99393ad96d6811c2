import { createHash, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { hostHeaderValidation, originValidation, toNodeHandler } from '@modelcontextprotocol/node';
import {
  createMcpHandler,
  localhostAllowedHostnames,
  type McpHandlerRequestOptions,
  type McpHttpHandler,
  type McpServerFactory,
} from '@modelcontextprotocol/server';
import { isLoopbackHostname } from '../src/core/config.ts';
import type { Logger } from '../src/core/logger.ts';
import { LegacyCancellation } from './http-cancel.ts';
import { UsageError, type HttpConfig } from './options.ts';

export const MCP_PATH = '/mcp';

export interface HttpServerHandle {
  /** The MCP endpoint, e.g. `http://127.0.0.1:8808/mcp`. */
  url: string;
  close(): Promise<void>;
}

const WILDCARD_HOSTS = new Set(['0.0.0.0', '::', '[::]']);

function bracketed(host: string): string {
  return host.includes(':') && !host.startsWith('[') ? `[${host}]` : host;
}

/** Names a browser or client may use to reach us: loopback, the bind address, and any the operator adds. */
function allowedHostnames(config: HttpConfig): string[] {
  const names = new Set([...localhostAllowedHostnames(), ...config.allowedHosts.map(bracketed)]);
  if (!WILDCARD_HOSTS.has(config.host)) names.add(bracketed(config.host));
  return [...names];
}

function sha256(text: string): Buffer {
  return createHash('sha256').update(text).digest();
}

/** Compares digests, so the time taken says nothing about how much of the token matched. */
function bearerMatches(header: string | undefined, expected: string): boolean {
  const match = /^Bearer\s+(.+)$/i.exec(header ?? '');
  return match !== null && timingSafeEqual(sha256(match[1]!.trim()), sha256(expected));
}

function answer(res: ServerResponse, status: number, message: string, headers: Record<string, string> = {}): void {
  res.writeHead(status, { 'content-type': 'application/json', ...headers });
  res.end(JSON.stringify({ jsonrpc: '2.0', error: { code: -32000, message }, id: null }));
}

/** The SDK's handler for Node, with the cancels of 2025-protocol clients reaching the calls they name. */
function nodeHandler(mcp: McpHttpHandler, logger: Logger): (req: IncomingMessage, res: ServerResponse) => Promise<void> {
  const cancellation = new LegacyCancellation();
  const onerror = (error: Error) => logger.warn(`http: request failed (${error.name})`);
  return (req, res) => {
    const caller = req.socket.remoteAddress ?? '';
    const answered = new Promise((resolve) => res.once('close', resolve));
    const fetch = (request: Request, options?: McpHandlerRequestOptions) =>
      cancellation.fetch(request, caller, answered, (forwarded) => mcp.fetch(forwarded, options));
    return toNodeHandler({ fetch }, { onerror })(req, res);
  };
}

/**
 * Streamable HTTP, stateless: the SDK's handler builds a fresh server and transport from the
 * factory for every request, and answers GET (a session stream) with 405. In front of it sit
 * DNS-rebinding protection (Host and Origin must be names we serve; 403 otherwise) and, when
 * MCP_AUTH_TOKEN is set, a bearer check. That inbound token only admits clients: it is never
 * passed to tools, and the Anyscale token comes from the server's own environment. A server per
 * request means a 2025-protocol client's cancel reaches a server that never saw the call it
 * names, so http-cancel.ts takes it to the call.
 */
export async function startHttpServer(config: HttpConfig, factory: McpServerFactory, logger: Logger): Promise<HttpServerHandle> {
  if (!isLoopbackHostname(config.host) && !config.authToken) {
    throw new UsageError(
      `refusing to listen on ${config.host} without MCP_AUTH_TOKEN: anyone who can reach it could create users. ` +
        'Set MCP_AUTH_TOKEN to a long random secret, or bind to 127.0.0.1.',
    );
  }
  const allowed = allowedHostnames(config);
  const validateHost = hostHeaderValidation(allowed);
  const validateOrigin = originValidation(allowed);
  const mcp = createMcpHandler(factory, { onerror: (error) => logger.debug(`http: ${error.name}: ${error.message}`) });
  const handle = nodeHandler(mcp, logger);

  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    if (path !== MCP_PATH) return answer(res, 404, `Not found; the MCP endpoint is ${MCP_PATH}.`);
    if (!validateHost(req, res) || !validateOrigin(req, res)) return;
    if (config.authToken && !bearerMatches(req.headers.authorization, config.authToken)) {
      return answer(res, 401, 'Unauthorized: send Authorization: Bearer <MCP_AUTH_TOKEN>.', {
        'www-authenticate': 'Bearer realm="anyscale-users-mcp"',
      });
    }
    handle(req, res).catch((error: unknown) => logger.warn(`http: ${(error as Error)?.name ?? 'error'} while answering`));
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(config.port, config.host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  const shownHost = WILDCARD_HOSTS.has(config.host) ? '127.0.0.1' : bracketed(config.host);
  let closing: Promise<void> | undefined;
  return {
    url: `http://${shownHost}:${port}${MCP_PATH}`,
    close: () =>
      (closing ??= (async () => {
        await mcp.close();
        await new Promise<void>((resolve) => {
          server.close(() => resolve());
          server.closeAllConnections();
        });
      })()),
  };
}
