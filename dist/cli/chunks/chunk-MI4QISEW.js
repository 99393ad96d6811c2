import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);

// src/logger.ts
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
var warningLogger = {
  debug() {
  },
  info() {
  },
  warn(message) {
    process.emitWarning(message, { code: "ANYSCALE_USERS" });
  },
  error(message) {
    process.emitWarning(message, { code: "ANYSCALE_USERS" });
  }
};

export {
  silentLogger,
  warningLogger
};
