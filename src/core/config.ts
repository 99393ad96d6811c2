import { readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { AnyscaleError } from './errors.ts';
import type { Logger } from './logger.ts';
import { readableByOthers } from './secret-file.ts';

export const DEFAULT_HOST = 'https://console.anyscale.com';

export interface ConfigOptions {
  /** Explicit host; wins over ANYSCALE_HOST. */
  host?: string | undefined;
  /** Explicit token; wins over ANYSCALE_CLI_TOKEN and the credentials file. */
  token?: string | undefined;
  /** Environment to read ANYSCALE_HOST and ANYSCALE_CLI_TOKEN from; defaults to process.env. */
  env?: Record<string, string | undefined>;
  /** Where `~/.anyscale/credentials.json` lives; defaults to the user's home directory. */
  homeDir?: string;
}

export interface ResolvedConfig {
  host: string;
  token: string;
  tokenSource: 'option' | 'env' | 'credentials-file';
}

const CREDENTIALS_DISPLAY_PATH = '~/.anyscale/credentials.json';

function apiKeysUrl(host: string): string {
  return new URL('/v2/api-keys', host).toString();
}

/** The Anyscale SDK's own rule: `sss_…`, or `a…_…` (e.g. `aph0_…`). */
export function isPlausibleToken(token: string): boolean {
  // Beyond the SDK's prefix rule: a token with whitespace or a control character cannot go in a
  // header, and would otherwise surface as a network error on the first request.
  if (!/^[\x21-\x7e]+$/.test(token)) return false;
  return token.startsWith('sss_') || (token.startsWith('a') && token.includes('_'));
}

export function isLoopbackHostname(hostname: string): boolean {
  const bare = hostname.replace(/^\[|\]$/g, '');
  return bare === 'localhost' || bare === '::1' || /^127(\.\d{1,3}){3}$/.test(bare);
}

/** Normalizes the host and refuses to send a token in clear text across a network. */
export function checkHost(host: string): string {
  let url: URL;
  try {
    url = new URL(host);
  } catch {
    throw new AnyscaleError('CONFIG', `The Anyscale host "${host}" is not a URL; give one like ${DEFAULT_HOST}.`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new AnyscaleError('CONFIG', `The Anyscale host "${host}" must start with https://.`);
  }
  if (url.protocol === 'http:' && !isLoopbackHostname(url.hostname)) {
    throw new AnyscaleError(
      'CONFIG',
      `Refusing to send the Anyscale token over plain http:// to ${url.hostname}. Use https://; plain http is allowed only for loopback hosts (localhost, 127.0.0.1, ::1).`,
    );
  }
  // Requests go to absolute API paths; a path here would be silently dropped, so it is refused.
  if (url.pathname !== '/' || url.search !== '' || url.hash !== '') {
    throw new AnyscaleError('CONFIG', `The Anyscale host "${host}" has a path; give the bare origin, like ${DEFAULT_HOST}.`);
  }
  return url.origin;
}

function readCredentialsFile(path: string, host: string, logger: Logger): string {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    throw new AnyscaleError(
      'AUTH',
      `Credentials not found. You need to create an account at ${host} and then go to ${apiKeysUrl(host)} and follow the instructions.`,
    );
  }
  if (readableByOthers(path)) {
    logger.warn(
      `Permissions for your credentials file ${CREDENTIALS_DISPLAY_PATH} are not secure. Run 'anyscale auth fix' to make your credentials secure and not accessible by others.`,
    );
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new AnyscaleError(
      'AUTH',
      `Unable to load user credentials.\n\nTip: Try creating your user credentials again by going to ${apiKeysUrl(host)} and following the instructions. If this does not work, please contact Anyscale support.`,
    );
  }
  const token = (parsed as { cli_token?: unknown } | null)?.cli_token;
  if (typeof token !== 'string') {
    throw new AnyscaleError(
      'AUTH',
      `The credential file is not valid. Please regenerate it by following the instructions at ${apiKeysUrl(host)}`,
    );
  }
  return token;
}

/**
 * Host and token, in the order the Anyscale SDK uses: explicit options, then the environment
 * (ANYSCALE_CLI_TOKEN wins when set, even empty), then ~/.anyscale/credentials.json.
 */
export function resolveConfig(options: ConfigOptions, logger: Logger): ResolvedConfig {
  const env = options.env ?? process.env;
  const host = checkHost(options.host ?? (env.ANYSCALE_HOST || DEFAULT_HOST));
  let token: string;
  let tokenSource: ResolvedConfig['tokenSource'];
  if (options.token !== undefined) {
    token = options.token;
    tokenSource = 'option';
  } else if (env.ANYSCALE_CLI_TOKEN !== undefined) {
    token = env.ANYSCALE_CLI_TOKEN;
    tokenSource = 'env';
  } else {
    const path = join(options.homeDir ?? homedir(), '.anyscale', 'credentials.json');
    token = readCredentialsFile(path, host, logger);
    tokenSource = 'credentials-file';
  }
  // A secret pasted with a trailing newline is common (CI secrets, files); headers drop it anyway.
  token = token.trim();
  if (!isPlausibleToken(token)) {
    throw new AnyscaleError(
      'AUTH',
      `Your user credentials are invalid. Please go to ${apiKeysUrl(host)} and follow the instructions to properly set your credentials.`,
    );
  }
  return { host, token, tokenSource };
}
