/**
 * How every adapter reaches the embedded org. This file imports the org itself only on demand:
 * loading it loads node:sqlite and an HTTP server, which ordinary runs never need.
 */
import { Anyscale } from '../anyscale.ts';
import { AnyscaleError } from '../errors.ts';
import type { Logger } from '../logger.ts';
import type { LocalOrg, LocalOrgOptions } from './index.ts';

// node:sqlite is built in without a flag from Node 22.13 (23.4 on the odd line).
const SQLITE_NODE_VERSION = '22.13';

type LocalOrgModule = typeof import('./index.ts');

/** The local org's module, or a CONFIG error that says which Node it needs. */
export async function loadLocalOrg(importOrg: () => Promise<LocalOrgModule> = () => import('./index.ts')): Promise<LocalOrgModule> {
  try {
    return await importOrg();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ERR_UNKNOWN_BUILTIN_MODULE') throw error;
    throw new AnyscaleError(
      'CONFIG',
      `The local org needs node:sqlite, built into Node ${SQLITE_NODE_VERSION} and later; this is Node ${process.versions.node}. ` +
        'Upgrade Node, or connect to Anyscale with a host and a token instead.',
      { cause: error },
    );
  }
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
export async function connectLocalOrg(dataDir: string | undefined, logger: Logger): Promise<LocalConnection> {
  const org = await startLocalOrgFor({ dataDir, logger: { ...logger, info: logger.debug } });
  // env: {} keeps ANYSCALE_HOST and ANYSCALE_CLI_TOKEN of the real org out of it.
  const anyscale = new Anyscale({ host: org.url, token: org.ownerToken, logger, env: {} });
  return { anyscale, org };
}
