import * as core from '@actions/core';
import { Anyscale } from '../anyscale.ts';
import type { Logger } from '../logger.ts';
import type { Connection } from './inputs.ts';

export interface OpenConnection {
  anyscale: Anyscale;
  /** Stops the embedded org, if one was started. */
  close(): Promise<void>;
}

/**
 * A client for the org the inputs name. Without explicit host and token, core reads
 * ANYSCALE_HOST and ANYSCALE_CLI_TOKEN. The embedded org is imported only when asked for, so
 * that ordinary runs do not load SQLite and the HTTP server.
 */
export async function connect(connection: Connection, logger: Logger): Promise<OpenConnection> {
  if (connection.kind === 'remote') {
    const anyscale = new Anyscale({ host: connection.host, token: connection.token, logger });
    return { anyscale, close: async () => {} };
  }
  const { startLocalOrg } = await import('../local/index.ts');
  // The org's own start-up line repeats the one below; keep it for debug logs.
  const org = await startLocalOrg({ dataDir: connection.dataDir, logger: { ...logger, info: logger.debug } });
  core.setSecret(org.ownerToken);
  core.setSecret(org.collaboratorToken);
  const where = connection.dataDir === undefined ? 'in memory' : `in ${connection.dataDir}`;
  core.info(`Using the embedded local org (${where}) at ${org.url}; nothing reaches Anyscale.`);
  const anyscale = new Anyscale({ host: org.url, token: org.ownerToken, logger, env: {} });
  return { anyscale, close: () => org.close() };
}
