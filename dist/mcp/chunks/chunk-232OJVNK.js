import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);

// src/core/logger.ts
var silentLogger = {
  debug() {
  },
  info() {
  },
  warn() {
  },
  error() {
  }
};
var emitWarning = (message) => process.emitWarning(message, { code: "ANYSCALE_USERS" });
var warningLogger = { debug() {
}, info() {
}, warn: emitWarning, error: emitWarning };
function stderrLogger(options = {}) {
  const write = (level) => (message) => {
    process.stderr.write(`${level}: ${message}
`);
  };
  return {
    debug: options.debug ? write("debug") : () => {
    },
    info: write("info"),
    warn: write("warning"),
    error: write("error")
  };
}

export {
  silentLogger,
  warningLogger,
  stderrLogger
};
