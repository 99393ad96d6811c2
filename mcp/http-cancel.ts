import { isJSONRPCNotification, isJSONRPCRequest, isLegacyRequest } from '@modelcontextprotocol/server';

/**
 * Cancellation for 2025-protocol clients over stateless HTTP. Such a client cancels a call with a
 * `notifications/cancelled` POST of its own, which the SDK hands to a fresh server that knows
 * nothing of the call; so this process remembers the calls it is serving and, when a cancel names
 * one, aborts that call's HTTP exchange, which closes its server and aborts the tool's signal.
 *
 * A cancel names a request only by its JSON-RPC id, and stateless clients all count ids from 0,
 * so a cancel must never reach another client's call. Calls are told apart by the caller's
 * address (the inbound token is one secret shared by every client, so it tells nobody apart),
 * and a cancel acts only when exactly one request with that id, from that address, is in flight
 * and no other has been answered lately (its cancel may have crossed the answer). Anything less
 * certain is ignored, as the protocol allows: two clients on one host, or behind one proxy, that
 * happen to use the same id cannot cancel each other's calls, nor their own.
 */
export const ANSWERED_GRACE_MS = 60_000;

interface Requests {
  /** One handle per request with this id in flight. */
  live: Set<AbortController>;
  /** When a request with this id was last answered. */
  answeredAt: number | undefined;
}

type Fetch = (request: Request) => Promise<Response>;

function cancelledId(message: unknown): unknown {
  if (!isJSONRPCNotification(message) || message.method !== 'notifications/cancelled') return undefined;
  return (message.params as { requestId?: unknown } | undefined)?.requestId;
}

async function jsonBody(request: Request): Promise<unknown> {
  if (request.method !== 'POST') return undefined;
  try {
    return await request.clone().json();
  } catch {
    return undefined;
  }
}

export class LegacyCancellation {
  readonly #requests = new Map<string, Requests>();
  readonly #now: () => number;
  #sweptAt: number;

  constructor(now: () => number = Date.now) {
    this.#now = now;
    this.#sweptAt = now();
  }

  /**
   * Serves one HTTP exchange through `next`: acts on the cancels it carries and makes its own
   * requests cancellable until `answered` settles (when the response has ended).
   */
  async fetch(request: Request, caller: string, answered: Promise<unknown>, next: Fetch): Promise<Response> {
    const body = await jsonBody(request);
    if (body === undefined || !(await isLegacyRequest(request, body))) return next(request);
    const messages = Array.isArray(body) ? body : [body];
    for (const id of messages.map(cancelledId)) {
      if (typeof id === 'string' || typeof id === 'number') this.#cancel(caller, id);
    }
    const keys = messages.filter(isJSONRPCRequest).map((message) => JSON.stringify([caller, message.id]));
    if (keys.length === 0) return next(request);
    const exchange = new AbortController();
    // Aborting an exchange aborts every request in it, so a request that shares one (a JSON-RPC
    // batch) gets a handle that aborts nothing: it still counts, but cannot be cancelled.
    const handles = keys.map(() => (keys.length === 1 ? exchange : new AbortController()));
    for (const [i, key] of keys.entries()) this.#start(key, handles[i]!);
    void answered.finally(() => {
      for (const [i, key] of keys.entries()) this.#finish(key, handles[i]!);
    });
    return next(new Request(request, { signal: AbortSignal.any([request.signal, exchange.signal]) }));
  }

  #start(key: string, handle: AbortController): void {
    this.#sweep();
    const requests = this.#requests.get(key) ?? { live: new Set(), answeredAt: undefined };
    requests.live.add(handle);
    this.#requests.set(key, requests);
  }

  #finish(key: string, handle: AbortController): void {
    const requests = this.#requests.get(key)!;
    requests.live.delete(handle);
    requests.answeredAt = this.#now();
  }

  #cancel(caller: string, id: string | number): void {
    const requests = this.#requests.get(JSON.stringify([caller, id]));
    if (requests?.live.size !== 1 || this.#answeredLately(requests)) return;
    const [handle] = requests.live;
    handle!.abort();
  }

  #answeredLately(requests: Requests): boolean {
    return requests.answeredAt !== undefined && this.#now() - requests.answeredAt < ANSWERED_GRACE_MS;
  }

  /** Forgets ids answered long enough ago; at most once per grace period, so it costs nothing per request. */
  #sweep(): void {
    if (this.#now() - this.#sweptAt < ANSWERED_GRACE_MS) return;
    this.#sweptAt = this.#now();
    for (const [key, requests] of this.#requests) {
      if (requests.live.size === 0 && !this.#answeredLately(requests)) this.#requests.delete(key);
    }
  }
}
