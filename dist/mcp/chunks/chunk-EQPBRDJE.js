import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
import {
  AnyscaleError
} from "./chunk-4K6PQXAF.js";

// src/core/config.ts
import { readFileSync } from "node:fs";
import { homedir } from "node:os";
import { join } from "node:path";

// src/core/secret-file.ts
import { statSync } from "node:fs";
function readableByOthers(path, platform = process.platform) {
  return platform !== "win32" && (statSync(path).mode & 63) !== 0;
}

// src/core/config.ts
var DEFAULT_HOST = "https://console.anyscale.com";
var CREDENTIALS_DISPLAY_PATH = "~/.anyscale/credentials.json";
function apiKeysUrl(host) {
  return new URL("/v2/api-keys", host).toString();
}
function isPlausibleToken(token) {
  if (!/^[\x21-\x7e]+$/.test(token)) return false;
  return token.startsWith("sss_") || token.startsWith("a") && token.includes("_");
}
function isLoopbackHostname(hostname) {
  const bare = hostname.replace(/^\[|\]$/g, "");
  return bare === "localhost" || bare === "::1" || /^127(\.\d{1,3}){3}$/.test(bare);
}
function checkHost(host) {
  let url;
  try {
    url = new URL(host);
  } catch {
    throw new AnyscaleError("CONFIG", `The Anyscale host "${host}" is not a URL; give one like ${DEFAULT_HOST}.`);
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") {
    throw new AnyscaleError("CONFIG", `The Anyscale host "${host}" must start with https://.`);
  }
  if (url.protocol === "http:" && !isLoopbackHostname(url.hostname)) {
    throw new AnyscaleError(
      "CONFIG",
      `Refusing to send the Anyscale token over plain http:// to ${url.hostname}. Use https://; plain http is allowed only for loopback hosts (localhost, 127.0.0.1, ::1).`
    );
  }
  if (url.pathname !== "/" || url.search !== "" || url.hash !== "") {
    throw new AnyscaleError("CONFIG", `The Anyscale host "${host}" has a path; give the bare origin, like ${DEFAULT_HOST}.`);
  }
  return url.origin;
}
function readCredentialsFile(path, host, logger) {
  let text;
  try {
    text = readFileSync(path, "utf8");
  } catch {
    throw new AnyscaleError(
      "AUTH",
      `Credentials not found. You need to create an account at ${host} and then go to ${apiKeysUrl(host)} and follow the instructions.`
    );
  }
  if (readableByOthers(path)) {
    logger.warn(
      `Permissions for your credentials file ${CREDENTIALS_DISPLAY_PATH} are not secure. Run 'anyscale auth fix' to make your credentials secure and not accessible by others.`
    );
  }
  let parsed;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new AnyscaleError(
      "AUTH",
      `Unable to load user credentials.

Tip: Try creating your user credentials again by going to ${apiKeysUrl(host)} and following the instructions. If this does not work, please contact Anyscale support.`
    );
  }
  const token = parsed?.cli_token;
  if (typeof token !== "string") {
    throw new AnyscaleError(
      "AUTH",
      `The credential file is not valid. Please regenerate it by following the instructions at ${apiKeysUrl(host)}`
    );
  }
  return token;
}
function resolveConfig(options, logger) {
  const env = options.env ?? process.env;
  const host = checkHost(options.host ?? (env.ANYSCALE_HOST || DEFAULT_HOST));
  let token;
  let tokenSource;
  if (options.token !== void 0) {
    token = options.token;
    tokenSource = "option";
  } else if (env.ANYSCALE_CLI_TOKEN !== void 0) {
    token = env.ANYSCALE_CLI_TOKEN;
    tokenSource = "env";
  } else {
    const path = join(options.homeDir ?? homedir(), ".anyscale", "credentials.json");
    token = readCredentialsFile(path, host, logger);
    tokenSource = "credentials-file";
  }
  token = token.trim();
  if (!isPlausibleToken(token)) {
    throw new AnyscaleError(
      "AUTH",
      `Your user credentials are invalid. Please go to ${apiKeysUrl(host)} and follow the instructions to properly set your credentials.`
    );
  }
  return { host, token, tokenSource };
}

export {
  isLoopbackHostname,
  resolveConfig
};
