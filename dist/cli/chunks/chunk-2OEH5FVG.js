import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);

// src/cli/write-out.ts
async function writeOut(out, chunk) {
  if (chunk !== "" && !out.write(chunk)) await new Promise((resolve) => out.once("drain", resolve));
}

export {
  writeOut
};
