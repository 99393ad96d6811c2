/**
 * How every adapter reaches the embedded org. This file imports the org itself only on demand:
 * loading it loads node:sqlite and an HTTP server, which ordinary runs never need.
 */
import { Anyscale } from '../core/anyscale.ts';
import type { AnyscaleClientOptions } from '../core/client.ts';
import { AnyscaleError } from '../core/errors.ts';
import type { Logger } from '../core/logger.ts';
import type { LocalOrg, LocalOrgOptions } from './index.ts';

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

export interface LocalConnection {
  /** A client for the org, holding its owner's token. */
  anyscale: Anyscale;
  org: LocalOrg;
}

/**
 * The org on an ephemeral loopback port, and a client pointed at it over real HTTP. The org's
 * own start-up line goes to debug: each adapter says in its own words where its data comes from.
 */
export async function connectLocalOrg(
  dataDir: string | undefined,
  logger: Logger,
  clientOptions: Pick<AnyscaleClientOptions, 'timeouts'> = {},
): Promise<LocalConnection> {
  const org = await startLocalOrgFor({ dataDir, logger: { ...logger, info: logger.debug } });
  // env: {} keeps ANYSCALE_HOST and ANYSCALE_CLI_TOKEN of the real org out of it, and with them
  // HTTP_PROXY: the org is in this process, and a corporate proxy could not reach its loopback port.
  const anyscale = new Anyscale({ ...clientOptions, host: org.url, token: org.ownerToken, logger, env: {} });
  return { anyscale, org };
}
