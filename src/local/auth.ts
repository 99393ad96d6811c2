import type { IncomingMessage } from 'node:http';
import { HttpError } from './http.ts';
import type { Collaborator, UserStore } from './store.ts';

/**
 * The caller's token, from `Authorization: Bearer …` (what the Go client and the newer OpenAPI
 * spec use) or else the `cli_token` cookie (what the Python SDK sends). The header wins when both
 * are present, since it is the more explicit of the two.
 */
export function requestToken(req: IncomingMessage): string | undefined {
  const bearer = /^Bearer\s+(\S+)\s*$/i.exec(req.headers.authorization ?? '')?.[1];
  return bearer ?? cookieValue(req.headers.cookie, 'cli_token');
}

/** The collaborator behind the request's token; 401 when there is no token or it is unknown. */
export function authenticate(req: IncomingMessage, store: UserStore): Collaborator {
  const token = requestToken(req);
  if (token === undefined) throw new HttpError(401, 'Unauthorized: no token; send Authorization: Bearer <token>.');
  const caller = store.findByToken(token);
  if (!caller) throw new HttpError(401, 'Unauthorized: the token is invalid or has expired.');
  return caller;
}

/** The first cookie called `name` in a `Cookie` header (`a=1; cli_token=…; b=2`), unquoted. */
function cookieValue(header: string | undefined, name: string): string | undefined {
  for (const pair of (header ?? '').split(';')) {
    const eq = pair.indexOf('=');
    if (eq === -1 || pair.slice(0, eq).trim() !== name) continue;
    const value = pair.slice(eq + 1).trim();
    return value.length >= 2 && value.startsWith('"') && value.endsWith('"') ? value.slice(1, -1) : value;
  }
  return undefined;
}
