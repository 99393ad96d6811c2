import type { UserApi } from '../src/core/anyscale.ts';
import type { UserInfo } from '../src/core/operations/get-user-info.ts';
import { isAnyscaleError } from '../src/core/errors.ts';
import { openOrg } from '../src/local/connect.ts';
import type { Logger } from '../src/core/logger.ts';
import { Redactor } from '../src/core/redact.ts';

/** Where the tools' data comes from: the real Anyscale API, or the embedded local org. */
export interface AnyscaleSource {
  /** Throws the configuration error found at start-up, so each tool call reports it. */
  users: () => UserApi;
  /** Who the token belongs to; undefined when no token is configured. */
  userInfo: ((signal: AbortSignal) => Promise<UserInfo>) | undefined;
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
export async function openAnyscale(local: { dataDir: string | undefined } | undefined, logger: Logger): Promise<AnyscaleSource> {
  try {
    const org = await openOrg(local ? { kind: 'local', dataDir: local.dataDir } : { kind: 'remote' }, logger);
    return {
      users: () => org.anyscale.user,
      // One attempt: a start that retries an unreachable host keeps the client waiting for seconds.
      userInfo: (signal) => org.anyscale.getUserInfo({ signal, retry: false }),
      description: org.description,
      redactor: org.anyscale.client.redactor.with(org.secrets),
      close: () => org.close(),
    };
  } catch (error) {
    if (local || !isAnyscaleError(error)) throw error;
    logger.warn(`Anyscale is not configured (${error.code}): ${error.message}`);
    return {
      users: () => {
        throw error;
      },
      userInfo: undefined,
      description: `no Anyscale connection (${error.code})`,
      redactor: new Redactor(),
      close: async () => {},
    };
  }
}
