/**
 * How every adapter reaches the embedded org. This file imports the org itself only on demand:
 * loading it loads node:sqlite and an HTTP server, which ordinary runs never need.
 */
import { Anyscale } from '../core/anyscale.ts';
import { AnyscaleError } from '../core/errors.ts';
import type { Logger } from '../core/logger.ts';
import type { TimeoutPolicy } from '../core/timeouts.ts';
import type { LocalOrg, LocalOrgOptions } from './index.ts';

export { MAX_LATENCY_MS } from './latency.ts';

// The store reads rows as arrays (StatementSync#setReturnArrays, from Node 24): node:sqlite alone,
// built in without a flag since Node 22.13, is not enough.
const LOCAL_ORG_NODE_VERSION = '24';

type LocalOrgModule = typeof import('./index.ts');

/** Whether this Node's node:sqlite has everything the store uses. */
async function sqliteIsUsable(): Promise<boolean> {
  try {
    const { StatementSync } = await import('node:sqlite');
    return typeof StatementSync.prototype.setReturnArrays === 'function';
  } catch {
    return false;
  }
}

/** The local org's module, or a CONFIG error that says which Node it needs. */
export async function loadLocalOrg(check: () => Promise<boolean> = sqliteIsUsable): Promise<LocalOrgModule> {
  if (!(await check())) {
    throw new AnyscaleError(
      'CONFIG',
      `The local org needs Node ${LOCAL_ORG_NODE_VERSION} or later, for its node:sqlite; this is Node ${process.versions.node}. ` +
        'Upgrade Node, or connect to Anyscale with a host and a token instead.',
    );
  }
  return import('./index.ts');
}

/** Starts the org, turning a failure (a data folder that cannot be written, a newer schema…) into a CONFIG error. */
export async function startLocalOrgFor(options: LocalOrgOptions): Promise<LocalOrg> {
  const { startLocalOrg } = await loadLocalOrg();
  try {
    return await startLocalOrg(options);
  } catch (error) {
    const where = options.dataDir === undefined ? '' : ` in ${options.dataDir}`;
    throw new AnyscaleError('CONFIG', `Could not start the local org${where}: ${(error as Error).message}`, { cause: error });
  }
}

/** Where an adapter's data comes from: Anyscale itself, or the embedded org (in memory, or kept in `dataDir`). */
export type OrgTarget = (
  | { kind: 'remote'; host?: string | undefined; token?: string | undefined }
  | { kind: 'local'; dataDir: string | undefined }
) & { timeouts?: Partial<TimeoutPolicy> | undefined };

/** An open org, with what each adapter needs to say where its data comes from and what to mask. */
export interface OpenOrg {
  anyscale: Anyscale;
  /** The host the client talks to: Anyscale's, or the local org's loopback URL. */
  host: string;
  local: boolean;
  /** Where the data comes from, for a start-up line; never holds a secret. */
  description: string;
  /** Tokens the adapter must mask besides the client's own (the local org's two tokens). */
  secrets: string[];
  /** Stops the embedded org, if one was started. */
  close(): Promise<void>;
}

/**
 * Opens the org an adapter's options name. A remote org is only a client: without an explicit
 * host and token, core reads ANYSCALE_HOST, ANYSCALE_CLI_TOKEN and ~/.anyscale/credentials.json,
 * and throws its AUTH or CONFIG error here. The local org runs on an ephemeral loopback port and
 * is reached over real HTTP.
 */
export async function openOrg(target: OrgTarget, logger: Logger): Promise<OpenOrg> {
  if (target.kind === 'remote') {
    const anyscale = new Anyscale({ host: target.host, token: target.token, logger, timeouts: target.timeouts });
    const host = anyscale.client.host;
    return { anyscale, host, local: false, description: `Anyscale at ${host}`, secrets: [], close: async () => {} };
  }
  // The org's own start-up line is dropped: it would come before an adapter could mask the org's
  // tokens (the action's "masked before anything is logged"), and each adapter says where its data
  // comes from in its own words, after masking.
  const org = await startLocalOrgFor({ dataDir: target.dataDir, logger: { ...logger, info: () => {} } });
  // env: {} keeps ANYSCALE_HOST and ANYSCALE_CLI_TOKEN of the real org out of it, and with them
  // HTTP_PROXY: the org is in this process, and a corporate proxy could not reach its loopback port.
  const anyscale = new Anyscale({ host: org.url, token: org.ownerToken, logger, env: {}, timeouts: target.timeouts });
  const where = target.dataDir === undefined ? 'in memory' : `kept in ${target.dataDir}`;
  return {
    anyscale,
    host: org.url,
    local: true,
    description: `the local org at ${org.url} (${where})`,
    secrets: [org.ownerToken, org.collaboratorToken],
    close: () => org.close(),
  };
}
