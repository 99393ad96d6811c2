import type { Logger } from './logger.js';
export declare const DEFAULT_HOST = "https://console.anyscale.com";
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
/** The Anyscale SDK's own rule: `sss_…`, or `a…_…` (e.g. `aph0_…`). */
export declare function isPlausibleToken(token: string): boolean;
export declare function isLoopbackHostname(hostname: string): boolean;
/** Normalizes the host and refuses to send a token in clear text across a network. */
export declare function checkHost(host: string): string;
/**
 * Host and token, in the order the Anyscale SDK uses: explicit options, then the environment
 * (ANYSCALE_CLI_TOKEN wins when set, even empty), then ~/.anyscale/credentials.json.
 */
export declare function resolveConfig(options: ConfigOptions, logger: Logger): ResolvedConfig;
