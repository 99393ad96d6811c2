import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
import {
  loadLocalOrg,
  startLocalOrgFor
} from "./chunk-74BWKFCD.js";
import "./chunk-YSNKACUK.js";
import "./chunk-MI73OCWU.js";
import {
  UsageError,
  integerOption,
  stringOption
} from "./chunk-VMZQJ7BV.js";
import "./chunk-PBLT54OD.js";
import {
  MAX_LATENCY_MS
} from "./chunk-7UPZNW4Y.js";
import "./chunk-XUY2FQ57.js";

// src/cli/local-serve.ts
import { join } from "node:path";
var DEFAULT_LOCAL_PORT = 8400;
function startFailure(error, port) {
  if (error.cause?.code === "EADDRINUSE") {
    return new UsageError(`port ${port} is already in use; choose another with --port (0 picks a free one).`, "local serve");
  }
  return error;
}
function waitForAbort(signal) {
  return new Promise((resolve) => {
    if (signal.aborted) resolve();
    else signal.addEventListener("abort", () => resolve(), { once: true });
  });
}
async function runLocalServe(context) {
  const { values, terminal, command } = context;
  const dataDir = stringOption(values, "data");
  const port = integerOption(values, "port", command, { min: 0, max: 65535 }) ?? DEFAULT_LOCAL_PORT;
  const chaosSpec = stringOption(values, "chaos");
  const latencyMs = integerOption(values, "latency-ms", command, { min: 0, max: MAX_LATENCY_MS }) ?? 0;
  const { parseChaosSpec } = await loadLocalOrg();
  let chaos;
  try {
    chaos = chaosSpec === void 0 ? void 0 : parseChaosSpec(chaosSpec);
  } catch (error) {
    throw new UsageError(`Invalid value for '--chaos': ${error.message}`, command);
  }
  let org;
  try {
    org = await startLocalOrgFor({ dataDir, port, chaos, latencyMs, logger: { ...context.logger, info: context.logger.debug } });
  } catch (error) {
    throw startFailure(error, port);
  }
  try {
    const showTokens = org.created || dataDir === void 0;
    if (values.json === true) {
      const tokens = showTokens ? { owner_token: org.ownerToken, collaborator_token: org.collaboratorToken } : { owner_token_file: join(dataDir, "owner-token"), collaborator_token_file: join(dataDir, "collaborator-token") };
      terminal.out.write(`${JSON.stringify({ url: org.url, ...tokens, created: org.created })}
`);
    } else {
      const kept = dataDir === void 0 ? "in memory: gone when this stops" : `${org.created ? "created" : "reopened"} in ${dataDir}`;
      const tryIt = dataDir === void 0 ? `ANYSCALE_HOST=${org.url} ANYSCALE_CLI_TOKEN=${org.ownerToken} anyscale-users list` : `anyscale-users list --host ${org.url} --token-file ${join(dataDir, "owner-token")}`;
      terminal.out.write(
        [
          `Local Anyscale org listening (${kept}).`,
          `  host:        ${org.url}`,
          showTokens ? `  owner token: ${org.ownerToken}` : `  owner token: in ${join(dataDir, "owner-token")}`,
          "Try it from another terminal:",
          `  ${tryIt}`,
          "Press Ctrl-C to stop.",
          ""
        ].join("\n")
      );
    }
    await waitForAbort(context.signal);
    return 0;
  } finally {
    await org.close();
  }
}
export {
  DEFAULT_LOCAL_PORT,
  runLocalServe
};
