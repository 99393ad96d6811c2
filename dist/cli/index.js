#!/usr/bin/env node
import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
import {
  VERSION
} from "./chunks/chunk-PBLT54OD.js";
import "./chunks/chunk-XUY2FQ57.js";

// src/cli/index.ts
process.stdout.on("error", (error) => {
  if (error.code === "EPIPE") process.exit(0);
  throw error;
});
var argv = process.argv.slice(2);
if (argv.length === 1 && argv[0] === "--version") {
  process.stdout.write(`${VERSION}
`);
} else if (argv[0] === "mcp") {
  process.argv.splice(2, 1);
  const beside = import.meta.url.endsWith(".ts") ? "../../mcp/index.ts" : "../mcp/index.js";
  await import(new URL(beside, import.meta.url).href);
} else {
  const { main } = await import("./chunks/main-I2KS7DJZ.js");
  process.exitCode = await main(argv);
}
