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

export {
  silentLogger,
  warningLogger
};
