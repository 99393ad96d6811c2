import * as core from '@actions/core';
import { openOrg, type OpenOrg } from '../local/connect.ts';
import type { Logger } from '../core/logger.ts';
import type { Connection } from './inputs.ts';

/** The org the inputs name, with the local org's tokens masked before anything is logged. */
export async function connect(connection: Connection, logger: Logger): Promise<OpenOrg> {
  const org = await openOrg(connection, logger);
  for (const secret of org.secrets) core.setSecret(secret);
  if (org.local) core.info(`Using ${org.description}; nothing reaches Anyscale.`);
  return org;
}
