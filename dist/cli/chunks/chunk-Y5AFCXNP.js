import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
import {
  Anyscale,
  connectLocalOrg
} from "./chunk-GHJA5CQP.js";
import {
  AnyscaleError
} from "./chunk-KKDLDU35.js";

// src/cli/connection.ts
import { readFileSync, statSync } from "node:fs";
function readTokenFile(path, logger) {
  let text;
  try {
    text = readFileSync(path, "utf8");
  } catch (error) {
    const reason = error.code === "ENOENT" ? "no such file" : error.code ?? "unreadable";
    throw new AnyscaleError("CONFIG", `Cannot read the token file '${path}' (${reason}). Check --token-file.`);
  }
  const token = text.trim();
  if (token === "") throw new AnyscaleError("CONFIG", `The token file '${path}' is empty. Put the API token in it.`);
  if (process.platform !== "win32" && (statSync(path).mode & 63) !== 0) {
    logger.warn(`The token file '${path}' can be read by other users; run 'chmod 600 ${path}'.`);
  }
  return token;
}
function connectRemote(global, logger) {
  const token = global.tokenFile === void 0 ? void 0 : readTokenFile(global.tokenFile, logger);
  const anyscale = new Anyscale({ host: global.host, token, logger });
  return { anyscale, host: anyscale.client.host, local: false, redactor: anyscale.client.redactor, close: async () => {
  } };
}
async function connectLocal(dataDir, logger) {
  const { anyscale, org } = await connectLocalOrg(dataDir, logger);
  logger.debug(`local org ${dataDir === void 0 ? "in memory" : `in ${dataDir}`} at ${org.url}`);
  return {
    anyscale,
    host: org.url,
    local: true,
    redactor: anyscale.client.redactor.with([org.collaboratorToken]),
    close: () => org.close()
  };
}
function connect(global, logger) {
  return global.local ? connectLocal(global.local.dataDir, logger) : Promise.resolve(connectRemote(global, logger));
}

export {
  connect
};
