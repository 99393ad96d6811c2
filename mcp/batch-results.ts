import { randomBytes } from 'node:crypto';
import { ResourceNotFoundError, ResourceTemplate, type McpServer, type ResourceLink } from '@modelcontextprotocol/server';

/*
 * A big batch_create_users result carries counts and the first emails of each status; every
 * user's result is kept here, for the resource that the result links to. The store lives as long
 * as the process (one per server factory), so a link issued on one HTTP request opens on the next.
 */

/** Results kept at once; the oldest goes first. 20 batches of 500 users are about 1.5 MB. */
const KEPT_RESULTS = 20;
const URI_PREFIX = 'anyscale-users://batch-results/';

export interface BatchResultStore {
  /** Keeps a result and returns its URI: unguessable, as HTTP clients share one server. */
  keep(result: Record<string, unknown>): string;
  read(uri: string): Record<string, unknown> | undefined;
}

export function batchResultStore(): BatchResultStore {
  const kept = new Map<string, Record<string, unknown>>();
  return {
    keep(result) {
      const uri = `${URI_PREFIX}${randomBytes(18).toString('base64url')}`;
      kept.set(uri, result);
      for (const oldest of kept.keys()) {
        if (kept.size <= KEPT_RESULTS) break;
        kept.delete(oldest);
      }
      return uri;
    },
    read: (uri) => kept.get(uri),
  };
}

export function resultLink(uri: string, total: number): ResourceLink {
  return {
    type: 'resource_link',
    uri,
    name: 'batch_results',
    title: `Every result of this batch of ${total} users`,
    mimeType: 'application/json',
  };
}

/** The resource behind the links: the whole result of one batch_create_users call, as JSON. */
export function registerBatchResults(server: McpServer, store: BatchResultStore): void {
  server.registerResource(
    'batch_results',
    new ResourceTemplate(`${URI_PREFIX}{result_id}`, { list: undefined }),
    {
      title: 'Results of a batch_create_users call',
      description: `Every user's result of one batch_create_users call, linked from a result too big to list them all. The server keeps the last ${KEPT_RESULTS} until it restarts.`,
      mimeType: 'application/json',
    },
    (uri) => {
      const result = store.read(uri.href);
      if (!result)
        throw new ResourceNotFoundError(
          uri.href,
          'No such batch result: it is older than the last ones kept, or from before a restart. Call batch_create_users with dry_run: true for a fresh plan.',
        );
      return { contents: [{ uri: uri.href, mimeType: 'application/json', text: JSON.stringify(result) }] };
    },
  );
}
