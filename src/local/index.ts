import type { AddressInfo } from 'node:net';
import { type Logger, silentLogger } from '../core/logger.ts';
import { type ChaosOptions, createChaos, parseChaosSpec } from './chaos.ts';
import { preparePrivateDataDir } from './data-dir.ts';
import { checkLatencyMs } from './latency.ts';

export { MAX_LATENCY_MS } from './latency.ts';
import { openOrg } from './seed.ts';
import { createLocalServer } from './server.ts';
import { UserStore } from './store.ts';

export { parseChaosSpec } from './chaos.ts';
export type { ChaosKind, ChaosOptions } from './chaos.ts';
export type {
  Collaborator,
  CollaboratorFilters,
  CollaboratorPage,
  ListingPage,
  PageRequest,
  CollaboratorType,
  NewAccount,
  PermissionLevel,
} from './store.ts';
export { DuplicateEmailError, UserStore } from './store.ts';

export interface LocalOrgOptions {
  /** Where `org.db` and the token files live (created 0700 if missing, tightened to 0700 if broader). Without it the org lives in memory. */
  dataDir?: string;
  /** Default 127.0.0.1: the org trusts whoever holds a token, so it stays off the network by default. */
  host?: string;
  /** Default 0: an ephemeral port, read back from `port` and `url`. */
  port?: number;
  /** Fault injection; defaults to the spec in ANYSCALE_LOCAL_CHAOS, else off. */
  chaos?: ChaosOptions;
  /** Largest accepted request body; bigger ones get 413. Default 1 MiB. */
  maxBodyBytes?: number;
  /**
   * A delay added to every answer, in whole milliseconds (0 to 60,000; default 0): a real org is
   * 30 to 150 ms away, and loopback hides what concurrency and strategy choices are worth.
   */
  latencyMs?: number;
  /** Default silent. Request lines go to debug; tokens, passwords and queries are never logged. */
  logger?: Logger;
}

export interface LocalOrg {
  /** Base URL to use as ANYSCALE_HOST, e.g. `http://127.0.0.1:54321`. */
  url: string;
  host: string;
  port: number;
  ownerToken: string;
  collaboratorToken: string;
  /** True when this start created the org, false when it reopened the one in `dataDir`. */
  created: boolean;
  store: UserStore;
  /** Stops the server, cutting open connections, then closes the database. Safe to call twice. */
  close(): Promise<void>;
}

const DEFAULT_MAX_BODY_BYTES = 1024 * 1024;
/** Starts an Anyscale-compatible user API on loopback, like LocalStack for the user endpoints. */
export async function startLocalOrg(options: LocalOrgOptions = {}): Promise<LocalOrg> {
  const host = options.host ?? '127.0.0.1';
  const logger = options.logger ?? silentLogger;
  const chaosOptions = options.chaos ?? chaosFromEnvironment();
  // Options are checked before anything is opened, so a bad one leaves nothing behind.
  const chaos = chaosOptions && createChaos(chaosOptions);
  const latencyMs = checkLatencyMs(options.latencyMs ?? 0);

  if (options.dataDir !== undefined) await preparePrivateDataDir(options.dataDir, logger);
  const store = UserStore.open(options.dataDir);
  try {
    const tokens = await openOrg(store, options.dataDir);
    const server = createLocalServer({
      store,
      logger,
      chaos,
      maxBodyBytes: options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES,
      latencyMs,
    });
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(options.port ?? 0, host, () => {
        server.off('error', reject);
        resolve();
      });
    });
    const { port } = server.address() as AddressInfo;
    const url = `http://${host.includes(':') ? `[${host}]` : host}:${port}`;
    logger.info(`Local org ${tokens.created ? 'created' : 'reopened'}, listening on ${url}`);

    let closing: Promise<void> | undefined;
    const close = () =>
      (closing ??= new Promise<void>((resolve) => {
        server.close(() => {
          store.close();
          resolve();
        });
        // close() alone waits for idle keep-alive connections to time out.
        server.closeAllConnections();
      }));
    return { url, host, port, ...tokens, store, close };
  } catch (error) {
    store.close();
    throw error;
  }
}

function chaosFromEnvironment(): ChaosOptions | undefined {
  const spec = process.env.ANYSCALE_LOCAL_CHAOS;
  return spec ? parseChaosSpec(spec) : undefined;
}
