#!/usr/bin/env node
import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
import "./chunks/chunk-FH5VPH3F.js";

// mcp/compile-cache.ts
import module from "node:module";
import { homedir } from "node:os";
import { isAbsolute, join } from "node:path";
function userCacheDir(env) {
  const base = env.XDG_CACHE_HOME && isAbsolute(env.XDG_CACHE_HOME) ? env.XDG_CACHE_HOME : join(homedir(), ".cache");
  return join(base, "anyscale-users", "node-compile-cache");
}
function enableCompileCache(env = process.env) {
  if (typeof module.enableCompileCache !== "function") return;
  try {
    module.enableCompileCache(env.NODE_COMPILE_CACHE ? void 0 : userCacheDir(env));
  } catch {
  }
}

// mcp/index.ts
enableCompileCache();
var { runServer } = await import("./chunks/main-NGBNQTQQ.js");
await runServer();
