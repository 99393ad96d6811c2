import { readFileSync } from 'node:fs';
import { AnyscaleError } from '../core/errors.ts';
import { readableByOthers } from '../core/secret-file.ts';
import { openOrg, type OpenOrg, type OrgTarget } from '../local/connect.ts';
import type { Logger } from '../core/logger.ts';
import type { Redactor } from '../core/redact.ts';
import type { GlobalOptions } from './args.ts';

export interface Connection extends OpenOrg {
  /** Knows the token(s) in use, for a last redaction of whatever the CLI prints. */
  redactor: Redactor;
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
    const reason =
      (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : ((error as NodeJS.ErrnoException).code ?? 'unreadable');
    throw new AnyscaleError('CONFIG', `Cannot read the token file '${path}' (${reason}). Check --token-file.`);
  }
  const token = text.trim();
  if (token === '') throw new AnyscaleError('CONFIG', `The token file '${path}' is empty. Put the API token in it.`);
  if (readableByOthers(path)) {
    logger.warn(`The token file '${path}' can be read by other users; run 'chmod 600 ${path}'.`);
  }
  return token;
}

/** The org the global flags name: --local, or --host and --token-file (else core's defaults). */
export async function connect(global: GlobalOptions, logger: Logger): Promise<Connection> {
  const target: OrgTarget = global.local
    ? { kind: 'local', dataDir: global.local.dataDir, timeouts: global.timeouts }
    : {
        kind: 'remote',
        host: global.host,
        token: global.tokenFile === undefined ? undefined : readTokenFile(global.tokenFile, logger),
        timeouts: global.timeouts,
      };
  const org = await openOrg(target, logger);
  if (org.local) logger.debug(org.description);
  return { ...org, redactor: org.anyscale.client.redactor.with(org.secrets) };
}
