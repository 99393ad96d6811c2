import { Anyscale, type UserApi } from '../src/core/anyscale.ts';
import type { UserInfo } from '../src/core/operations/get-user-info.ts';
import { isAnyscaleError } from '../src/core/errors.ts';
import { connectLocalOrg } from '../src/local/connect.ts';
import type { Logger } from '../src/core/logger.ts';

/** Where the tools' data comes from: the real Anyscale API, or the embedded local org. */
export interface AnyscaleSource {
  /** Throws the configuration error found at start-up, so each tool call reports it. */
  users: () => UserApi;
  /** Who the token belongs to; undefined when no token is configured. */
  userInfo: ((signal: AbortSignal) => Promise<UserInfo>) | undefined;
  /** For the start-up message; never holds a secret. */
  description: string;
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
    return {
      users: () => anyscale.user,
      userInfo: (signal) => anyscale.getUserInfo({ signal }),
      description: `Anyscale at ${anyscale.client.host}`,
      close: async () => {},
    };
  } catch (error) {
    if (!isAnyscaleError(error)) throw error;
    logger.warn(`Anyscale is not configured (${error.code}): ${error.message}`);
    return {
      users: () => {
        throw error;
      },
      userInfo: undefined,
      description: `no Anyscale connection (${error.code})`,
      close: async () => {},
    };
  }
}

async function openLocalOrg(dataDir: string | undefined, logger: Logger): Promise<AnyscaleSource> {
  const { anyscale, org } = await connectLocalOrg(dataDir, logger);
  return {
    users: () => anyscale.user,
    userInfo: (signal) => anyscale.getUserInfo({ signal }),
    description: `the local org at ${org.url} (${dataDir === undefined ? 'in memory' : `kept in ${dataDir}`})`,
    close: () => org.close(),
  };
}

export function openAnyscale(local: { dataDir: string | undefined } | undefined, logger: Logger): Promise<AnyscaleSource> {
  return local ? openLocalOrg(local.dataDir, logger) : Promise.resolve(openRealApi(logger));
}
