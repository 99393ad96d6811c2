/**
 * The `anyscale-users-mcp` server: MCP over stdio (the default) or Streamable HTTP.
 * stdout belongs to the protocol on stdio, so everything this process says goes to stderr,
 * except the HTTP start-up banner (stdout carries no protocol there).
 */
import { stderrLogger, type Logger } from '../src/core/logger.ts';
import { redactingLogger } from '../src/core/redact.ts';
import { VERSION } from '../src/core/version.ts';
import type { AnyscaleSource } from './anyscale-source.ts';
import { USAGE, UsageError, parseServerConfig, type ServerConfig } from './options.ts';
import type { JSONRPCMessage } from '@modelcontextprotocol/server';
import type { ToolOffer } from './capability.ts';
import type { ServerFactory } from './server.ts';

const BIN = 'anyscale-users-mcp';

/** Closes everything once on SIGINT or SIGTERM (and on `also`), so the process can end by itself. */
function onShutdown(close: () => Promise<void>, also?: (shutdown: () => void) => void): void {
  let closing = false;
  const shutdown = () => {
    if (closing) return;
    closing = true;
    void close();
  };
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, shutdown);
  also?.(shutdown);
}

/** What every transport serves: the connection, the tools the token may use, and the factory of server instances. */
interface Prepared {
  source: AnyscaleSource;
  offer: ToolOffer;
  factory: ServerFactory;
  /** Scrubs the token from every line, core's own too. */
  logger: Logger;
}

async function prepare(config: ServerConfig, plainLogger: Logger, toolsListChanged: boolean): Promise<Prepared> {
  const [{ openAnyscale }, { createServerFactory }, { offerTools }] = await Promise.all([
    import('./anyscale-source.ts'),
    import('./server.ts'),
    import('./capability.ts'),
  ]);
  let source: AnyscaleSource | undefined;
  const logger = redactingLogger(plainLogger, () => source?.redactor);
  source = await openAnyscale(config.local, logger);
  const offer = await offerTools(source, config.tools, logger);
  const factory = createServerFactory({
    users: source.users,
    logger,
    redactor: source.redactor,
    tools: offer.tools,
    elicitation: config.elicitation,
    instructionsNote: offer.note,
    toolsListChanged,
  });
  return { source, offer, factory, logger };
}

/**
 * Stdio answers the host's handshake first (fast-start.ts), then loads the SDK, opens the
 * connection and checks the token. A tool the token turns out not to be allowed is withdrawn with
 * tools/list_changed; the instructions, already sent, do not say why, but the log does.
 */
async function serveStdio(config: ServerConfig, plainLogger: Logger): Promise<void> {
  const [{ answerHandshake }, { recordedHandshake }] = await Promise.all([import('./fast-start.ts'), import('./recorded-handshake.ts')]);
  const manifest = await recordedHandshake(config.tools);
  const handshake = await answerHandshake({ input: process.stdin, output: process.stdout, manifest, tools: config.tools });
  if (handshake === undefined) return;
  const [{ source, offer, factory, logger }, { serveStdio, StdioServerTransport }, { ReplayTransport }] = await Promise.all([
    prepare(config, plainLogger, true),
    import('@modelcontextprotocol/server/stdio'),
    import('./replay-transport.ts'),
  ]).catch((error: unknown) => {
    // The host has had its handshake and keeps stdin open: let go of it, so that the process ends.
    process.stdin.destroy();
    throw error;
  });
  const transport = new ReplayTransport(new StdioServerTransport(), process.stdin, handshake.replay as JSONRPCMessage[], (error) =>
    logger.error(`the SDK refused the opening this server answered: ${JSON.stringify(error)}`),
  );
  const handle = serveStdio(factory, { transport, onerror: (error) => logger.debug(`stdio: ${error.name}: ${error.message}`) });
  // A host ends a stdio server by closing its stdin; an open local org must not keep the process alive.
  onShutdown(
    async () => {
      await handle.close();
      await source.close();
    },
    (shutdown) => process.stdin.once('end', shutdown),
  );
  if (handshake.answered && offer.tools.length < config.tools.length)
    await transport.send({ jsonrpc: '2.0', method: 'notifications/tools/list_changed' });
  logger.info(`${BIN} ${VERSION} serving on stdio, backed by ${source.description}`);
}

async function serveHttp(config: ServerConfig, plainLogger: Logger): Promise<void> {
  const { source, offer, factory, logger } = await prepare(config, plainLogger, false);
  try {
    const { startHttpServer } = await import('./http.ts');
    const { generatedTokenNotice, httpBanner } = await import('./banner.ts');
    const server = await startHttpServer(config.http, factory, logger);
    onShutdown(async () => {
      await server.close();
      await source.close();
    });
    // The token goes to stderr only, before the banner, so that it is there once the banner is.
    if (config.http.authGenerated && config.http.authToken) process.stderr.write(generatedTokenNotice(server.url, config.http.authToken));
    if (config.http.authToken === undefined) logger.warn('serving without a token (--no-auth): any local process can call the tools.');
    process.stdout.write(
      httpBanner({ url: server.url, backend: source.description, tools: offer.tools, authRequired: config.http.authToken !== undefined }),
    );
  } catch (error) {
    await source.close();
    throw error;
  }
}

async function main(): Promise<void> {
  const early = stderrLogger();
  const config = parseServerConfig(process.argv.slice(2), process.env, (message) => early.warn(message));
  if (config.command === 'help') return void process.stdout.write(USAGE);
  if (config.command === 'version') return void process.stdout.write(`${VERSION}\n`);
  // Everything a serve needs is loaded once the command is known to be a serve: --help, --version
  // and a usage error need no MCP SDK, zod or core.
  const plainLogger = stderrLogger({ debug: config.debug });
  if (config.transport === 'http') await serveHttp(config, plainLogger);
  else await serveStdio(config, plainLogger);
}

function startFailure(error: unknown): string {
  if ((error as { code?: unknown })?.code === 'EADDRINUSE') return 'the port is already in use; choose another with --port';
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}

/** Runs the server; a start-up failure sets the exit code (2 for usage) and says why on stderr. */
export async function runServer(): Promise<void> {
  try {
    await main();
  } catch (error: unknown) {
    if (error instanceof UsageError) {
      process.stderr.write(`${BIN}: ${error.message}\nRun '${BIN} --help' for the options.\n`);
      process.exitCode = 2;
      return;
    }
    process.stderr.write(`${BIN}: could not start: ${startFailure(error)}\n`);
    process.exitCode = 1;
  }
}
