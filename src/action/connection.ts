import { Anyscale } from '../core/anyscale.ts';
import { connectLocalOrg } from '../local/connect.ts';
import type { Logger } from '../core/logger.ts';
import type { Connection } from './inputs.ts';

export interface OpenConnection {
  anyscale: Anyscale;
  /** Tokens the connection made (the embedded org's), for the run to mask. */
  secrets: string[];
  /** Stops the embedded org, if one was started. */
  close(): Promise<void>;
}

/**
 * A client for the org the inputs name. Without explicit host and token, core reads
 * ANYSCALE_HOST and ANYSCALE_CLI_TOKEN.
 */
export async function connect(connection: Connection, logger: Logger): Promise<OpenConnection> {
  if (connection.kind === 'remote') {
    const anyscale = new Anyscale({ host: connection.host, token: connection.token, logger });
    return { anyscale, secrets: [], close: async () => {} };
  }
  const { anyscale, org } = await connectLocalOrg(connection.dataDir, logger);
  const where = connection.dataDir === undefined ? 'in memory' : `in ${connection.dataDir}`;
  logger.info(`Using the embedded local org (${where}) at ${org.url}; nothing reaches Anyscale.`);
  return { anyscale, secrets: [org.ownerToken, org.collaboratorToken], close: () => org.close() };
}
