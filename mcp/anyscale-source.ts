import { Anyscale, type UserApi } from '../src/core/anyscale.ts';
import { isAnyscaleError } from '../src/core/errors.ts';
import { connectLocalOrg } from '../src/local/connect.ts';
import type { Logger } from '../src/core/logger.ts';
import { Redactor } from '../src/core/redact.ts';

/** Where the tools' data comes from: the real Anyscale API, or the embedded local org. */
export interface AnyscaleSource {
  /** Throws the configuration error found at start-up, so each tool call reports it. */
  users: () => UserApi;
  /** For the start-up message; never holds a secret. */
  description: string;
  /** Knows the Anyscale token(s) in use, for every result and log line. */
  redactor: Redactor;
  close(): Promise<void>;
}

/**
 * Credentials come from where core looks for them (ANYSCALE_CLI_TOKEN, ~/.anyscale/credentials.json,
 * ANYSCALE_HOST), never from a client. Missing credentials do not stop the server: hosts often hide
 * a server's stderr, so every tool call answers with what to fix instead.
 */
function openRealApi(logger: Logger): AnyscaleSource {
  try {
    const anyscale = new Anyscale({ logger });
    return { users: () => anyscale.user, description: `Anyscale at ${anyscale.client.host}`, redactor: anyscale.client.redactor, close: async () => {} };
  } catch (error) {
    if (!isAnyscaleError(error)) throw error;
    logger.warn(`Anyscale is not configured (${error.code}): ${error.message}`);
    return {
      users: () => {
        throw error;
      },
      description: `no Anyscale connection (${error.code})`,
      redactor: new Redactor(),
      close: async () => {},
    };
  }
}

async function openLocalOrg(dataDir: string | undefined, logger: Logger): Promise<AnyscaleSource> {
  const { anyscale, org } = await connectLocalOrg(dataDir, logger);
  return {
    users: () => anyscale.user,
    description: `the local org at ${org.url} (${dataDir === undefined ? 'in memory' : `kept in ${dataDir}`})`,
    redactor: anyscale.client.redactor.with([org.collaboratorToken]),
    close: () => org.close(),
  };
}

export function openAnyscale(local: { dataDir: string | undefined } | undefined, logger: Logger): Promise<AnyscaleSource> {
  return local ? openLocalOrg(local.dataDir, logger) : Promise.resolve(openRealApi(logger));
}
