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

/** Lower case first, as curl, Python requests and undici read them. An empty value is unset. */
function proxyVariable(env: Record<string, string | undefined>, name: string): string | undefined {
  const value = env[name.toLowerCase()] ?? env[name.toUpperCase()];
  return value === undefined || value.trim() === '' ? undefined : value.trim();
}

/** The proxies the environment names, or undefined when it names none. */
export function proxySettings(env: Record<string, string | undefined>): ProxySettings | undefined {
  const httpProxy = proxyVariable(env, 'http_proxy');
  const httpsProxy = proxyVariable(env, 'https_proxy');
  if (httpProxy === undefined && httpsProxy === undefined) return undefined;
  return { httpProxy, httpsProxy, noProxy: proxyVariable(env, 'no_proxy') ?? '' };
}

/**
 * Through undici's EnvHttpProxyAgent, which tunnels every proxied request with CONNECT: for an
 * https target the proxy sees only the host and port, never the token. undici is loaded only
 * when a proxy is set, so an ordinary run does not pay for it at start.
 */
function proxiedFetch(settings: ProxySettings): Fetch {
  let loading: Promise<Fetch> | undefined;
  const load = async (): Promise<Fetch> => {
    // undici is CommonJS: its exports object is the default export, both in Node and in the bundles.
    const undici = (await import('undici')).default;
    // The settings are passed in full so that the agent does not read process.env itself: the
    // caller's `env` option is the environment that counts. With HTTPS_PROXY unset, undici sends
    // https through HTTP_PROXY, as Node's own NODE_USE_ENV_PROXY does.
    const dispatcher = new undici.EnvHttpProxyAgent({
      httpProxy: settings.httpProxy ?? '',
      httpsProxy: settings.httpsProxy ?? '',
      noProxy: settings.noProxy,
    });
    return ((input: Parameters<Fetch>[0], init?: RequestInit) =>
      undici.fetch(input as Parameters<typeof undici.fetch>[0], { ...(init as object), dispatcher })) as unknown as Fetch;
  };
  return async (input, init) => {
    loading ??= load();
    return (await loading)(input, init);
  };
}

/** The fetch for requests to Anyscale: through the environment's proxy when it names one. */
export function environmentFetch(env: Record<string, string | undefined> = process.env): Fetch {
  const settings = proxySettings(env);
  return settings === undefined ? globalThis.fetch : proxiedFetch(settings);
}
