import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
import {
  openOrg,
  readableByOthers
} from "./chunk-74BWKFCD.js";
import {
  AnyscaleError
} from "./chunk-VMZQJ7BV.js";

// src/cli/connection.ts
import { readFileSync } from "node:fs";
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
  if (readableByOthers(path)) {
    logger.warn(`The token file '${path}' can be read by other users; run 'chmod 600 ${path}'.`);
  }
  return token;
}
async function connect(global, logger) {
  const target = global.local ? { kind: "local", dataDir: global.local.dataDir, timeouts: global.timeouts } : {
    kind: "remote",
    host: global.host,
    token: global.tokenFile === void 0 ? void 0 : readTokenFile(global.tokenFile, logger),
    timeouts: global.timeouts
  };
  const org = await openOrg(target, logger);
  if (org.local) logger.debug(org.description);
  return { ...org, redactor: org.anyscale.client.redactor.with(org.secrets) };
}

export {
  connect
};
