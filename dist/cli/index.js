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
} else {
  const { main } = await import("./chunks/main-BYRCKO6C.js");
  process.exitCode = await main(argv);
}
