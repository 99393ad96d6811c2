import { readFileSync, statSync } from 'node:fs';
import { Anyscale } from '../core/anyscale.ts';
import { AnyscaleError } from '../core/errors.ts';
import { connectLocalOrg } from '../local/connect.ts';
import type { Logger } from '../core/logger.ts';
import type { Redactor } from '../core/redact.ts';
import type { GlobalOptions } from './args.ts';

export interface Connection {
  anyscale: Anyscale;
  /** The host the client talks to (the local org's URL with --local). */
  host: string;
  local: boolean;
  /** Knows the token(s) in use, for a last redaction of whatever the CLI prints. */
  redactor: Redactor;
  /** Stops the embedded org, if one was started. */
  close(): Promise<void>;
}

/**
 * The token comes from a file rather than a flag: a command line is visible to every user of the
 * machine (ps, /proc), a file can be private. Like core's credentials file, a file others can
 * read earns a warning.
 */
function readTokenFile(path: string, logger: Logger): string {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (error as NodeJS.ErrnoException).code ?? 'unreadable';
    throw new AnyscaleError('CONFIG', `Cannot read the token file '${path}' (${reason}). Check --token-file.`);
  }
  const token = text.trim();
  if (token === '') throw new AnyscaleError('CONFIG', `The token file '${path}' is empty. Put the API token in it.`);
  if (process.platform !== 'win32' && (statSync(path).mode & 0o077) !== 0) {
    logger.warn(`The token file '${path}' can be read by other users; run 'chmod 600 ${path}'.`);
  }
  return token;
}

function connectRemote(global: GlobalOptions, logger: Logger): Connection {
  const token = global.tokenFile === undefined ? undefined : readTokenFile(global.tokenFile, logger);
  const anyscale = new Anyscale({ host: global.host, token, logger, timeouts: global.timeouts });
  return { anyscale, host: anyscale.client.host, local: false, redactor: anyscale.client.redactor, close: async () => {} };
}

async function connectLocal(global: GlobalOptions, logger: Logger): Promise<Connection> {
  const dataDir = global.local?.dataDir;
  const { anyscale, org } = await connectLocalOrg(dataDir, logger, { timeouts: global.timeouts });
  logger.debug(`local org ${dataDir === undefined ? 'in memory' : `in ${dataDir}`} at ${org.url}`);
  return {
    anyscale,
    host: org.url,
    local: true,
    redactor: anyscale.client.redactor.with([org.collaboratorToken]),
    close: () => org.close(),
  };
}

export function connect(global: GlobalOptions, logger: Logger): Promise<Connection> {
  return global.local ? connectLocal(global, logger) : Promise.resolve(connectRemote(global, logger));
}
