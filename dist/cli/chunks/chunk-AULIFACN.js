import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);

// src/cli/terminal.ts
import { styleText } from "node:util";
function wantsColor(stream, env) {
  if (env.NO_COLOR) return false;
  if (env.FORCE_COLOR !== void 0 && env.FORCE_COLOR !== "") return env.FORCE_COLOR !== "0";
  return stream.isTTY === true && env.TERM !== "dumb";
}
function processTerminal(env = process.env) {
  return {
    out: process.stdout,
    err: process.stderr,
    outColor: wantsColor(process.stdout, env),
    errColor: wantsColor(process.stderr, env),
    errIsTTY: process.stderr.isTTY === true && env.TERM !== "dumb"
  };
}
function paint(enabled, style, text) {
  return enabled ? styleText(style, text, { validateStream: false }) : text;
}

export {
  processTerminal,
  paint
};
