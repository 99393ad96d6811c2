/**
 * Node's fetch ignores HTTPS_PROXY, HTTP_PROXY and NO_PROXY; behind a corporate proxy every
 * request would fail where the Anyscale CLI (Python requests) works. This is the one place that
 * decides how requests leave the process, so the library and every adapter behave alike.
 */
export type Fetch = typeof globalThis.fetch;
export interface ProxySettings {
    httpProxy: string | undefined;
    httpsProxy: string | undefined;
    /** Comma- or space-separated hosts (`host`, `.domain`, `host:port`, `*`) that go direct. */
    noProxy: string;
}
/** The proxies the environment names, or undefined when it names none. */
export declare function proxySettings(env: Record<string, string | undefined>): ProxySettings | undefined;
/** The fetch for requests to Anyscale: through the environment's proxy when it names one. */
export declare function environmentFetch(env?: Record<string, string | undefined>): Fetch;
