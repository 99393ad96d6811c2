import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
import {
  USAGE,
  UsageError,
  parseServerConfig
} from "./chunk-2AXMN2V2.js";
import "./chunk-EQPBRDJE.js";
import {
  stderrLogger
} from "./chunk-232OJVNK.js";
import {
  VERSION,
  redactingLogger
} from "./chunk-NRGLRMMF.js";
import "./chunk-4K6PQXAF.js";
import "./chunk-FH5VPH3F.js";

// mcp/main.ts
var BIN = "anyscale-users-mcp";
function onShutdown(close, also) {
  let closing = false;
  const shutdown = () => {
    if (closing) return;
    closing = true;
    void close();
  };
  for (const signal of ["SIGINT", "SIGTERM"]) process.once(signal, shutdown);
  also?.(shutdown);
}
async function prepare(config, plainLogger, toolsListChanged) {
  const [{ openAnyscale }, { createServerFactory }, { offerTools }] = await Promise.all([
    import("./anyscale-source-XMGZIMCF.js"),
    import("./server-IMA7A42M.js"),
    import("./capability-Q6VJWJY7.js")
  ]);
  let source;
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
    toolsListChanged
  });
  return { source, offer, factory, logger };
}
async function serveStdio(config, plainLogger) {
  const [{ answerHandshake }, { recordedHandshake }] = await Promise.all([import("./fast-start-74PWR67T.js"), import("./recorded-handshake-LIU7375R.js")]);
  const manifest = await recordedHandshake(config.tools);
  const handshake = await answerHandshake({ input: process.stdin, output: process.stdout, manifest, tools: config.tools });
  if (handshake === void 0) return;
  const [{ source, offer, factory, logger }, { serveStdio: serveStdio2, StdioServerTransport }, { ReplayTransport }] = await Promise.all([
    prepare(config, plainLogger, true),
    import("./stdio-YL3VVK3D.js"),
    import("./replay-transport-YYS56HJ5.js")
  ]).catch((error) => {
    process.stdin.destroy();
    throw error;
  });
  const transport = new ReplayTransport(
    new StdioServerTransport(),
    process.stdin,
    handshake.replay,
    (error) => logger.error(`the SDK refused the opening this server answered: ${JSON.stringify(error)}`)
  );
  const handle = serveStdio2(factory, { transport, onerror: (error) => logger.debug(`stdio: ${error.name}: ${error.message}`) });
  onShutdown(
    async () => {
      await handle.close();
      await source.close();
    },
    (shutdown) => process.stdin.once("end", shutdown)
  );
  if (handshake.answered && offer.tools.length < config.tools.length)
    await transport.send({ jsonrpc: "2.0", method: "notifications/tools/list_changed" });
  logger.info(`${BIN} ${VERSION} serving on stdio, backed by ${source.description}`);
}
async function serveHttp(config, plainLogger) {
  const { source, offer, factory, logger } = await prepare(config, plainLogger, false);
  try {
    const { startHttpServer } = await import("./http-NCZALJ4P.js");
    const { generatedTokenNotice, httpBanner } = await import("./banner-P32BGDKP.js");
    const server = await startHttpServer(config.http, factory, logger);
    onShutdown(async () => {
      await server.close();
      await source.close();
    });
    if (config.http.authGenerated && config.http.authToken) process.stderr.write(generatedTokenNotice(server.url, config.http.authToken));
    if (config.http.authToken === void 0) logger.warn("serving without a token (--no-auth): any local process can call the tools.");
    process.stdout.write(
      httpBanner({ url: server.url, backend: source.description, tools: offer.tools, authRequired: config.http.authToken !== void 0 })
    );
  } catch (error) {
    await source.close();
    throw error;
  }
}
async function main() {
  const early = stderrLogger();
  const config = parseServerConfig(process.argv.slice(2), process.env, (message) => early.warn(message));
  if (config.command === "help") return void process.stdout.write(USAGE);
  if (config.command === "version") return void process.stdout.write(`${VERSION}
`);
  const plainLogger = stderrLogger({ debug: config.debug });
  if (config.transport === "http") await serveHttp(config, plainLogger);
  else await serveStdio(config, plainLogger);
}
function startFailure(error) {
  if (error?.code === "EADDRINUSE") return "the port is already in use; choose another with --port";
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}
async function runServer() {
  try {
    await main();
  } catch (error) {
    if (error instanceof UsageError) {
      process.stderr.write(`${BIN}: ${error.message}
Run '${BIN} --help' for the options.
`);
      process.exitCode = 2;
      return;
    }
    process.stderr.write(`${BIN}: could not start: ${startFailure(error)}
`);
    process.exitCode = 1;
  }
}
export {
  runServer
};
