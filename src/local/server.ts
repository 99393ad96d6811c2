import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { setTimeout as delay } from 'node:timers/promises';
import type { Logger } from '../core/logger.ts';
import { authenticate } from './auth.ts';
import type { Chaos, ChaosKind } from './chaos.ts';
import { errorReply, HttpError, type Reply, sendReply, serializeReply } from './http.ts';
import { InvalidPagingTokenError } from './paging.ts';
import { adminBatchCreate, listCollaborators, type RouteHandler, userinfo } from './routes.ts';
import { DuplicateEmailError, type UserStore } from './store.ts';

export interface LocalServerOptions {
  store: UserStore;
  logger: Logger;
  maxBodyBytes: number;
  chaos: Chaos | undefined;
  /** Added to every answer, refusals and errors included, as a network's round trip would be. */
  latencyMs: number;
}

/**
 * Routes by path without its trailing slash: FastAPI answers the other spelling with a redirect
 * that clients follow, so serving both directly is what a client observes anyway.
 */
const ROUTES: Record<string, Record<string, RouteHandler>> = {
  '/api/v2/organization_collaborators': { GET: listCollaborators },
  '/api/v2/users/admin_batch_create': { POST: adminBatchCreate },
  '/api/v2/userinfo': { GET: userinfo },
};

export function createLocalServer(options: LocalServerOptions): Server {
  return createServer((req, res) => {
    void handle(req, res, options);
  });
}

async function handle(req: IncomingMessage, res: ServerResponse, options: LocalServerOptions): Promise<void> {
  // 32 hex digits. randomUUID draws on entropy that Node fetches in bulk, where randomBytes(16)
  // asked the system on every request (2% of a list request's time).
  const traceId = randomUUID().replaceAll('-', '');
  res.setHeader('x-trace-id', traceId);
  const { chaos } = options;
  const fault = chaos?.next();
  const reply =
    chaos && (fault === '429' || fault === '503') ? refusal(fault, chaos.retryAfterSeconds) : await answer(req, options, traceId);
  // The work is done at once and its answer held back: what a client sees of a distant org.
  if (options.latencyMs > 0) await delay(options.latencyMs);
  if (chaos && fault === 'slow') await delay(chaos.slowMs);
  deliver(req, res, reply, fault);
  // Path only: the query holds emails and names, and headers hold tokens.
  const path = (req.url ?? '').split('?')[0];
  options.logger.debug(`${req.method} ${path} ${reply.status}${fault ? ` (chaos: ${fault})` : ''} trace=${traceId}`);
}

async function answer(req: IncomingMessage, options: LocalServerOptions, traceId: string): Promise<Reply> {
  try {
    const url = new URL(`http://local${req.url ?? '/'}`);
    const route = ROUTES[url.pathname.replace(/\/$/, '')];
    if (!route) throw new HttpError(404, 'Not Found');
    const handler = route[req.method ?? ''];
    if (!handler) throw new HttpError(405, 'Method Not Allowed', { allow: Object.keys(route).join(', ') });
    const caller = authenticate(req, options.store);
    return await handler({ req, url, caller, store: options.store, maxBodyBytes: options.maxBodyBytes });
  } catch (error) {
    if (error instanceof HttpError) return errorReply(error.status, error.detail, error.headers);
    if (error instanceof DuplicateEmailError) return errorReply(409, error.message);
    if (error instanceof InvalidPagingTokenError) return errorReply(400, error.message);
    // The message goes to the log, which the operator owns; the body only gets the trace id to look it up.
    options.logger.error(`trace=${traceId}: ${error instanceof Error ? error.message : String(error)}`);
    return errorReply(500, `Internal server error (trace id ${traceId}).`);
  }
}

function refusal(fault: '429' | '503', retryAfterSeconds: number): Reply {
  return fault === '429'
    ? errorReply(429, `Too many requests; retry after ${retryAfterSeconds} s.`, {
        'retry-after': String(retryAfterSeconds),
      })
    : errorReply(503, 'Service temporarily unavailable.');
}

function deliver(req: IncomingMessage, res: ServerResponse, reply: Reply, fault: ChaosKind | undefined): void {
  if (res.destroyed) return; // The client went away (or close() ran) while the request was handled.
  switch (fault) {
    case 'drop':
      req.socket.destroy();
      return;
    case 'truncate': {
      const { headers, body } = serializeReply(reply);
      const bytes = Buffer.from(body);
      res.writeHead(reply.status, headers);
      res.write(bytes.subarray(0, Math.floor(bytes.length / 2)), () => res.destroy());
      return;
    }
    default:
      sendReply(res, reply);
  }
}
