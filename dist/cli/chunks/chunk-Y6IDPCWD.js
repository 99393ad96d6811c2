import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);

// src/cli/json.ts
function writeJson(out, value) {
  out.write(`${JSON.stringify(value, null, 2)}
`);
}

export {
  writeJson
};
